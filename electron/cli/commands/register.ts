/** `register list`, `register export`: the outgoing register (sổ văn bản đi) of a year. */
import path from 'node:path';
import { registerYearSchema, schemaProblem, typedNumberSchema } from '../../../shared/contract/schemas';
import type { DocumentSummary } from '../../../shared/contract/types';
import { isoToVi } from '../../../shared/vi/dates';
import { defineCommand } from '../args';
import { assertWritableTarget, writeBase64, xlsxPathProblem } from '../files';
import { formatNumber, table } from '../output';
import { documentStatusLabels, registerEntryJson, type FileWrittenJson } from '../shapes';

export function yearProblem(value: string): string | null {
  return schemaProblem(typedNumberSchema.pipe(registerYearSchema), value);
}

const yearOption = {
  type: 'string',
  value: 'NĂM',
  help: 'Năm của sổ (mặc định: năm nay)',
  check: yearProblem,
} as const;

function yearOf(value: string | undefined): number {
  return value === undefined ? new Date().getFullYear() : Number(value);
}

function registerText(entries: readonly DocumentSummary[], year: number, all: boolean): string {
  const numbered = entries.filter((e) => e.number !== null);
  const drafts = entries.length - numbered.length;
  const heading = `Sổ văn bản đi năm ${year}`;
  if (entries.length === 0) {
    return `${heading}: chưa có văn bản nào${all ? '' : ' có số (ghi --all để xem cả bản nháp)'}.`;
  }
  return [
    heading,
    '',
    table(entries, [
      { header: 'Số, ký hiệu', value: (e) => e.numberText ?? '(chưa có số)' },
      { header: 'Ngày', value: (e) => (e.date === null ? '' : isoToVi(e.date)) },
      { header: 'Tên loại và trích yếu nội dung', value: (e) => e.summary },
      { header: 'Người ký', value: (e) => e.signerName ?? '' },
      { header: 'Trạng thái', value: (e) => documentStatusLabels[e.status] },
      { header: 'Bản quét', value: (e) => (e.hasScan ? 'có' : '') },
    ]),
    '',
    `Tổng cộng: ${formatNumber(numbered.length)} văn bản có số` +
      (all ? `, ${formatNumber(drafts)} bản nháp.` : '.'),
  ].join('\n');
}

export const registerListCommand = defineCommand({
  words: ['register', 'list'],
  summary: 'Sổ văn bản đi của một năm: số, ngày, trích yếu, người ký, trạng thái',
  details: [
    'Các văn bản đã có số trong năm, theo số; với --all thêm các bản nháp chưa có số (mọi năm), đứng đầu.',
    'Văn bản đã hủy vẫn giữ số trong sổ (status "cancelled").',
    'JSON: một mảng [{id, kind, status, year, number, numberText, symbol, date, summary, signer,',
    'recipients, hasScan, external, teamIds}]; number là số nguyên, numberText như "07/QĐ-UBND";',
    'year, number, numberText, date là null với bản nháp; kind, status: xem bảng mã ("help").',
  ],
  examples: ['register list', 'register list --year 2025 --json', 'register list --all'],
  options: {
    year: yearOption,
    all: { type: 'boolean', help: 'Kể cả bản nháp chưa có số' },
  },
  async run({ api, out }, values) {
    const year = yearOf(values.year);
    const entries = await api.listRegister({ year, ...(values.all ? { includeDrafts: true } : {}) });
    out.result(entries.map(registerEntryJson), () => registerText(entries, year, values.all));
  },
});

export const registerExportCommand = defineCommand({
  words: ['register', 'export'],
  summary: 'Xuất sổ văn bản đi của một năm ra tệp Excel (.xlsx), theo mẫu Nghị định 30',
  details: [
    'Các cột theo Phụ lục IV Nghị định 30/2020/NĐ-CP; chỉ các văn bản đã có số (không có bản nháp).',
    'Tệp đã có thì bị ghi đè; thư mục chưa có thì được tạo.',
    'JSON: {path, rows}: đường dẫn đầy đủ của tệp đã ghi và số văn bản trong sổ.',
  ],
  examples: [
    'register export --out so-van-ban-di-2026.xlsx',
    'register export --out so-2025.xlsx --year 2025',
  ],
  options: {
    out: {
      type: 'string',
      required: true,
      value: 'TỆP.xlsx',
      help: 'Tệp Excel sẽ ghi',
      check: xlsxPathProblem,
    },
    year: yearOption,
  },
  precheck(values, { cwd }) {
    assertWritableTarget(path.resolve(cwd, values.out));
  },
  async run({ api, out, cwd }, values) {
    const file = path.resolve(cwd, values.out);
    const year = yearOf(values.year);
    const download = await api.exportRegister({ year });
    const rows = (await api.listRegister({ year })).length;
    writeBase64(file, download.base64);
    const written: FileWrittenJson = { path: file, rows };
    out.result(
      written,
      () => `Đã ghi sổ văn bản đi năm ${year} (${formatNumber(rows)} văn bản) vào tệp ${file}.`,
    );
  },
});
