/**
 * Backups and restores on real SQLite files: a copy on demand and at the day's first start, the
 * second location present and absent, a restore shown before it is done and undone after, a copy
 * of another commune, a damaged, a newer and a foreign file refused with nothing changed, and a
 * damaged database at start moved aside and replaced by the newest copy.
 */
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type {
  BackupMade,
  BackupOverview,
  RestoreDone,
  RestorePreview,
  StartupState,
} from '../../../shared/contract/backup-types';
import type { InputOf } from '../../../shared/contract/operations';
import { createBackend, type Backend } from '../backend';
import { backupFileName } from './naming';
import { corruptTable } from '../../../test-support/damage';
import { makeReadOnly } from '../../../test-support/read-only';
import { contractCaller, RecordingHost, tempDir } from '../../../test-support/temp';

const profile = (communeCode: string, communeName: string): InputOf<'setupProfile'> => ({
  provinceCode: '51',
  provinceName: 'Tỉnh Quảng Ngãi',
  communeCode,
  communeName,
  issuerName: `ỦY BAN NHÂN DÂN ${communeName.toLocaleUpperCase('vi')}`,
  placeName: communeName.replace(/^Xã /u, ''),
  chairman: { name: 'Trần Văn Thành', title: 'Chủ tịch' },
  viceChairmen: [],
  receivingLevel: 'Sở Khoa học và Công nghệ tỉnh Quảng Ngãi',
});

const opened: Backend[] = [];
const undo: (() => void)[] = [];
afterEach(async () => {
  for (const step of undo.splice(0).reverse()) step();
  for (const backend of opened.splice(0)) await backend.close();
});

async function open(file: string, extra: { application?: boolean; onQuit?: () => void } = {}) {
  const backend = await createBackend({
    databasePath: file,
    host: new RecordingHost(path.dirname(file)),
    appVersion: '0.0.0-test',
    log: () => undefined,
    ...extra,
  });
  opened.push(backend);
  return { backend, ...contractCaller(() => backend) };
}

async function commune(file: string, code = '21109', name = 'Xã Đông Sơn') {
  const opened = await open(file);
  await opened.call('setupProfile', profile(code, name));
  await opened.call('createVillage', { name: 'Thôn Một', kind: 'thon', households: 100 });
  return opened;
}

async function villages(call: (name: string, input?: unknown) => Promise<unknown>): Promise<string[]> {
  return ((await call('listVillages')) as { name: string }[]).map((v) => v.name).sort();
}

