import path from 'node:path';
import { defineCommand } from '../args';
import { assertWritableTarget, writeBase64, xlsxPathProblem } from '../files';
import { formatNumber } from '../output';
import type { FileWrittenJson } from '../shapes';

/** A .docx is refused with the reason: there is no operation for a standalone member list yet. */
export function membersOutProblem(value: string): string | null {
  if (/\.docx$/iu.test(value)) {
    return (
      `Chưa xuất được danh sách thành viên ra tệp Word (.docx), không nhận «${value}»: hãy ghi tệp .xlsx. ` +
      'Danh sách in kèm quyết định: dùng lệnh "decision found" hoặc "decision reorganize".'
    );
  }
  return xlsxPathProblem(value);
}

export const membersExportCommand = defineCommand({
  words: ['members', 'export'],
  summary: 'Xuất danh sách thành viên hiện tại của một Tổ ra tệp Excel (.xlsx)',
  details: [
    'Mã Tổ lấy từ "teams list --json" (trường id). Tệp đã có thì bị ghi đè, thư mục chưa có thì được tạo.',
    'Chỉ xuất .xlsx: danh sách thành viên riêng dạng Word (.docx) chưa có trong phần xử lý. Danh sách',
    'in kèm quyết định (phụ lục) thì dùng "decision found" hoặc "decision reorganize".',
    'JSON: {path, rows}: đường dẫn đầy đủ của tệp đã ghi và số thành viên trong tệp.',
  ],
  examples: ['members export --team 0198f0c2-… --out thanh-vien.xlsx'],
  options: {
    team: { type: 'string', required: true, value: 'MÃ_TỔ', help: 'Mã của Tổ (trường id của "teams list")' },
    out: {
      type: 'string',
      required: true,
      value: 'TỆP.xlsx',
      help: 'Tệp Excel sẽ ghi (chưa xuất được .docx)',
      check: membersOutProblem,
    },
  },
  precheck(values, { cwd }) {
    assertWritableTarget(path.resolve(cwd, values.out));
  },
  async run({ api, out, cwd }, values) {
    const file = path.resolve(cwd, values.out);
    const download = await api.exportTeamMembers({ teamId: values.team });
    const team = await api.getTeam({ id: values.team });
    writeBase64(file, download.base64);
    const written: FileWrittenJson = { path: file, rows: team.members.length };
    out.result(
      written,
      () => `Đã ghi danh sách ${formatNumber(written.rows)} thành viên của ${team.name} vào tệp ${file}.`,
    );
  },
});
