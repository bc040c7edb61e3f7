import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/contract/errors';
import { corruptTable } from '../../../test-support/damage';
import { tempDir } from '../../../test-support/temp';
import { verifyBackup } from './backup';
import { openDatabase } from './database';
import { readLedger } from './ledger';
import { latestSchemaVersion, migrations, type Migration } from './migrations';

const extra: Migration = {
  version: latestSchemaVersion + 1,
  name: 'thử: thêm bảng ghi chú',
  async up(db) {
    await sql`create table notes (id integer primary key, body text not null) strict`.execute(db);
  },
};

function sha256(file: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

/** The files in the folder of `file` (a refused file gets no `-wal` / `-shm` beside it). */
function folderFiles(file: string): string[] {
  return fs.readdirSync(path.dirname(file)).sort();
}

describe('openDatabase', () => {
  it('applies the pragmas we rely on', async () => {
    const file = path.join(tempDir(), 'a.sqlite3');
    const opened = await openDatabase(file);
    expect(opened.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(opened.sqlite.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(opened.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(opened.sqlite.pragma('busy_timeout', { simple: true })).toBeGreaterThanOrEqual(1000);
    await opened.close();
  });

  it('creates every table STRICT and records each migration in the ledger', async () => {
    const file = path.join(tempDir(), 'a.sqlite3');
    const opened = await openDatabase(file);
    const tables = opened.sqlite
      .prepare(
        "select name, strict from pragma_table_list where schema = 'main' and name not like 'sqlite_%'",
      )
      .all() as { name: string; strict: number }[];
    expect(tables.length).toBeGreaterThan(3);
    for (const t of tables) expect(t.strict, `${t.name} STRICT`).toBe(1);
    expect(readLedger(opened.sqlite).map((r) => r.version)).toEqual(migrations.map((m) => m.version));
    expect(opened.schemaVersion).toBe(latestSchemaVersion);
    await opened.close();
  });

  it('takes no backup of a new database, and opens an up-to-date one without migrating', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'a.sqlite3');
    const backups: string[] = [];
    await (await openDatabase(file, { onBackup: (p) => backups.push(p) })).close();
    await (await openDatabase(file, { onBackup: (p) => backups.push(p) })).close();
    expect(backups).toEqual([]);
  });

  it('backs up an existing database, verified, before running pending migrations', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'a.sqlite3');
    const first = await openDatabase(file);
    await first.db.insertInto('settings').values({ key: 'k', value: 'giá trị' }).execute();
    await first.close();

    const backups: string[] = [];
    const second = await openDatabase(file, {
      migrations: [...migrations, extra],
      onBackup: (p) => backups.push(p),
    });
    expect(second.schemaVersion).toBe(extra.version);
    expect(backups).toHaveLength(1);
    const backup = backups[0] as string;
    expect(path.dirname(backup)).toBe(path.join(dir, 'backups'));
    expect(fs.existsSync(`${backup}.tmp`)).toBe(false);
    // Nothing else beside it: no `.tmp-wal` / `.tmp-shm` left by the verification.
    expect(fs.readdirSync(path.join(dir, 'backups'))).toEqual([path.basename(backup)]);
    // The copy is the database as it was before the migration: old ledger, data kept.
    const copy = new BetterSqlite3(backup, { readonly: true });
    expect(readLedger(copy).map((r) => r.version)).toEqual(migrations.map((m) => m.version));
    expect(copy.prepare("select value from settings where key = 'k'").get()).toEqual({ value: 'giá trị' });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    copy.close();
    await second.close();
  });

  it('verifyBackup notices a copy whose ledger differs from the source', async () => {
    const dir = tempDir();
    const a = await openDatabase(path.join(dir, 'a.sqlite3'));
    const b = await openDatabase(path.join(dir, 'b.sqlite3'), { migrations: [...migrations, extra] });
    await b.close();
    expect(verifyBackup(a.sqlite, path.join(dir, 'b.sqlite3'))).toEqual({
      integrity: 'ok',
      ledgerMatches: false,
    });
    await a.close();
  });

  it('runs all pending migrations in one transaction: a failure leaves the file as it was', async () => {
    const file = path.join(tempDir(), 'a.sqlite3');
    await (await openDatabase(file)).close();
    const broken: Migration = {
      version: latestSchemaVersion + 2,
      name: 'hỏng',
      async up(db) {
        await sql`select * from bang_khong_co`.execute(db);
      },
    };
    await expect(openDatabase(file, { migrations: [...migrations, extra, broken] })).rejects.toBeInstanceOf(
      AppError,
    );
    const check = new BetterSqlite3(file, { readonly: true });
    expect(readLedger(check).map((r) => r.version)).toEqual(migrations.map((m) => m.version));
    expect(check.prepare("select name from sqlite_master where name = 'notes'").get()).toBeUndefined();
    check.close();
  });

  it('refuses a database written by a newer version, with a clear message, and changes nothing', async () => {
    const file = path.join(tempDir(), 'a.sqlite3');
    await (await openDatabase(file, { migrations: [...migrations, extra] })).close();
    const before = fs.readFileSync(file);
    const error = await openDatabase(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('db_too_new');
    expect((error as AppError).message).toContain('phiên bản mới hơn');
    expect((error as AppError).message).toContain('Hãy cài phiên bản mới nhất');
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('refuses a file that is not a database, and a foreign SQLite database', async () => {
    const dir = tempDir();
    const text = path.join(dir, 'notes.sqlite3');
    fs.writeFileSync(text, 'đây không phải cơ sở dữ liệu'.repeat(100));
    await expect(openDatabase(text)).rejects.toMatchObject({ code: 'db_unreadable' });
    const foreign = path.join(dir, 'foreign.sqlite3');
    const other = new BetterSqlite3(foreign);
    other.exec('create table khach (ten text)');
    other.close();
    await expect(openDatabase(foreign)).rejects.toMatchObject({ code: 'db_unreadable' });
  });
});

describe('openDatabase leaves a refused file byte-identical', () => {
  async function refusedUnchanged(file: string, code: string): Promise<string> {
    const before = sha256(file);
    const files = folderFiles(file);
    const error = await openDatabase(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe(code);
    expect(sha256(file)).toBe(before);
    expect(folderFiles(file)).toEqual(files);
    return (error as AppError).message;
  }

  it("another program's SQLite database in rollback mode", async () => {
    const file = path.join(tempDir(), 'foreign.sqlite3');
    const other = new BetterSqlite3(file);
    other.exec("create table khach (ten text); insert into khach values ('An')");
    other.close();
    expect(fs.readFileSync(file).readUInt8(18)).toBe(1); // rollback journal, as SQLite made it
    const message = await refusedUnchanged(file, 'db_unreadable');
    expect(message).toContain('cơ sở dữ liệu SQLite khác');
  });

  it('a database of a newer version, in rollback mode and in WAL mode', async () => {
    for (const mode of ['delete', 'wal']) {
      const file = path.join(tempDir(), `${mode}.sqlite3`);
      await (await openDatabase(file, { migrations: [...migrations, extra] })).close();
      const raw = new BetterSqlite3(file);
      raw.pragma(`journal_mode = ${mode}`);
      raw.close();
      expect(fs.readFileSync(file).readUInt8(18)).toBe(mode === 'wal' ? 2 : 1);
      const message = await refusedUnchanged(file, 'db_too_new');
      expect(message).toContain('dữ liệu không bị thay đổi');
    }
  });

  it('a file that is not SQLite at all', async () => {
    const file = path.join(tempDir(), 'notes.sqlite3');
    fs.writeFileSync(file, 'đây không phải cơ sở dữ liệu'.repeat(100));
    await refusedUnchanged(file, 'db_unreadable');
  });

  it('a damaged database: found by the integrity check when opened, nothing written', async () => {
    const file = path.join(tempDir(), 'a.sqlite3');
    const opened = await openDatabase(file);
    const rows = Array.from({ length: 300 }, (_, i) => ({ key: `k${i}`, value: 'giá trị '.repeat(40) }));
    await opened.db.insertInto('settings').values(rows).execute();
    await opened.close();
    corruptTable(file, 'settings');
    const message = await refusedUnchanged(file, 'db_corrupt');
    expect(message).toContain('đã bị hỏng');
    expect(message).toContain('bản sao lưu');
  });

  it('does not refuse a database left by a killed process: its -wal is read', async () => {
    const file = path.join(tempDir(), 'a.sqlite3');
    await (await openDatabase(file)).close();
    const script = `
      const db = new (require('better-sqlite3'))(process.argv[1]);
      db.pragma('journal_mode = WAL');
      db.prepare("insert into settings (key, value) values ('k', 'đã ghi')").run();
      process.stdout.write('written\\n');
      setInterval(() => undefined, 1000);`;
    const child = spawn(process.execPath, ['-e', script, file], { cwd: path.resolve(__dirname, '../../..') });
    await new Promise((resolve) => child.stdout.once('data', resolve));
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
    expect(fs.statSync(`${file}-wal`).size).toBeGreaterThan(0);
    const opened = await openDatabase(file);
    expect(
      await opened.db.selectFrom('settings').select('value').where('key', '=', 'k').executeTakeFirst(),
    ).toEqual({
      value: 'đã ghi',
    });
    await opened.close();
  });
});