function sha256(file: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

describe('taking and listing backups', () => {
  it('"Sao lưu ngay": a verified copy in backups/, named by date and reason, listed with its size', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'to-cnscd.sqlite3');
    const { call } = await commune(db);
    const made = await call<BackupMade>('createBackup');
    expect(made.backup.trigger).toBe('manual');
    expect(made.backup.location).toBe('local');
    expect(path.dirname(made.backup.path)).toBe(path.join(dir, 'backups'));
    expect(made.backup.name).toMatch(/^to-cnscd_\d{4}-\d{2}-\d{2}_\d{6}-\d{3}_manual\.sqlite3$/u);
    expect(made.backup.size).toBe(fs.statSync(made.backup.path).size);
    expect(made.secondCopy).toBeNull();
    expect(made.notices).toEqual([]);
    // A self-contained file that passes integrity_check and holds the data.
    const copy = new BetterSqlite3(made.backup.path, { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(copy.prepare('select name from villages').all()).toEqual([{ name: 'Thôn Một' }]);
    copy.close();
    expect(fs.readdirSync(path.join(dir, 'backups'))).toEqual([made.backup.name]);

    const list = await call<BackupOverview>('listBackups');
    expect(list.backups).toEqual([made.backup]);
    expect(list.lastOutsideCopyAt).toBeNull();
    expect(list.outsideCopyOverdue).toBe(true);
  });

  it('the second location gets a copy when it is there; unplugged, a notice and no error', async () => {
    const dir = tempDir();
    const usb = tempDir('to-cnscd-usb-');
    const db = path.join(dir, 'to-cnscd.sqlite3');
    const { call, refused } = await commune(db);
    expect((await refused('setBackupLocation', { folder: path.join(usb, 'khong-co') })).message).toContain(
      'Không thấy thư mục',
    );
    await call('setBackupLocation', { folder: usb });
    const made = await call<BackupMade>('createBackup');
    expect(made.secondCopy?.location).toBe('second');
    expect(made.secondCopy?.path).toBe(path.join(usb, 'To-CNSCD-sao-luu', made.backup.name));
    expect(sha256(made.secondCopy?.path ?? '')).toBe(sha256(made.backup.path));
    let list = await call<BackupOverview>('listBackups');
    expect(list.secondLocationPresent).toBe(true);
    expect(list.backups.map((b) => b.location).sort()).toEqual(['local', 'second']);
    expect(list.lastOutsideCopyAt).toBe(made.backup.takenAt);
    expect(list.outsideCopyOverdue).toBe(false);

    // The drive is unplugged: the copy on the PC is made, the second one skipped with a notice.
    fs.rmSync(usb, { recursive: true });
    const alone = await call<BackupMade>('createBackup');
    expect(alone.secondCopy).toBeNull();
    expect(alone.notices.join(' ')).toContain('Không thấy nơi sao lưu thứ hai');
    list = await call<BackupOverview>('listBackups');
    expect(list.secondLocationPresent).toBe(false);
    // The last copy outside is remembered while the drive is away.
    expect(list.lastOutsideCopyAt).toBe(made.backup.takenAt);
    expect(list.outsideCopyOverdue).toBe(false);
  });

  it('a read-only second location: the copy on the PC is made, the second skipped with a notice', async () => {
    const dir = tempDir();
    const usb = tempDir('to-cnscd-usb-');
    const db = path.join(dir, 'to-cnscd.sqlite3');
    const { call, refused } = await commune(db);
    await call('setBackupLocation', { folder: usb });
    undo.push(makeReadOnly(usb));
    // Chosen now, it is refused; chosen before and read-only now, it is skipped.
    expect((await refused('setBackupLocation', { folder: usb })).message).toContain('chỉ cho phép đọc');
    const made = await call<BackupMade>('createBackup');
    expect(fs.existsSync(made.backup.path)).toBe(true);
    expect(made.secondCopy).toBeNull();
    expect(made.notices.join(' ')).toContain('Không chép được bản sao lưu sang');
    expect(fs.readdirSync(usb)).toEqual([]);
  });

  it('each copy rotates the folder: a year of daily copies comes down to 7 days, 4 weeks, 12 months', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'to-cnscd.sqlite3');
    const { call } = await commune(db);
    const first = await call<BackupMade>('createBackup');
    // 400 earlier days of copies (the same bytes under the names of those days), and one file
    // that is not a backup, which the rotation never touches.
    const today = new Date();
    for (let back = 1; back <= 400; back += 1) {
      const day = new Date(today.getFullYear(), today.getMonth(), today.getDate() - back, 8, 30);
      fs.copyFileSync(first.backup.path, path.join(dir, 'backups', backupFileName('to-cnscd', day, 'daily')));
    }
    fs.writeFileSync(path.join(dir, 'backups', 'ghi-chu.txt'), 'của người hỗ trợ');
    const made = await call<BackupMade>('createBackup');
    const left = fs.readdirSync(path.join(dir, 'backups'));
    expect(left).toContain('ghi-chu.txt');
    expect(left).toContain(first.backup.name);
    expect(left).toContain(made.backup.name);
    const kept = left.length - 1;
    expect(made.removed).toBe(402 - kept);
    // Today's two copies, 6 more days, up to 3 more weeks and 11 more months; early in a month
    // the last month's newest copy is one of the 6 days, and weeks may fall on the same copies.
    expect(kept).toBeGreaterThanOrEqual(2 + 6 + 10);
    expect(kept).toBeLessThanOrEqual(2 + 6 + 3 + 11);
  });

  it('the first start of a day takes a daily copy; the next start that day does not', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'to-cnscd.sqlite3');
    // A new database: nothing to keep yet.
    const first = await open(db, { application: true });
    await first.call('setupProfile', profile('21109', 'Xã Đông Sơn'));
    expect(fs.existsSync(path.join(dir, 'backups'))).toBe(false);
    await first.backend.close();
    await open(db, { application: true });
    await opened.splice(-1)[0]?.close();
    await open(db, { application: true });
    const names = fs.readdirSync(path.join(dir, 'backups'));
    expect(names).toHaveLength(1);
    expect(names[0]).toMatch(/_daily\.sqlite3$/u);
  });
});

