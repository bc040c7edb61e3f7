/**
 * `bundle verify`: a bundle file checked as the receiving unit checks it (issue 10); nothing is
 * written. Valid: exit 0 with what it holds; refused: exit 1 with the reason.
 */
import path from 'node:path';
import { AppError } from '../../../shared/contract/errors';
import { isoToVi } from '../../../shared/vi/dates';
import { defineCommand } from '../args';
import { assertReadableFile, readBase64 } from '../files';
import { fields } from '../output';
import { countLines } from './bundle-export';

export const bundleVerifyCommand = defineCommand({
  words: ['bundle', 'verify'],
  summary: 'Kiểm tra một gói số liệu: định dạng, giới hạn, chữ ký, mã băm, từng bản ghi',
  details: [
    'Kiểm tra như cơ quan nhận báo cáo: tệp nén an toàn (kích thước, số mục, tên mục, tỉ lệ nén),',
    'manifest.json, phiên bản định dạng, chữ ký của xã, SHA-256 từng phần, từng bản ghi và liên kết.',
    'Không ghi gì. Gói hợp lệ: mã 0. Gói bị từ chối: mã 1, lý do (tiếng Việt) ở stderr.',
    'JSON: {file, sha256, communeCode, communeName, period, from, to, fingerprint, counts, reportFiles}.',
  ],
  examples: ['bundle verify TCNSCD_21109_Dong-Son_2026-03.zip', 'bundle verify goi.zip --json'],
  options: {},
  arguments: [{ name: 'file', value: 'TỆP.zip', help: 'Tệp gói số liệu cần kiểm tra' }],
  precheck(values, { cwd }) {
    assertReadableFile(path.resolve(cwd, values.file), 'tệp gói số liệu .zip');
  },
  async run({ api, out, cwd }, values) {
    const file = path.resolve(cwd, values.file);
    const check = await api.verifyBundle({ fileName: path.basename(file), base64: readBase64(file) });
    if (!check.ok) throw new AppError('validation', check.reason);
    const s = check.summary;
    out.result(
      {
        file,
        sha256: s.sha256,
        communeCode: s.communeCode,
        communeName: s.communeName,
        period: s.period,
        from: s.from,
        to: s.to,
        fingerprint: s.fingerprint,
        counts: s.counts,
        reportFiles: s.reportFiles,
      },
      () =>
        [
          `Gói hợp lệ: ${s.communeName} (mã ${s.communeCode}), ${s.periodLabel.toLocaleLowerCase('vi')}`,
          fields([
            ['  Số liệu', `từ ${isoToVi(s.from)} đến ${isoToVi(s.to)}`],
            ['  Lập lúc', s.createdAt],
            ['  Dấu vân tay khóa ký', s.fingerprint],
            ['  SHA-256', s.sha256],
            ...s.reportFiles.map((f) => ['  Báo cáo kèm theo', f] as [string, string]),
          ]),
          'Số bản ghi:',
          fields(countLines(s.counts)),
          'Hãy so dấu vân tay với dấu vân tay xã đọc qua điện thoại.',
        ].join('\n'),
    );
  },
});
