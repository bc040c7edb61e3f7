import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { databaseAtVersion } from '../../../test-support/old-database';
import { tempDir } from '../../../test-support/temp';
import { openDatabase, type OpenedDatabase } from './database';

const opened: OpenedDatabase[] = [];
afterEach(async () => {
  for (const o of opened.splice(0)) await o.close();
});

describe('migration 7: the yearly summary', () => {
  it('fills the yearly totals of both conventions from the half-month totals already there', async () => {
    const { file, old } = await databaseAtVersion(5);
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