describe('restore with undo', () => {
  it('shows what the copy holds, restores it, and the copy taken before undoes it', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'to-cnscd.sqlite3');
    const { call, backend } = await commune(db);
    const made = await call<BackupMade>('createBackup');
    await call('createVillage', { name: 'Thôn Hai', kind: 'thon', households: 100 });
    const source = { kind: 'backup', location: 'local', name: made.backup.name };

    const preview = await call<RestorePreview>('previewRestore', { source });
    expect(preview.source.communeName).toBe('Xã Đông Sơn');
    expect(preview.source.communeCode).toBe('21109');
    expect(preview.source.counts.villages).toBe(1);
    expect(preview.current.counts.villages).toBe(2);
    expect(preview.otherCommune).toBe(false);
    expect(preview.source.schemaVersion).toBe(backend.ctx.schemaVersion);
    expect(preview.source.lastChangeAt).not.toBeNull();
    expect(preview.current.lastChangeAt! > preview.source.lastChangeAt!).toBe(true);
    // The preview writes nothing: no staging file, no new copy.
    expect(fs.readdirSync(dir).sort()).toEqual([
      'backups',
      // The commune's signing key, made with its profile (issue 10).
      'keys',
      'to-cnscd.sqlite3',
      'to-cnscd.sqlite3-shm',
      'to-cnscd.sqlite3-wal',
    ]);
    expect(fs.readdirSync(path.join(dir, 'backups'))).toEqual([made.backup.name]);

    const done = await call<RestoreDone>('restoreBackup', { source });
    expect(done.restored.counts.villages).toBe(1);
    expect(await villages(call)).toEqual(['Thôn Một']);
    expect(done.undo.trigger).toBe('before_restore');
    // The same backend answers after the swap, through the same dispatch; writes work.
    await call('createVillage', { name: 'Thôn Ba', kind: 'thon', households: 100 });
    expect(await villages(call)).toEqual(['Thôn Ba', 'Thôn Một']);

    // Undo: restore the copy taken just before.
    await call('restoreBackup', { source: { kind: 'backup', location: 'local', name: done.undo.name } });
    expect(await villages(call)).toEqual(['Thôn Hai', 'Thôn Một']);
  });

  it('calls made while a restore swaps the database wait for it and then read the restored data', async () => {
    const { call, backend } = await commune(path.join(tempDir(), 'to-cnscd.sqlite3'));
    const made = await call<BackupMade>('createBackup');
    await call('createVillage', { name: 'Thôn Hai', kind: 'thon', households: 100 });
    const source = { kind: 'backup', location: 'local', name: made.backup.name };
    const restoring = backend.dispatch('restoreBackup', { source });
    const during = Array.from({ length: 5 }, () => backend.dispatch('listVillages', undefined));
    const [restored, ...lists] = await Promise.all([restoring, ...during]);
    expect(restored?.ok).toBe(true);
    for (const list of lists) expect(list.ok, JSON.stringify(list)).toBe(true);
    expect(await villages(call)).toEqual(['Thôn Một']);
  });

  it('a file the officer picks (uploaded) is restored like a listed copy', async () => {
    const other = await commune(path.join(tempDir(), 'khac.sqlite3'));
    await other.call('createVillage', { name: 'Thôn Mới', kind: 'thon', households: 100 });
    const made = await other.call<BackupMade>('createBackup');
    const base64 = fs.readFileSync(made.backup.path).toString('base64');

    const { call } = await commune(path.join(tempDir(), 'to-cnscd.sqlite3'));
    const source = { kind: 'file', fileName: 'ban-sao.sqlite3', base64 };
    const preview = await call<RestorePreview>('previewRestore', { source });
    expect(preview.source.counts.villages).toBe(2);
    await call('restoreBackup', { source });
    expect(await villages(call)).toEqual(['Thôn Một', 'Thôn Mới']);
  });

  it('a copy of another commune is announced and needs the confirmation; refused, nothing changes', async () => {
    const other = await commune(path.join(tempDir(), 'khac.sqlite3'), '21040', 'Xã Bình Sơn');
    const made = await other.call<BackupMade>('createBackup');
    const base64 = fs.readFileSync(made.backup.path).toString('base64');

    const dir = tempDir();
    const db = path.join(dir, 'to-cnscd.sqlite3');
    const { call, refused } = await commune(db);
    const source = { kind: 'file', fileName: 'xa-khac.sqlite3', base64 };
    const preview = await call<RestorePreview>('previewRestore', { source });
    expect(preview.otherCommune).toBe(true);
    expect(preview.source.communeName).toBe('Xã Bình Sơn');

    const error = await refused('restoreBackup', { source });
    expect(error.code).toBe('conflict');
    expect(error.message).toContain('Xã Bình Sơn (mã 21040)');
    expect(error.message).toContain('Xã Đông Sơn (mã 21109)');
    expect(fs.existsSync(path.join(dir, 'backups'))).toBe(false);
    expect(((await call('getProfile')) as { communeName: string }).communeName).toBe('Xã Đông Sơn');

    await call('restoreBackup', { source, confirmOtherCommune: true });
    expect(((await call('getProfile')) as { communeName: string }).communeName).toBe('Xã Bình Sơn');
  });

  it('a damaged copy, a newer one and a file that is not ours are refused; the database is untouched', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'to-cnscd.sqlite3');
    const { call, refused, backend } = await commune(db);
    const made = await call<BackupMade>('createBackup');

    const damaged = path.join(tempDir(), 'hong.sqlite3');
    fs.copyFileSync(made.backup.path, damaged);
    corruptTable(damaged, 'villages');
    const newer = path.join(tempDir(), 'moi.sqlite3');
    fs.copyFileSync(made.backup.path, newer);
    const writer = new BetterSqlite3(newer);
    writer
      .prepare('insert into schema_migrations (version, name, applied_at) values (?, ?, ?)')
      .run(999, 'tuong-lai', '2030-01-01');
    writer.close();
    const foreign = path.join(tempDir(), 'khac.sqlite3');
    const other = new BetterSqlite3(foreign);
    other.exec('create table t (x)');
    other.close();

    const before = await villages(call);
    const cases: [string, string, string][] = [
      [damaged, 'db_corrupt', 'đã bị hỏng'],
      [newer, 'db_too_new', 'phiên bản mới hơn'],
      [foreign, 'db_unreadable', 'không phải của Tổ CNSCĐ'],
    ];
    for (const [file, code, words] of cases) {
      const source = {
        kind: 'file',
        fileName: path.basename(file),
        base64: fs.readFileSync(file).toString('base64'),
      };
      for (const op of ['previewRestore', 'restoreBackup']) {
        const error = await refused(op, { source });
        expect(error.code, `${op} ${file}`).toBe(code);
        expect(error.message).toContain(words);
      }
    }
    const notSqlite = { kind: 'file', fileName: 'a.db', base64: Buffer.from('xin chào').toString('base64') };
    expect((await refused('restoreBackup', { source: notSqlite })).code).toBe('db_unreadable');
    expect(await villages(call)).toEqual(before);
    // No undo copy was taken for a refused restore, no staging file left.
    expect(fs.readdirSync(path.join(dir, 'backups'))).toEqual([made.backup.name]);
    expect(fs.readdirSync(dir).filter((n) => n.includes('khoi-phuc'))).toEqual([]);
    expect(backend.startup).toEqual({ kind: 'ready' });
  });
});

