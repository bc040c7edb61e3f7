/** `backup create|list|restore|verify`: the database's verified copies from the command line. */
import fs from 'node:fs';
import path from 'node:path';
import type { BackupEntry, DatabaseSummary } from '../../../shared/contract/backup-types';
import { AppError } from '../../../shared/contract/errors';
import {
  backupLocationLabels,
  backupTriggerLabels,
  formatSize,
  takenAtToVi,
  timestampToVi,
} from '../../../shared/vi/backups';
import { defineCommand, defineOfflineCommand } from '../args';
import { assertReadableFile, readBase64 } from '../files';
import { fields, formatNumber, table } from '../output';

export function backupJson(entry: BackupEntry) {
  return {
    name: entry.name,
    takenAt: entry.takenAt,
    size: entry.size,
    trigger: entry.trigger,
    location: entry.location,
    path: entry.path,
    verified: entry.verified,
  };
}

/** What a database holds, as lines (the preview of a restore, `backup verify`). */
export function summaryText(summary: DatabaseSummary): string {
  return fields([
    [
      'Xã',
      summary.communeName === null
        ? '(chưa có hồ sơ xã)'
        : `${summary.communeName} (mã ${summary.communeCode ?? '?'})`,
    ],
    ['Thôn, tổ dân phố', formatNumber(summary.counts.villages)],
    ['Người', formatNumber(summary.counts.people)],
    ['Tổ CNSCĐ', formatNumber(summary.counts.teams)],
    ['Hoạt động', formatNumber(summary.counts.activities)],
    ['Văn bản', formatNumber(summary.counts.documents)],
    ['Thay đổi gần nhất', summary.lastChangeAt === null ? '(chưa có)' : timestampToVi(summary.lastChangeAt)],
    ['Phiên bản dữ liệu', String(summary.schemaVersion)],
    ['Dung lượng', formatSize(summary.size)],
  ]);
}

export const backupCreateCommand = defineCommand({
  words: ['backup', 'create'],
  summary: 'Sao lưu ngay: bản sao đã kiểm tra trong thư mục backups (và nơi thứ hai nếu có)',
  details: [
    'Bản sao lấy bằng cơ chế sao lưu trực tuyến của SQLite, kiểm tra integrity_check rồi mới đặt tên.',
    'Nơi sao lưu thứ hai (ổ USB, thư mục dùng chung) chọn trong Cài đặt; vắng mặt thì bỏ qua, in lưu ý ra stderr.',
    'JSON: {backup, secondCopy, notices, removed}.',
  ],
  examples: ['backup create', 'backup create --json'],
  options: {},
  async run({ api, out }) {
    const made = await api.createBackup();
    for (const notice of made.notices) out.warn(notice);
    out.result(
      {
        backup: backupJson(made.backup),
        secondCopy: made.secondCopy === null ? null : backupJson(made.secondCopy),
        notices: made.notices,
        removed: made.removed,
      },
      () =>
        [
          `Đã sao lưu: ${made.backup.path} (${formatSize(made.backup.size)})`,
          made.secondCopy === null ? null : `Bản sao ngoài máy: ${made.secondCopy.path}`,
          made.removed > 0
            ? `Đã bỏ ${formatNumber(made.removed)} bản cũ (giữ 7 ngày, 4 tuần, 12 tháng).`
            : null,
        ]
          .filter((line): line is string => line !== null)
          .join('\n'),
    );
  },
});

export const backupListCommand = defineCommand({
  words: ['backup', 'list'],
  summary: 'Các bản sao lưu (ngày, dung lượng, lý do, nơi để) và bản sao gần nhất ngoài máy',
  details: [
    'JSON: {folder, secondLocation, secondLocationPresent, lastOutsideCopyAt, outsideCopyOverdue, backups: [{name, takenAt, size, trigger, location, path, verified}]}.',
    'takenAt là giờ máy (YYYY-MM-DDTHH:mm:ss.SSS); trigger xem bảng mã.',
  ],
  examples: ['backup list', 'backup list --json'],
  options: {},
  async run({ api, out }) {
    const list = await api.listBackups();
    out.result(
      {
        folder: list.folder,
        secondLocation: list.secondLocation,
        secondLocationPresent: list.secondLocationPresent,
        lastOutsideCopyAt: list.lastOutsideCopyAt,
        outsideCopyOverdue: list.outsideCopyOverdue,
        backups: list.backups.map(backupJson),
      },
      () => {
        const lines = [
          `Thư mục sao lưu: ${list.folder}`,
          `Nơi thứ hai: ${list.secondLocation === null ? '(chưa chọn)' : `${list.secondLocation}${list.secondLocationPresent ? '' : ' (không thấy — ổ USB chưa cắm?)'}`}`,
          `Bản sao gần nhất ngoài máy: ${list.lastOutsideCopyAt === null ? '(chưa có)' : takenAtToVi(list.lastOutsideCopyAt)}` +
            (list.outsideCopyOverdue ? ' — nên sao lưu ra ngoài máy.' : ''),
          '',
        ];
        if (list.backups.length === 0) lines.push('Chưa có bản sao lưu nào.');
        else {
          lines.push(
            table(list.backups, [
              { header: 'Ngày giờ', value: (b) => takenAtToVi(b.takenAt) },
              { header: 'Dung lượng', value: (b) => formatSize(b.size), align: 'right' },
              { header: 'Lý do', value: (b) => backupTriggerLabels[b.trigger] },
              { header: 'Nơi để', value: (b) => backupLocationLabels[b.location] },
              { header: 'Tên tệp', value: (b) => b.name },
            ]),
          );
        }
        return lines.join('\n');
      },
    );
  },
});

