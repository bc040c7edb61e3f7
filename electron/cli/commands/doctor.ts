/** `doctor`: what the technician checks on a visit, read only (a damaged database is reported). */
import { formatSize, takenAtToVi } from '../../../shared/vi/backups';
import type { DoctorReport } from '../../../shared/contract/backup-types';
import { defineOfflineCommand } from '../args';
import { fields, formatNumber } from '../output';

const integrityLabels: Record<DoctorReport['database']['integrity']['status'], string> = {
  ok: 'tốt (quick_check: ok)',
  new: 'chưa có dữ liệu',
  missing: 'chưa có tệp',
  problem: 'CÓ VẤN ĐỀ',
};

function doctorText(report: DoctorReport): string {
  const { database, backups } = report;
  const last = backups.last;
  return [
    fields([
      ['Ứng dụng', `Tổ CNSCĐ ${report.appVersion}`],
      ['Tệp dữ liệu', database.path],
      [
        'Tình trạng',
        `${integrityLabels[database.integrity.status]}${database.integrity.code === null ? '' : ` (${database.integrity.code})`}`,
      ],
      [
        'Phiên bản dữ liệu',
        `${database.schemaVersion ?? '?'} (ứng dụng đọc được đến ${database.supportedSchemaVersion})`,
      ],
      [
        'Dung lượng',
        `${database.size === null ? '—' : formatSize(database.size)}` +
          (database.walSize === null ? '' : ` (+ nhật ký -wal ${formatSize(database.walSize)})`),
      ],
      ['Thư mục sao lưu', backups.folder],
      ['Số bản sao lưu', formatNumber(backups.count)],
      [
        'Bản sao lưu gần nhất',
        last === null
          ? '(chưa có)'
          : `${takenAtToVi(last.takenAt)} — ${last.name} (${formatSize(last.size)})`,
      ],
      [
        'Bản sao gần nhất ngoài máy',
        backups.lastOutsideCopyAt === null ? '(chưa có)' : takenAtToVi(backups.lastOutsideCopyAt),
      ],
      [
        'Chỗ trống trên ổ đĩa',
        report.disk.freeBytes === null ? '(không đọc được)' : formatSize(report.disk.freeBytes),
      ],
      ['LibreOffice', report.libreOffice.path ?? 'chưa cài (chưa tạo được PDF)'],
    ]),
    '',
    report.problems.length === 0
      ? 'Không thấy vấn đề gì.'
      : ['Cần xử lý:', ...report.problems.map((p) => `  - ${p}`)].join('\n'),
  ].join('\n');
}

export const doctorCommand = defineOfflineCommand({
  words: ['doctor'],
  summary: 'Kiểm tra máy: tệp dữ liệu (toàn vẹn, phiên bản, dung lượng), sao lưu, chỗ trống, LibreOffice',
  details: [
    'Chỉ đọc, không ghi gì; tệp dữ liệu hỏng cũng được báo (không bị chuyển đi).',
    'In các vấn đề cần xử lý (problems) và cách xử lý; mã thoát 0 kể cả khi có vấn đề.',
    'JSON: {appVersion, database: {path, size, walSize, integrity: {status, code, message}, schemaVersion,',
    '  supportedSchemaVersion}, backups: {folder, count, last, lastOutsideCopyAt, outsideCopyOverdue,',
    '  secondLocation, secondLocationPresent}, disk: {freeBytes}, libreOffice: {found, path}, problems}.',
    'integrity.status: ok | new (chưa có dữ liệu) | missing (chưa có tệp) | problem (xem code, message).',
  ],
  examples: ['doctor', 'doctor --json'],
  options: {},
  async run({ out, databasePath, services }) {
    const report = services.examine(databasePath);
    out.result(report, () => doctorText(report));
  },
});