describe('restore when the data folder refuses writes', () => {
  it('says what to do; the database in use is unchanged and keeps working', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'to-cnscd.sqlite3');
    const { call, refused } = await commune(db);
    const made = await call<BackupMade>('createBackup');
    await call('createVillage', { name: 'Thôn Hai', kind: 'thon', households: 100 });
    undo.push(makeReadOnly(dir));
    const error = await refused('restoreBackup', {
      source: { kind: 'backup', location: 'local', name: made.backup.name },
    });
    expect(['db_cannot_open', 'db_read_only']).toContain(error.code);
    expect(error.message).toMatch(/Hãy (kiểm tra quyền|cấp quyền ghi)/u);
    expect(await villages(call)).toEqual(['Thôn Hai', 'Thôn Một']);
    expect(fs.readdirSync(path.join(dir, 'backups'))).toEqual([made.backup.name]);
  });
});

describe('a damaged database at start', () => {
  it('is moved aside untouched; the newest copy is offered and restored; writes work again', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'to-cnscd.sqlite3');
    const first = await commune(db);
    const made = await first.call<BackupMade>('createBackup');
    await first.call('createVillage', { name: 'Thôn Sau Sao Lưu', kind: 'thon', households: 100 });
    await first.backend.close();
    corruptTable(db, 'villages');
    const damagedBytes = sha256(db);

    const { call, refused, backend } = await open(db, { application: true });
    const state = await call<StartupState>('getStartupState');
    expect(state.kind).toBe('damaged');
    if (state.kind !== 'damaged') return;
    expect(path.basename(state.movedTo)).toMatch(/^to-cnscd\.sqlite3\.hong-\d{4}-\d{2}-\d{2}T\d{4}$/u);
    expect(sha256(state.movedTo)).toBe(damagedBytes);
    expect(fs.existsSync(db)).toBe(false);
    expect(state.newestBackup?.name).toBe(made.backup.name);
    // Nothing else answers until the officer chooses.
    expect((await refused('listVillages', undefined)).code).toBe('db_corrupt');
    expect((await refused('createVillage', { name: 'Thôn X', kind: 'thon', households: 100 })).code).toBe(
      'db_corrupt',
    );
    expect((await call<BackupOverview>('listBackups')).backups).toHaveLength(1);

    expect(await call<StartupState>('resolveDamagedStart', { choice: 'restore' })).toEqual({ kind: 'ready' });
    expect(backend.startup).toEqual({ kind: 'ready' });
    expect(await villages(call)).toEqual(['Thôn Một']);
    await call('createVillage', { name: 'Thôn Hai', kind: 'thon', households: 100 });
    expect(await villages(call)).toEqual(['Thôn Hai', 'Thôn Một']);
    // The damaged file is still there, as it was.
    expect(sha256(state.movedTo)).toBe(damagedBytes);
  });

  it('with no copy, restoring says so; quitting asks the shell to end', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'to-cnscd.sqlite3');
    const first = await commune(db);
    await first.backend.close();
    corruptTable(db, 'villages');
    let quit = 0;
    const { call, refused } = await open(db, { application: true, onQuit: () => (quit += 1) });
    const state = await call<StartupState>('getStartupState');
    expect(state).toMatchObject({ kind: 'damaged', newestBackup: null });
    const error = await refused('resolveDamagedStart', { choice: 'restore' });
    expect(error.code).toBe('not_found');
    expect(error.message).toContain('Không có bản sao lưu nào');
    await call('resolveDamagedStart', { choice: 'quit' });
    expect(quit).toBe(1);
  });

  it('outside the application (the CLI), a damaged file is refused in place, not moved', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'to-cnscd.sqlite3');
    const first = await commune(db);
    await first.backend.close();
    corruptTable(db, 'villages');
    const before = sha256(db);
    const files = fs.readdirSync(dir).sort();
    await expect(open(db)).rejects.toMatchObject({ code: 'db_corrupt' });
    expect(sha256(db)).toBe(before);
    expect(fs.readdirSync(dir).sort()).toEqual(files);
  });

  it('a read-only data folder at start is a message that says what to do, nothing written', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'to-cnscd.sqlite3');
    const first = await commune(db);
    await first.backend.close();
    const before = sha256(db);
    undo.push(makeReadOnly(dir));
    const failure = open(db, { application: true });
    await expect(failure).rejects.toMatchObject({ code: 'db_read_only' });
    await expect(failure).rejects.toThrow(/Hãy cấp quyền ghi/u);
    expect(sha256(db)).toBe(before);
  });
});

