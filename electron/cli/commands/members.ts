import path from 'node:path';
import { defineCommand } from '../args';
import { assertWritableTarget, writeBase64 } from '../files';
import { formatNumber } from '../output';
import type { FileWrittenJson } from '../shapes';

/** The output must be a Word (.docx) or an Excel (.xlsx) file. */
export function membersOutProblem(value: string): string | null {
  return /\.(docx|xlsx)$/iu.test(value)
    ? null
    : `Tệp xuất phải có đuôi .docx hoặc .xlsx (ví dụ thanh-vien.docx), không nhận «${value}».`;
}

const isDocx = (value: string): boolean => /\.docx$/iu.test(value);

export const membersExportCommand = defineCommand({
  words: ['members', 'export'],
  summary: 'Xuất danh sách thành viên hiện tại của một Tổ ra tệp Word (.docx) hoặc Excel (.xlsx)',
  details: [
    'Mã Tổ lấy từ "teams list --json" (trường id). Tệp đã có thì bị ghi đè, thư mục chưa có thì được tạo.',
    'Đuôi tệp chọn dạng: .docx là văn bản "DANH SÁCH" theo thể thức Nghị định 30 (không số, ngày',
    'hôm nay, Chủ tịch ký), .xlsx là bảng tính. Danh sách in kèm quyết định (phụ lục) thì dùng',
    '"decision found" hoặc "decision reorganize".',
    'JSON: {path, rows}: đường dẫn đầy đủ của tệp đã ghi và số thành viên trong tệp.',
  ],
  examples: [
    'members export --team 0198f0c2-… --out thanh-vien.docx',
    'members export --team 0198f0c2-… --out thanh-vien.xlsx',
  ],
  options: {
    team: { type: 'string', required: true, value: 'MÃ_TỔ', help: 'Mã của Tổ (trường id của "teams list")' },
    out: {
      type: 'string',
      required: true,
      value: 'TỆP.docx|TỆP.xlsx',
      help: 'Tệp sẽ ghi: Word (.docx) hoặc Excel (.xlsx)',
      check: membersOutProblem,
    },
  },
  precheck(values, { cwd }) {
    assertWritableTarget(path.resolve(cwd, values.out));
  },
  async run({ api, out, cwd }, values) {
    const file = path.resolve(cwd, values.out);
    const download = isDocx(values.out)
      ? await api.exportTeamMembersDocx({ teamId: values.team })
      : await api.exportTeamMembers({ teamId: values.team });
    const team = await api.getTeam({ id: values.team });
    writeBase64(file, download.base64);
    const written: FileWrittenJson = { path: file, rows: team.members.length };
    out.result(
      written,
      () => `Đã ghi danh sách ${formatNumber(written.rows)} thành viên của ${team.name} vào tệp ${file}.`,
    );
  },
});
