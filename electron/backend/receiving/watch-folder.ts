/**
 * The receiving unit's watched folder (issue 10, item 3, the receiving side): a network share or
 * a folder a sync client (the office's cloud drive) mirrors, where the communes' exports land.
 * Kept in the settings table under `receiving.watchFolder` (no migration). A scan lists the
 * folder's `.zip` files (not its subfolders) whose SHA-256 is not among the bundles received —
 * a file refused before is offered again, since nothing was received from it. A scan writes
 * nothing; a folder that cannot be read is a notice, not a failure.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Kysely } from 'kysely';
import { bundleLimits } from '../../../shared/contract/bundle-format';
import type { SkippedFile, WatchedFile, WatchFolderScan } from '../../../shared/contract/watch-types';
import { AppError } from '../../../shared/contract/errors';
import { compareVi } from '../../../shared/vi/text';
import { checkFolderSetting } from '../bundle/bundle-settings';
import { sha256Hex } from '../bundle/write';
import type { Database } from '../db/schema';
import { inTransaction } from '../db/transaction';
import { requireReceivingProfile } from './receiving-unit';

const WATCH_FOLDER_KEY = 'receiving.watchFolder';

/** How much one scan reads: `.zip` files looked at, and new files offered (one import's most). */
export const watchLimits = { scannedFiles: 5000, offeredFiles: 500 } as const;

export async function getWatchFolder(db: Kysely<Database>): Promise<string> {
  const row = await db
    .selectFrom('settings')
    .select('value')
    .where('key', '=', WATCH_FOLDER_KEY)
    .executeTakeFirst();
  return row?.value ?? '';
}

/** Sets the watched folder ('' stops watching), then scans it. */
export async function setWatchFolder(db: Kysely<Database>, folder: string): Promise<WatchFolderScan> {
  await requireReceivingProfile(db);
  checkFolderSetting(folder, 'Thư mục theo dõi', 'folder');
  // In a transaction: the write's audit record goes in with it.
  await inTransaction(db, (trx) =>
    trx
      .insertInto('settings')
      .values({ key: WATCH_FOLDER_KEY, value: folder })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: folder }))
      .execute(),
  );
  return scanWatchFolder(db);
}

function unreadable(folder: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const then = 'Hãy kiểm tra rồi bấm «Quét lại», hoặc chọn lại thư mục ở «Thông tin cơ quan».';
  if (code === 'ENOENT') {
    return `Không tìm thấy thư mục theo dõi «${folder}» (ổ mạng chưa kết nối, thư mục đã đổi tên hoặc bị xóa). ${then}`;
  }
  if (code === 'ENOTDIR') return `«${folder}» không phải là thư mục. ${then}`;
  if (code === 'EACCES' || code === 'EPERM') {
    return `Máy không có quyền đọc thư mục theo dõi «${folder}». ${then}`;
  }
  return `Không đọc được thư mục theo dõi «${folder}»${code ? ` (${code})` : ''}. ${then}`;
}

/** The SHA-256 values among `hashes` that a received bundle had. */
async function receivedAmong(db: Kysely<Database>, hashes: readonly string[]): Promise<Set<string>> {
  const received = new Set<string>();
  for (let i = 0; i < hashes.length; i += 500) {
    const rows = await db
      .selectFrom('bundle_receipts')
      .select('bundle_sha256')
      .where('bundle_sha256', 'in', hashes.slice(i, i + 500))
      .execute();
    for (const r of rows) received.add(r.bundle_sha256);
  }
  return received;
}

/** Lists the watched folder's new bundles. Reads only. */
export async function scanWatchFolder(db: Kysely<Database>): Promise<WatchFolderScan> {
  await requireReceivingProfile(db);
  const folder = await getWatchFolder(db);
  const scan: WatchFolderScan = { folder, notice: null, files: [], skipped: [], alreadyReceived: 0 };
  if (folder === '') return scan;
  let names: string[];
  try {
    names = (await fs.promises.readdir(folder, { withFileTypes: true }))
      .filter((e) => e.isFile() && /\.zip$/iu.test(e.name))
      .map((e) => e.name)
      .sort(compareVi);
  } catch (error) {
    return { ...scan, notice: unreadable(folder, error) };
  }
  const skipped: SkippedFile[] = names.slice(watchLimits.scannedFiles).map((fileName) => ({
    fileName,
    reason: `thư mục có quá ${watchLimits.scannedFiles} tệp .zip; hãy chuyển các gói đã nhập sang thư mục khác`,
  }));
  const read: WatchedFile[] = [];
  for (const fileName of names.slice(0, watchLimits.scannedFiles)) {
    const file = path.join(folder, fileName);
    try {
      const stat = await fs.promises.stat(file);
      if (!stat.isFile()) continue;
      if (stat.size > bundleLimits.fileBytes) {
        skipped.push({
          fileName,
          reason: `tệp lớn ${Math.ceil(stat.size / 1024 / 1024)} MB, quá giới hạn ${bundleLimits.fileBytes / 1024 / 1024} MB của gói dữ liệu`,
        });
        continue;
      }
      read.push({
        fileName,
        bytes: stat.size,
        modifiedAt: stat.mtime.toISOString(),
        sha256: sha256Hex(await fs.promises.readFile(file)),
      });
    } catch {
      skipped.push({ fileName, reason: 'không đọc được tệp (đang được đồng bộ, hoặc không có quyền đọc)' });
    }
  }
  const received = await receivedAmong(db, [...new Set(read.map((f) => f.sha256))]);
  const fresh = read.filter((f) => !received.has(f.sha256));
  for (const f of fresh.slice(watchLimits.offeredFiles)) {
    skipped.push({
      fileName: f.fileName,
      reason: `mỗi lần nhập tối đa ${watchLimits.offeredFiles} tệp; hãy nhập các tệp đầu rồi bấm «Quét lại»`,
    });
  }
  return {
    ...scan,
    files: fresh.slice(0, watchLimits.offeredFiles),
    skipped,
    alreadyReceived: read.length - fresh.length,
  };
}

/** The full paths of files the scan offered, refused when no folder is being watched. */
export async function watchedPaths(db: Kysely<Database>, names: readonly string[]): Promise<string[]> {
  const folder = await getWatchFolder(db);
  if (folder === '') {
    throw new AppError(
      'validation',
      'Chưa đặt thư mục theo dõi. Hãy chọn thư mục ở «Thông tin cơ quan» rồi quét lại. Chưa ghi gì.',
    );
  }
  return names.map((name) => path.join(folder, path.basename(name)));
}