describe('a second location shared by two PCs', () => {
  it('each PC rotates only its own copies there; the other’s are listed and can be restored', async () => {
    const shared = tempDir('to-cnscd-shared-');
    const dirA = tempDir('to-cnscd-pc-a-');
    const dirB = tempDir('to-cnscd-pc-b-');
    const a = await commune(path.join(dirA, 'to-cnscd.sqlite3'));
    const b = await commune(path.join(dirB, 'to-cnscd.sqlite3'));
    await b.call('createVillage', { name: 'Thôn Của Máy B', kind: 'thon', households: 10 });
    await a.call('setBackupLocation', { folder: shared });
    await b.call('setBackupLocation', { folder: shared });
    const firstA = await a.call<BackupMade>('createBackup');
    const firstB = await b.call<BackupMade>('createBackup');
    // Each installation has its own identity, in the name of every copy it takes.
    const idA = /\.([0-9a-f]{8})\.sqlite3$/u.exec(firstA.backup.name)?.[1];
    const idB = /\.([0-9a-f]{8})\.sqlite3$/u.exec(firstB.backup.name)?.[1];
    expect(idA).toMatch(/^[0-9a-f]{8}$/u);
    expect(idB).toMatch(/^[0-9a-f]{8}$/u);
    expect(idA).not.toBe(idB);
    expect(firstA.secondCopy?.name).toBe(firstA.backup.name);

    // 60 earlier days of copies in the shared folder from each PC, and some from before
    // installations had an identity (whose they are is unknown: nobody rotates them).
    const folder = path.join(shared, 'To-CNSCD-sao-luu');
    const today = new Date();
    const planted = (id: string | null) =>
      Array.from({ length: 60 }, (_, i) => {
        const day = new Date(today.getFullYear(), today.getMonth(), today.getDate() - 1 - i, 9, 0);
        const name = backupFileName('to-cnscd', day, 'daily', id);
        fs.copyFileSync(id === idB ? firstB.backup.path : firstA.backup.path, path.join(folder, name));
        return name;
      });
    const oldA = planted(idA ?? null);
    const oldB = planted(idB ?? null);
    const legacy = planted(null);

    const made = await a.call<BackupMade>('createBackup');
    const left = new Set(fs.readdirSync(folder));
    // A's own copies came down to its rotation; B's and the legacy ones are all there.
    expect(oldA.filter((n) => left.has(n)).length).toBeLessThan(20);
    expect(oldA.filter((n) => left.has(n)).length).toBeGreaterThanOrEqual(6);
    expect(oldB.filter((n) => !left.has(n))).toEqual([]);
    expect(legacy.filter((n) => !left.has(n))).toEqual([]);
    expect(left.has(firstB.backup.name)).toBe(true);
    expect(made.removed).toBe(oldA.length - oldA.filter((n) => left.has(n)).length);

    // B's copies are listed on A (in the second location) and restorable there; B's newer copy
    // outside is not A's last copy outside.
    await b.call<BackupMade>('createBackup');
    const list = await a.call<BackupOverview>('listBackups');
    expect(list.lastOutsideCopyAt).toBe(made.backup.takenAt);
    const ofB = list.backups.find((e) => e.name === firstB.backup.name);
    expect(ofB?.location).toBe('second');
    await a.call('restoreBackup', {
      source: { kind: 'backup', location: 'second', name: firstB.backup.name },
    });
    expect(await villages(a.call)).toEqual(['Thôn Của Máy B', 'Thôn Một']);
    // B's next copies rotate its own copies, never A's.
    const keptOfA = [...left].filter((n) => n.includes(`.${idA}.`));
    await b.call<BackupMade>('createBackup');
    const after = new Set(fs.readdirSync(folder));
    expect(keptOfA.filter((n) => !after.has(n))).toEqual([]);
    expect(oldB.filter((n) => after.has(n)).length).toBeLessThan(20);
  });

  it('the identity is kept: every copy of one installation carries the same one', async () => {
    const shared = tempDir('to-cnscd-shared-');
    const dir = tempDir();
    const { call } = await commune(path.join(dir, 'to-cnscd.sqlite3'));
    await call('setBackupLocation', { folder: shared });
    const names = [];
    for (let i = 0; i < 3; i += 1) names.push((await call<BackupMade>('createBackup')).backup.name);
    const ids = new Set(names.map((n) => /\.([0-9a-f]{8})\.sqlite3$/u.exec(n)?.[1]));
    expect(ids.size).toBe(1);
    expect([...ids][0]).toMatch(/^[0-9a-f]{8}$/u);
  });
});