/** FILE of `backup restore`: a file on disk, or the name of a copy in the backups folder. */
function isBackupName(value: string): boolean {
  return !value.includes('/') && !value.includes('\\') && value.endsWith('.sqlite3');
}

export const backupRestoreCommand = defineCommand({
  words: ['backup', 'restore'],
  summary: 'Khôi phục một bản sao lưu (dữ liệu đang dùng được sao lưu trước để hoàn tác)',
  arguments: [
    {
      name: 'file',
      value: 'TỆP',
      help: 'Tệp dữ liệu cần khôi phục, hoặc tên một bản trong "backup list"',
    },
  ],
  details: [
    'In ra bản sao chứa gì (xã, số bản ghi, thay đổi gần nhất), sao lưu dữ liệu đang dùng (Trước khi khôi phục),',
    'rồi thay bằng bản sao. Hoàn tác: khôi phục bản "before_restore" vừa tạo (tên in ra sau khi xong).',
    'Bản sao hỏng, của phiên bản mới hơn, không phải dữ liệu Tổ CNSCĐ: mã 1, không thay đổi gì.',
    'Bản sao của xã khác: mã 1, trừ khi ghi --other-commune.',
    'JSON: {restored, undo, notices}.',
  ],
  examples: [
    'backup restore to-cnscd_2026-12-01_083012-345_daily.sqlite3',
    'backup restore E:\\ban-sao\\to-cnscd.sqlite3 --other-commune',
  ],
  options: {
    'other-commune': { type: 'boolean', help: 'Xác nhận khôi phục dữ liệu của một xã khác với xã đang dùng' },
  },
  precheck({ file }, { cwd }) {
    const resolved = path.resolve(cwd, file);
    if (!fs.existsSync(resolved) && isBackupName(file)) return;
    assertReadableFile(resolved, 'tệp dữ liệu cần khôi phục');
  },
  async run({ api, out, cwd }, values) {
    const resolved = path.resolve(cwd, values.file);
    const source = fs.existsSync(resolved)
      ? { kind: 'file' as const, fileName: path.basename(resolved), base64: readBase64(resolved) }
      : { kind: 'backup' as const, location: 'local' as const, name: values.file };
    const preview = await api.previewRestore({ source });
    if (preview.otherCommune && values['other-commune'] !== true) {
      throw new AppError(
        'conflict',
        `Bản sao này là dữ liệu của ${preview.source.communeName ?? '?'} (mã ${preview.source.communeCode ?? '?'}), ` +
          `không phải ${preview.current.communeName ?? '?'} đang dùng. Chưa khôi phục gì. ` +
          'Nếu đúng là muốn thay, hãy chạy lại với --other-commune.',
      );
    }
    const done = await api.restoreBackup({ source, confirmOtherCommune: values['other-commune'] === true });
    for (const notice of done.notices) out.warn(notice);
    out.result({ restored: done.restored, undo: backupJson(done.undo), notices: done.notices }, () =>
      [
        'Đã khôi phục. Dữ liệu bây giờ:',
        summaryText(done.restored),
        '',
        `Dữ liệu trước khi khôi phục đã được sao lưu: ${done.undo.name}`,
        `Để hoàn tác: backup restore ${done.undo.name}`,
      ].join('\n'),
    );
  },
});

export const backupVerifyCommand = defineOfflineCommand({
  words: ['backup', 'verify'],
  summary: 'Kiểm tra một tệp sao lưu (integrity_check, phiên bản) và xem nó chứa gì; không ghi gì',
  arguments: [{ name: 'file', value: 'TỆP', help: 'Tệp sao lưu cần kiểm tra' }],
  details: [
    'Kiểm tra trên một bản chép tạm, tệp không bị thay đổi. Tệp hỏng, của phiên bản mới hơn,',
    'không phải dữ liệu Tổ CNSCĐ: mã 1 và lý do. Không mở tệp dữ liệu đang dùng.',
    'JSON: {file, ok: true, communeName, communeCode, provinceName, counts, lastChangeAt, schemaVersion, size}.',
  ],
  examples: ['backup verify backups/to-cnscd_2026-12-01_083012-345_daily.sqlite3'],
  options: {},
  async run({ out, cwd, services }, values) {
    const file = path.resolve(cwd, values.file);
    assertReadableFile(file, 'tệp sao lưu cần kiểm tra');
    const summary = await services.verifyBackupFile(file);
    out.result({ file, ok: true, ...summary }, () =>
      [`Tệp sao lưu tốt (integrity_check: ok): ${file}`, summaryText(summary)].join('\n'),
    );
  },
});
