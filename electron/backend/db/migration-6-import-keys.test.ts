import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../../test-support/temp';
import { openDatabase, type OpenedDatabase } from './database';
import { readLedger } from './ledger';
import { migrations } from './migrations';

const opened: OpenedDatabase[] = [];
afterEach(async () => {
  for (const o of opened.splice(0)) await o.close();
});

function addTeamAndActivity(db: OpenedDatabase, id: string, key: string | null): void {
  const now = '2026-03-05T00:00:00.000Z';
  db.sqlite
    .prepare(
      `insert or ignore into teams (id, level, name, village_id, zalo_link, zalo_households, status, notes, created_at, updated_at)
       values ('t1', 'commune', 'Tổ CNSCĐ xã Đông Sơn', null, null, null, 'active', null, ?, ?)`,
    )
    .run(now, now);
  db.sqlite
    .prepare(
      `insert into activities (id, date, team_id, kind, source_key, created_at, updated_at)
       values (?, '2026-03-05', 't1', 'meeting', ?, ?, ?)`,
    )
    .run(id, key, now, now);
}

describe('migration 6: the import key of an activity', () => {
  it('upgrades a database of version 5, keeping its activities without a key', async () => {
    const file = path.join(tempDir(), 'old.sqlite3');
    const old = await openDatabase(file, { migrations: migrations.filter((m) => m.version <= 5) });
    const now = '2026-03-01T00:00:00.000Z';
    old.sqlite
      .prepare(
        `insert into teams (id, level, name, village_id, zalo_link, zalo_households, status, notes, created_at, updated_at)
         values ('t1', 'commune', 'Tổ CNSCĐ xã Đông Sơn', null, null, null, 'active', null, ?, ?)`,
      )
      .run(now, now);
    old.sqlite
      .prepare(
        `insert into activities (id, date, team_id, kind, created_at, updated_at) values ('a0', '2026-03-01', 't1', 'meeting', ?, ?)`,
      )
      .run(now, now);
    await old.close();
    const db = await openDatabase(file, { backupDir: path.join(tempDir(), 'b') });
    opened.push(db);
    expect(readLedger(db.sqlite).map((r) => r.version)).toContain(6);
    expect(db.sqlite.prepare("select source_key from activities where id = 'a0'").pluck().get()).toBeNull();
  });

  it('lets one live activity hold a key: a second is refused, a deleted one frees it, typed ones have none', async () => {
    const db = await openDatabase(path.join(tempDir(), 'k.sqlite3'));
    opened.push(db);
    addTeamAndActivity(db, 'a1', 'k1');
    expect(() => addTeamAndActivity(db, 'a2', 'k1')).toThrow(/UNIQUE/u);
    db.sqlite.prepare("update activities set deleted_at = '2026-03-06' where id = 'a1'").run();
    addTeamAndActivity(db, 'a3', 'k1');
    addTeamAndActivity(db, 'a4', null);
    addTeamAndActivity(db, 'a5', null);
    expect(db.sqlite.prepare('select count(*) from activities').pluck().get()).toBe(4);
  });
});
