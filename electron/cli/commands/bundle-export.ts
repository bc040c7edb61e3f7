/**
 * `bundle export`: the signed zip of a period (issue 10) written to a folder or a named file;
 * the export is recorded like every export from the application.
 */
import path from 'node:path';
import { bundleTableLabels, type BundleCounts } from '../../../shared/contract/bundle-types';
import { bundleTables } from '../../../shared/contract/bundle-format';
import { periodSchema } from '../../../shared/contract/monthly-schemas';
import { schemaProblem } from '../../../shared/contract/schemas';
import { isoToVi } from '../../../shared/vi/dates';
import { defineCommand } from '../args';
import { assertWritableFolder, assertWritableTarget, writeBase64 } from '../files';
import { fields, formatNumber } from '../output';

export const periodOption = {
  type: 'string',
  required: true,
  value: 'KỲ',
  help: 'Kỳ báo cáo: 2026-03 (tháng), 2026-Q1, 2026-H1, 2026-9M, 2026',
  check: (value: string) => schemaProblem(periodSchema, value),
} as const;

export function countLines(counts: BundleCounts): [string, string][] {
  return bundleTables
    .filter((t) => counts[t] > 0)
    .map((t) => [`  ${bundleTableLabels[t]}`, formatNumber(counts[t])] as [string, string]);
}

/** A --out that names a .zip is the file; anything else is the folder the bundle goes in. */
function isZipPath(out: string): boolean {
  return /\.zip$/iu.test(out);
}

export const bundleExportCommand = defineCommand({
  words: ['bundle', 'export'],
  summary: 'Xuất gói số liệu đã ký của một kỳ (.zip) để gửi cấp trên',
  details: [
    'Gói gồm manifest.json, chữ ký Ed25519 của xã, số liệu của kỳ (theo cách tính kỳ trong Cài đặt) và',
    'danh mục liên quan dạng JSON, kèm báo cáo kỳ (.docx, .xlsx) nếu đã lập. Tên tệp như',
    'TCNSCD_21109_Dong-Son_2026-03.zip. --out là tệp .zip, hoặc thư mục (chưa có thì được tạo).',
    'Mỗi lần xuất được ghi lại (kỳ, thời điểm, SHA-256); xuất lại cùng kỳ cho cùng số liệu.',
    'Số điện thoại chỉ có trong gói khi Cài đặt ghi cấp trên yêu cầu.',
    'JSON: {path, fileName, sha256, period, from, to, fingerprint, counts: {bảng: số bản ghi}}.',
  ],
  examples: [
    'bundle export --period 2026-03 --out E:\\',
    'bundle export --period 2026-03 --out goi.zip --json',
  ],
  options: {
    period: periodOption,
    out: { type: 'string', required: true, value: 'THƯ_MỤC|TỆP.zip', help: 'Nơi ghi gói số liệu' },
  },
  precheck(values, { cwd }) {
    const out = path.resolve(cwd, values.out);
    if (isZipPath(out)) assertWritableTarget(out);
    else assertWritableFolder(out);
  },
  async run({ api, out, cwd }, values) {
    const made = await api.exportBundle({ period: values.period });
    const given = path.resolve(cwd, values.out);
    const target = isZipPath(given) ? given : path.join(given, made.fileName);
    writeBase64(target, made.base64);
    if (made.sharedProblem !== null) out.warn(made.sharedProblem);
    out.result(
      {
        path: target,
        fileName: made.fileName,
        sha256: made.sha256,
        period: made.period,
        from: made.from,
        to: made.to,
        fingerprint: made.fingerprint,
        counts: made.counts,
      },
      () =>
        [
          `Gói số liệu ${made.periodLabel.toLocaleLowerCase('vi')} (từ ${isoToVi(made.from)} đến ${isoToVi(made.to)})`,
          fields([
            ['  Tệp', target],
            ['  SHA-256', made.sha256],
            ['  Dấu vân tay khóa ký', made.fingerprint],
            ...(made.sharedTo === null ? [] : [['  Bản sao dùng chung', made.sharedTo] as [string, string]]),
          ]),
          'Số bản ghi:',
          fields(countLines(made.counts)),
        ].join('\n'),
    );
  },
});
