/**
 * The receiving unit's watched folder, on real folders and a real receiving unit's database with
 * real signed bundles of a commune: the setting is checked, a scan offers the `.zip` files not
 * received (not subfolders, not other files, not what was imported), writes nothing, and turns a
 * folder it cannot read into a Vietnamese notice; the files it offers import by name.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../../shared/contract/audit-schemas';
import type { BundleImportReport } from '../../../shared/contract/receiving-types';
import type { WatchFolderScan } from '../../../shared/contract/watch-types';
import { bundleCommune, exportMarch } from '../../../test-support/bundle-fixture';
import { contentHash } from '../../../test-support/content-hash';
import { contractCaller, tempBackend, tempDir } from '../../../test-support/temp';
import type { Backend } from '../backend';
import { sha256Hex } from '../bundle/write';

let first: { fileName: string; bytes: Buffer };
let second: { fileName: string; bytes: Buffer };
let unit: Backend & { dir: string };
let folder: string;
const api = contractCaller(() => unit);
const scan = () => api.call<WatchFolderScan>('scanWatchFolder');

/** Every file under a folder with its bytes' hash: "the scan wrote nothing there" made checkable. */
function folderState(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const file = path.join(dir, name);
    out[name] = fs.statSync(file).isDirectory() ? 'dir' : sha256Hex(fs.readFileSync(file));
  }
  return out;
}

beforeAll(async () => {
  // Two exports of the same commune's month: the same records, two different files.
  const commune = await bundleCommune();
  try {
    const a = await exportMarch(commune);
    const b = await exportMarch(commune);
    first = { fileName: `a-${a.made.fileName}`, bytes: a.bytes };
    second = { fileName: `b-${b.made.fileName}`, bytes: b.bytes };
  } finally {
    await commune.close();
  }
  expect(sha256Hex(first.bytes)).not.toBe(sha256Hex(second.bytes));
});

beforeEach(async () => {
  unit = await tempBackend();
  await api.call('setupReceivingUnit', {
    name: 'Sở Khoa học và Công nghệ tỉnh Quảng Ngãi',
    provinceCode: '51',
    communes: [{ code: '21109' }],
  });
  folder = tempDir('to-cnscd-watch-');
});
afterEach(async () => {
  await unit.close();
  fs.rmSync(folder, { recursive: true, force: true });
});

describe('the watched folder setting', () => {
  it('is empty at first: the scan offers nothing and says nothing', async () => {
    expect(await scan()).toEqual({ folder: '', notice: null, files: [], skipped: [], alreadyReceived: 0 });
  });

  it('refuses a relative or missing folder with a Vietnamese message, writing nothing', async () => {
    const before = contentHash(unit.ctx.databasePath);
    const relative = await api.refused('setWatchFolder', { folder: 'Bao cao' });
    expect(relative.code).toBe('validation');
    expect(relative.message).toMatch(
      /^Thư mục theo dõi «Bao cao»: cần ghi đường dẫn đầy đủ.*Chưa ghi gì\.$/u,
    );
    const missing = await api.refused('setWatchFolder', { folder: path.join(folder, 'khong-co') });
    expect(missing.message).toMatch(/không tìm thấy thư mục này trên máy/u);
    expect(contentHash(unit.ctx.databasePath)).toBe(before);
    expect((await scan()).folder).toBe('');
  });

  it('is refused before the database is set up as a receiving unit', async () => {
    const commune = await tempBackend();
    try {
      const error = await contractCaller(() => commune).refused('setWatchFolder', { folder });
      expect(error.code).toBe('not_set_up');
    } finally {
      await commune.close();
    }
  });
});

