/** `completeness --year Y`: which communes' monthly bundles arrived, late, or not (issue 10). */
import path from 'node:path';
import type { Completeness, CompletenessStatus } from '../../../shared/contract/receiving-types';
import { isoToVi } from '../../../shared/vi/dates';
import { defineCommand } from '../args';
import { assertWritableTarget, writeBase64, xlsxPathProblem } from '../files';
import { table } from '../output';

/** One character per month, so a year fits on a terminal line. */
export const completenessMarks: Record<CompletenessStatus, string> = {
  received: '✓',
  late: 'M',
  missing: '✗',
  not_due: '·',
};

function yearProblem(value: string): string | null {
  return /^\d{4}$/u.test(value) ? null : `Năm ghi bằng 4 chữ số (ví dụ 2026), không nhận «${value}».`;
}

function completenessText(data: Completeness, written: string | null): string {
  const lines = [
    `Theo dõi nhận báo cáo năm ${data.year} (hạn gửi: ngày ${data.deadlineDay} tháng sau; đến ngày ${isoToVi(data.asOf)})`,
    `Ký hiệu: ${completenessMarks.received} đã nhận, ${completenessMarks.late} nhận muộn, ${completenessMarks.missing} chưa nhận (đã quá hạn), ${completenessMarks.not_due} chưa đến hạn; * đã được thay bằng gói mới hơn.`,
    '',
    data.rows.length === 0
      ? 'Chưa có xã nào trong danh sách xã gửi báo cáo.'
      : table(data.rows, [
          { header: 'Mã xã', value: (r) => r.communeCode },
          { header: 'Xã, phường', value: (r) => r.communeName },
          {
            header: 'T1 … T12',
            value: (r) =>
              r.cells.map((c) => `${completenessMarks[c.status]}${c.replacements > 0 ? '*' : ' '}`).join(''),
          },
          { header: 'Đã nhận', value: (r) => String(r.received), align: 'right' },
          { header: 'Muộn', value: (r) => String(r.late), align: 'right' },
          { header: 'Chưa nhận', value: (r) => String(r.missing), align: 'right' },
        ]),
  ];
  if (data.toCall.length > 0) {
    lines.push('', 'Xã cần nhắc:');
    for (const c of data.toCall) {
      lines.push(
        `  ${c.communeName} (${c.communeCode}): tháng ${c.months.join(', ')}${c.contact ? ` — liên hệ: ${c.contact}` : ''}`,
      );
    }
  }
  if (written !== null) lines.push('', `Đã ghi tệp Excel: ${written}`);
  return lines.join('\n');
}

export const completenessCommand = defineCommand({
  words: ['completeness'],
  summary: 'Theo dõi nhận báo cáo: xã × tháng của một năm, các xã cần nhắc (cơ quan nhận báo cáo)',
  details: [
    'Mỗi xã trong danh sách, mỗi tháng: đã nhận, nhận muộn (sau ngày hạn của tháng sau, mặc định ngày 15),',
    'chưa nhận (đã quá hạn), chưa đến hạn; và số lần kỳ đó được thay bằng gói mới hơn.',
    'Tháng không có gói riêng mà có trong gói quý, 6 tháng, 9 tháng hoặc năm đã nhận thì tính là đã nhận',
    '(đúng hạn hay muộn theo hạn của chính tháng đó); coveredBy ghi kỳ của gói ấy.',
    '--out: ghi thêm bảng ra tệp Excel (trang "Theo dõi nhận báo cáo" và "Xã cần nhắc").',
    'JSON: {year, deadlineDay, asOf, rows: [{communeCode, communeName, contact, cells: [{month, status,',
    'firstReceivedAt, replacements, deadline, coveredBy}], received, late, missing}], toCall: [{communeCode, communeName,',
    'contact, months}]}; status: received, late, missing, not_due.',
  ],
  examples: ['completeness --year 2026', 'completeness --year 2026 --out theo-doi-2026.xlsx'],
  options: {
    year: {
      type: 'string',
      required: true,
      value: 'NĂM',
      help: 'Năm cần xem, ví dụ 2026',
      check: yearProblem,
    },
    out: { type: 'string', value: 'TỆP.xlsx', help: 'Ghi bảng ra tệp Excel', check: xlsxPathProblem },
  },
  precheck(values, { cwd }) {
    if (values.out !== undefined) assertWritableTarget(path.resolve(cwd, values.out));
  },
  async run({ api, out, cwd }, values) {
    const year = Number(values.year);
    const data = await api.getCompleteness({ year });
    let written: string | null = null;
    if (values.out !== undefined) {
      written = path.resolve(cwd, values.out);
      writeBase64(written, (await api.completenessWorkbook({ year })).base64);
    }
    out.result(written === null ? data : { ...data, path: written }, () => completenessText(data, written));
  },
});