describe('two restores at once', () => {
  it('run one after the other, each with its own staging copy; the second one’s undo is the first', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'to-cnscd.sqlite3');
    const { call, backend } = await commune(db);
    const one = await call<BackupMade>('createBackup');
    await call('createVillage', { name: 'Thôn Hai', kind: 'thon', households: 100 });
    const two = await call<BackupMade>('createBackup');
    await call('createVillage', { name: 'Thôn Ba', kind: 'thon', households: 100 });
    const source = (made: BackupMade) => ({ kind: 'backup', location: 'local', name: made.backup.name });
    const [first, second] = await Promise.all([
      backend.dispatch('restoreBackup', { source: source(one) }),
      backend.dispatch('restoreBackup', { source: source(two) }),
    ]);
    if (!first.ok || !second.ok) throw new Error(JSON.stringify([first, second]));
    const firstDone = first.value as RestoreDone;
    const secondDone = second.value as RestoreDone;
    expect(firstDone.restored.counts.villages).toBe(1);
    expect(secondDone.restored.counts.villages).toBe(2);
    expect(await villages(call)).toEqual(['Thôn Hai', 'Thôn Một']);
    // Each undo is the data just before that restore: the second's is what the first restored.
    const undoOf = (done: RestoreDone) => {
      const copy = new BetterSqlite3(done.undo.path, { readonly: true });
      try {
        return (copy.prepare('select name from villages order by name').all() as { name: string }[]).map(
          (v) => v.name,
        );
      } finally {
        copy.close();
      }
    };
    expect(undoOf(firstDone)).toEqual(['Thôn Ba', 'Thôn Hai', 'Thôn Một']);
    expect(undoOf(secondDone)).toEqual(['Thôn Một']);
    expect(fs.readdirSync(dir).filter((n) => n.includes('khoi-phuc'))).toEqual([]);
  });

  it('a preview during a restore uses its own staging copy and leaves none behind', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'to-cnscd.sqlite3');
    const { call, backend } = await commune(db);
    const one = await call<BackupMade>('createBackup');
    await call('createVillage', { name: 'Thôn Hai', kind: 'thon', households: 100 });
    const source = { kind: 'backup', location: 'local', name: one.backup.name };
    const [restored, preview] = await Promise.all([
      backend.dispatch('restoreBackup', { source }),
      backend.dispatch('previewRestore', { source }),
    ]);
    expect(restored.ok).toBe(true);
    expect(preview.ok && (preview.value as RestorePreview).source.counts.villages).toBe(1);
    expect(fs.readdirSync(dir).filter((n) => n.includes('khoi-phuc'))).toEqual([]);
  });

  it('the staging copy of a killed restore is removed at the next start; a running one’s is not', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'to-cnscd.sqlite3');
    const first = await commune(db);
    await first.backend.close();
    // A process that has ended: its pid is free.
    const ended = spawnSync(process.execPath, ['-e', '']).pid;
    expect(ended).toBeGreaterThan(0);
    const dead = `${db}.khoi-phuc-${ended}-0a1b2c3d.tmp`;
    const running = `${db}.khoi-phuc-${process.pid}-0a1b2c3d.tmp`;
    const lone = `${db}.khoi-phuc-${ended}-9f8e7d6c.tmp-journal`;
    for (const f of [dead, `${dead}-journal`, running, lone]) fs.writeFileSync(f, 'một bản chép dở');
    await open(db);
    expect(fs.existsSync(dead)).toBe(false);
    expect(fs.existsSync(`${dead}-journal`)).toBe(false);
    expect(fs.existsSync(lone)).toBe(false);
    expect(fs.existsSync(running)).toBe(true);
  });
});