describe('a scan', () => {
  it('offers the new .zip files only, and writes nothing in the database or the folder', async () => {
    fs.writeFileSync(path.join(folder, first.fileName), first.bytes);
    fs.writeFileSync(path.join(folder, 'ghi-chu.txt'), 'không phải gói');
    fs.mkdirSync(path.join(folder, 'cu'));
    fs.writeFileSync(path.join(folder, 'cu', second.fileName), second.bytes);
    const set = await api.call<WatchFolderScan>('setWatchFolder', { folder });
    expect(set.folder).toBe(folder);
    const dbBefore = contentHash(unit.ctx.databasePath);
    const filesBefore = folderState(folder);
    const found = await scan();
    expect(found).toEqual({ ...set, notice: null, skipped: [], alreadyReceived: 0 });
    expect(found.files).toEqual([
      {
        fileName: first.fileName,
        bytes: first.bytes.length,
        modifiedAt: fs.statSync(path.join(folder, first.fileName)).mtime.toISOString(),
        sha256: sha256Hex(first.bytes),
      },
    ]);
    expect(contentHash(unit.ctx.databasePath)).toBe(dbBefore);
    expect(folderState(folder)).toEqual(filesBefore);
  });

  it('no longer offers a file once imported; a new export dropped there is offered', async () => {
    fs.writeFileSync(path.join(folder, first.fileName), first.bytes);
    await api.call('setWatchFolder', { folder });
    const dry = await api.call<BundleImportReport>('importWatchedBundles', {
      files: [first.fileName],
      dryRun: true,
    });
    expect(dry.files).toMatchObject([{ file: first.fileName, status: 'added', communeCode: '21109' }]);
    expect((await scan()).files.map((f) => f.fileName)).toEqual([first.fileName]);
    const done = await api.call<BundleImportReport>('importWatchedBundles', { files: [first.fileName] });
    expect(done).toMatchObject({ dryRun: false, files: [{ status: 'added', period: '2026-03' }] });
    expect(await scan()).toMatchObject({ files: [], alreadyReceived: 1, notice: null });

    fs.writeFileSync(path.join(folder, second.fileName), second.bytes);
    // The same received bytes under another name are not offered either.
    fs.writeFileSync(path.join(folder, 'ban-sao.zip'), first.bytes);
    const next = await scan();
    expect(next.files.map((f) => f.fileName)).toEqual([second.fileName]);
    expect(next.alreadyReceived).toBe(2);
    const again = await api.call<BundleImportReport>('importWatchedBundles', {
      files: [second.fileName],
      dryRun: true,
    });
    expect(again.files).toMatchObject([{ status: 'unchanged' }]);
  });

  it('offers a refused file again (nothing was received from it), and skips a file too large to be a bundle', async () => {
    fs.writeFileSync(path.join(folder, 'hong.zip'), 'không phải tệp nén');
    const big = path.join(folder, 'qua-lon.zip');
    fs.writeFileSync(big, '');
    fs.truncateSync(big, 51 * 1024 * 1024);
    await api.call('setWatchFolder', { folder });
    const refused = await api.call<BundleImportReport>('importWatchedBundles', { files: ['hong.zip'] });
    expect(refused.files).toMatchObject([{ file: 'hong.zip', status: 'refused' }]);
    const found = await scan();
    expect(found.files.map((f) => f.fileName)).toEqual(['hong.zip']);
    expect(found.skipped).toEqual([
      { fileName: 'qua-lon.zip', reason: 'tệp lớn 51 MB, quá giới hạn 50 MB của gói dữ liệu' },
    ]);
  });

  it('turns a folder gone (a share not connected) into a notice, not a failure, and writes nothing', async () => {
    const gone = path.join(folder, 'o-mang');
    fs.mkdirSync(gone);
    await api.call('setWatchFolder', { folder: gone });
    fs.rmSync(gone, { recursive: true });
    const before = contentHash(unit.ctx.databasePath);
    const found = await scan();
    expect(found).toMatchObject({ folder: gone, files: [], skipped: [], alreadyReceived: 0 });
    expect(found.notice).toBe(
      `Không tìm thấy thư mục theo dõi «${gone}» (ổ mạng chưa kết nối, thư mục đã đổi tên hoặc bị xóa). Hãy kiểm tra rồi bấm «Quét lại», hoặc chọn lại thư mục ở «Thông tin cơ quan».`,
    );
    expect(contentHash(unit.ctx.databasePath)).toBe(before);
  });

  it('imports by name only, and not without a folder set', async () => {
    const unset = await api.refused('importWatchedBundles', { files: [first.fileName], dryRun: true });
    expect(unset.message).toMatch(/^Chưa đặt thư mục theo dõi\./u);
    const outside = await api.refused('importWatchedBundles', { files: ['../x.zip'], dryRun: true });
    expect(outside.code).toBe('validation');
  });

  it('stops watching when the folder is set empty', async () => {
    fs.writeFileSync(path.join(folder, first.fileName), first.bytes);
    await api.call('setWatchFolder', { folder });
    expect((await api.call<WatchFolderScan>('setWatchFolder', { folder: '' })).files).toEqual([]);
    expect((await scan()).folder).toBe('');
    // Each setting of the folder is a write in the audit log; the scans are not.
    const log = await api.call<AuditEntry[]>('listAuditLog', {});
    expect(log.filter((e) => e.operation === 'setWatchFolder')).toHaveLength(2);
    expect(log.filter((e) => e.operation === 'scanWatchFolder')).toHaveLength(0);
  });
});
