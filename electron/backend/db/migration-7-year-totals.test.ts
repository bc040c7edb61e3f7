import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../../test-support/temp';
import { openDatabase, type OpenedDatabase } from './database';
import { migrations } from './migrations';

const opened: OpenedDatabase[] = [];
afterEach(async () => {
  for (const o of opened.splice(0)) await o.close();
});

describe('migration 7: the yearly summary', () => {
  it('fills the yearly totals of both conventions from the half-month totals already there', async () => {
    const file = path.join(tempDir(), 'v5.sqlite3');
    const old = await openDatabase(file, { migrations: migrations.filter((m) => m.version <= 5) });
    const now = '2026-01-01T00:00:00.000Z';
    old.sqlite
      .prepare(
        `insert into teams (id, level, name, village_id, zalo_link, zalo_households, status, notes,
           created_at, updated_at, deleted_at) values ('t1', 'commune', 'Tổ xã', null, null, null,
           'active', null, ?, ?, null)`,
      )
      .run(now, now);
    const bucket = (date: string) =>
      (Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1) * 2 +
      (Number(date.slice(8)) >= 15 ? 1 : 0);
    const put = old.sqlite.prepare(
      "insert into activity_totals (bucket, team_id, indicator_code, value) values (?, 't1', 'vneid_activated', ?)",
    );
    put.run(bucket('2026-12-10'), 1); // 2026 both ways
    put.run(bucket('2026-12-20'), 10); // calendar 2026, Decree 09 2027
    put.run(bucket('2027-01-05'), 100); // 2027 both ways
    put.run(bucket('2025-12-15'), 1000); // calendar 2025, Decree 09 2026
    await old.close();

    const db = await openDatabase(file, { backupDir: path.join(tempDir(), 'b') });
    opened.push(db);
    const rows = db.sqlite
      .prepare('select convention, year, value from activity_year_totals order by convention, year')
      .all();
    expect(rows).toEqual([
      { convention: 'calendar', year: 2025, value: 1000 },
      { convention: 'calendar', year: 2026, value: 11 },
      { convention: 'calendar', year: 2027, value: 100 },
      { convention: 'decree09', year: 2026, value: 1001 },
      { convention: 'decree09', year: 2027, value: 110 },
    ]);
  });
});
