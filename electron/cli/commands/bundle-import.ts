/**
 * `bundle import FILE_OR_DIR…`: the communes' monthly bundles at the receiving unit (issue 10).
 * The files (a folder: its .zip files) are sent to the backend's `importBundles`, which reads and
 * verifies each, plans trust and differences for all of them (the dry run stops there) and applies
 * each commune's bundle in one transaction.
 */
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/contract/errors';
import type { BundleImportLine, BundleImportStatus } from '../../../shared/contract/receiving-types';
import { defineCommand } from '../args';
import { assertReadableFile, readBase64 } from '../files';
import { formatNumber, table } from '../output';

export const importStatusLabels: Record<BundleImportStatus, string> = {
  added: 'Nhập mới',
  replaced: 'Thay kỳ đã nhận',
  unchanged: 'Không thay đổi',
  refused: 'Từ chối',
};

function isFolder(file: string): boolean {
  return fs.existsSync(file) && fs.statSync(file).isDirectory();
}

/** The bundles named: files as given, and the .zip files of a folder (sorted by name). */
export function bundleFiles(given: readonly string[], cwd: string): string[] {
  return given.flatMap((entry) => {
    const full = path.resolve(cwd, entry);
    if (!isFolder(full)) return [full];
    const zips = fs
      .readdirSync(full)
      .filter((name) => /\.zip$/iu.test(name))
      .sort()
      .map((name) => path.join(full, name));
    if (zips.length === 0) {
      throw new AppError('validation', `Thư mục «${entry}» không có tệp gói dữ liệu (.zip) nào.`);
    }
    return zips;
  });
}

function note(l: BundleImportLine): string {
  if (l.reason !== null) return l.reason;
  const c = l.counts?.activities;
  const parts = c
    ? [`hoạt động: +${formatNumber(c.added)} ~${formatNumber(c.updated)} −${formatNumber(c.removed)}`]
    : [];
  if (l.key === 'new') parts.push(`khóa mới, mã ${l.fingerprint ?? ''}: hãy đối chiếu với xã qua điện thoại`);
  if (l.key === 'changed')
    parts.push(`đã đổi khóa (mã cũ ${l.previousFingerprint ?? ''}, mã mới ${l.fingerprint ?? ''})`);
  return parts.join('; ');
}

export const bundleImportCommand = defineCommand({
  words: ['bundle', 'import'],
  summary: 'Nhập gói dữ liệu hằng tháng của các xã (cơ quan nhận báo cáo): nhiều tệp, thư mục',
  arguments: [
    {
      name: 'files',
      value: 'TỆP_HOẶC_THƯ_MỤC',
      help: 'tệp gói (.zip) hoặc thư mục chứa các gói; ghi được nhiều',
      variadic: true,
    },
  ],
  details: [
    'Mỗi tệp được kiểm tra (giới hạn zip, manifest, mã băm, chữ ký, phiên bản định dạng, từng bản ghi), rồi',
    'đối chiếu với dữ liệu đã nhận: xã không có trong danh sách, hoặc gói ký bằng khóa khác với khóa đã ghi nhận,',
    'bị từ chối. Gói đầu tiên của một xã ghi nhận khóa của xã (in mã khóa để đối chiếu qua điện thoại).',
    'Mỗi gói được ghi trong một giao dịch vào tệp dữ liệu riêng của xã; gói của một kỳ đã nhận thay thế kỳ đó.',
    'Nhập lại cùng một gói không thay đổi gì. --dry-run: chỉ chạy thử, không ghi gì.',
    'Có tệp bị từ chối thì thoát mã 1 (các tệp khác vẫn được nhập).',
    'JSON: {dryRun, files: [{file, communeCode, communeName, period, status, reason, fingerprint, key,',
    'previousFingerprint, counts}]}; status: added, replaced, unchanged, refused; key: new, known, changed.',
  ],
  examples: [
    'bundle import D:\\GoiBaoCao --dry-run',
    'bundle import TCNSCD_21109_Dong-Son_2026-03.zip --json',
  ],
  options: {
    'dry-run': { type: 'boolean', help: 'Chạy thử: chỉ báo sẽ nhập gì, không ghi gì' },
    'accept-key-change': {
      type: 'boolean',
      help: 'Xác nhận các xã đổi khóa trong các tệp này (sau khi đã gọi điện đối chiếu mã khóa mới in trên từng dòng)',
    },
  },
  precheck(values, { cwd }) {
    for (const entry of values.files) {
      const full = path.resolve(cwd, entry);
      if (!isFolder(full)) assertReadableFile(full, 'tệp gói dữ liệu');
    }
  },
  async run({ api, out, cwd }, values) {
    const files = bundleFiles(values.files, cwd);
    const dryRun = values['dry-run'];
    const sent = files.map((file) => ({ fileName: path.basename(file), base64: readBase64(file) }));
    // --accept-key-change: the key changes a dry run of these very files shows (each commune and
    // its new key's fingerprint, printed on its line below) are confirmed, and no other.
    const acceptKeyChanges = values['accept-key-change']
      ? (await api.importBundles({ files: sent, dryRun: true })).files.flatMap((l) =>
          l.status === 'refused' && l.key === 'changed' && l.communeCode !== null && l.fingerprint !== null
            ? [{ communeCode: l.communeCode, fingerprint: l.fingerprint }]
            : [],
        )
      : [];
    const report = await api.importBundles({ files: sent, dryRun, acceptKeyChanges });
    // The report names files as sent; the officer sees them as typed (relative to where he stands).
    const lines = report.files.map((l, i) => ({ ...l, file: path.relative(cwd, files[i] ?? '') || l.file }));
    out.result({ dryRun, files: lines }, () =>
      [
        dryRun ? 'Chạy thử (chưa ghi gì):' : 'Kết quả nhập:',
        table(lines, [
          { header: 'Tệp', value: (l) => path.basename(l.file) },
          { header: 'Xã', value: (l) => l.communeName ?? l.communeCode ?? '' },
          { header: 'Kỳ', value: (l) => l.period ?? '' },
          { header: 'Kết quả', value: (l) => importStatusLabels[l.status] },
          { header: 'Ghi chú', value: note },
        ]),
      ].join('\n'),
    );
    const refused = lines.filter((l) => l.status === 'refused').length;
    if (refused > 0) {
      throw new AppError(
        'validation',
        `${formatNumber(refused)}/${formatNumber(lines.length)} tệp bị từ chối (lý do ở từng dòng); ` +
          (dryRun ? 'các tệp khác có thể nhập.' : 'các tệp khác đã được xử lý.'),
      );
    }
  },
});
