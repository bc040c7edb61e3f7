/**
 * `bundle scan [--set THƯ_MỤC]`: the receiving unit's watched folder (issue 10, item 3) — the
 * share or synced folder the communes' bundles land in. Prints its `.zip` files not yet received
 * (by SHA-256), to give to `bundle import`; `--set` changes the folder first ('' stops watching).
 * A folder that cannot be read is printed as a notice; the scan writes nothing.
 */
import path from 'node:path';
import type { WatchFolderScan } from '../../../shared/contract/watch-types';
import { isoToVi } from '../../../shared/vi/dates';
import { defineCommand } from '../args';
import { formatNumber, table } from '../output';

function scanText(scan: WatchFolderScan): string {
  if (scan.folder === '') {
    return 'Chưa đặt thư mục theo dõi. Đặt bằng: bundle scan --set <thư mục dùng chung hoặc thư mục đồng bộ>.';
  }
  if (scan.notice !== null) return scan.notice;
  const lines = [
    scan.files.length === 0
      ? `Thư mục theo dõi «${scan.folder}»: không có tệp mới.`
      : `Có ${formatNumber(scan.files.length)} tệp mới trong thư mục theo dõi «${scan.folder}»:`,
  ];
  if (scan.files.length > 0) {
    lines.push(
      table(scan.files, [
        { header: 'Tệp', value: (f) => f.fileName },
        { header: 'Cỡ (KB)', value: (f) => formatNumber(Math.ceil(f.bytes / 1024)), align: 'right' },
        { header: 'Sửa lúc', value: (f) => isoToVi(f.modifiedAt.slice(0, 10)) },
      ]),
      `Nhập: bundle import "${scan.folder}" --dry-run (các gói đã nhận không thay đổi gì).`,
    );
  }
  for (const s of scan.skipped) lines.push(`Bỏ qua ${s.fileName}: ${s.reason}.`);
  if (scan.alreadyReceived > 0) lines.push(`${formatNumber(scan.alreadyReceived)} tệp đã nhận trước đây.`);
  return lines.join('\n');
}

export const bundleScanCommand = defineCommand({
  words: ['bundle', 'scan'],
  summary: 'Quét thư mục theo dõi (ổ mạng, thư mục đồng bộ): các gói chưa nhận (cơ quan nhận báo cáo)',
  details: [
    'Liệt kê các tệp .zip trong thư mục theo dõi (không tính thư mục con) có mã băm SHA-256 chưa có trong',
    'các gói đã nhận; tệp bị từ chối trước đây vẫn được liệt kê. Không ghi gì. Thư mục không đọc được',
    '(ổ mạng chưa kết nối…) thì in thông báo. --set: đặt thư mục theo dõi trước khi quét ("" để bỏ).',
    'JSON: {folder, notice, files: [{fileName, bytes, modifiedAt, sha256}], skipped: [{fileName, reason}],',
    'alreadyReceived}.',
  ],
  examples: ['bundle scan', 'bundle scan --set "D:\\OneDrive\\Goi so lieu cac xa" --json'],
  options: {
    set: { type: 'string', value: 'THƯ_MỤC', help: 'Đặt thư mục theo dõi rồi quét ("" để bỏ)' },
  },
  async run({ api, out, cwd }, values) {
    const scan =
      values.set === undefined
        ? await api.scanWatchFolder()
        : await api.setWatchFolder({ folder: values.set === '' ? '' : path.resolve(cwd, values.set) });
    out.result(scan, () => scanText(scan));
  },
});