describe('copies left half-written by a killed process', () => {
  it('are removed by the next backup: this database’s, of processes no longer running, this installation’s outside', async () => {
    const dir = tempDir();
    const usb = tempDir('to-cnscd-usb-');
    const { call } = await commune(path.join(dir, 'to-cnscd.sqlite3'));
    await call('setBackupLocation', { folder: usb });
    const first = await call<BackupMade>('createBackup');
    const id = /\.([0-9a-f]{8})\.sqlite3$/u.exec(first.backup.name)?.[1] ?? '';
    const ended = spawnSync(process.execPath, ['-e', '']).pid;
    const local = path.join(dir, 'backups');
    const outside = path.join(usb, 'To-CNSCD-sao-luu');
    const day = new Date(2026, 0, 5, 8, 0);
    const left = (folder: string, base: string, installation: string | null, pid: number) => {
      const file = path.join(folder, `${backupFileName(base, day, 'daily', installation)}.${pid}.tmp`);
      fs.writeFileSync(file, 'một bản chép dở');
      return file;
    };
    const deadHere = left(local, 'to-cnscd', id, ended);
    const deadJournal = `${deadHere}-journal`;
    fs.writeFileSync(deadJournal, 'nhật ký');
    const running = left(local, 'to-cnscd', id, process.pid);
    const otherDatabase = left(local, 'so-khac', id, ended);
    const deadOutside = left(outside, 'to-cnscd', id, ended);
    // A journal left alone (the kill came between removing a copy and its journal).
    const lone = `${path.join(local, backupFileName('to-cnscd', new Date(2026, 0, 6), 'daily', id))}.${ended}.tmp-journal`;
    fs.writeFileSync(lone, 'nhật ký');
    const otherPc = left(outside, 'to-cnscd', 'ffffffff', ended);
    await call<BackupMade>('createBackup');
    expect([deadHere, deadJournal, deadOutside, lone].filter((f) => fs.existsSync(f))).toEqual([]);
    expect([running, otherDatabase, otherPc].filter((f) => !fs.existsSync(f))).toEqual([]);
  });
});
