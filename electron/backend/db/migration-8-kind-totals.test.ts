import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { databaseAtVersion } from '../../../test-support/old-database';
import { tempDir } from '../../../test-support/temp';
import { openDatabase, type OpenedDatabase } from './database';

const opened: OpenedDatabase[] = [];
afterEach(async () => {
  for (const o of opened.splice(0)) await o.close();
});

describe('migration 8: the activities per half-month, team and kind', () => {
  it('fills the summary from the live activities already there', async () => {
    const { file, old } = await databaseAtVersion(7);
    const now = '2026-01-01T00:00:00.000Z';
    const put = old.sqlite.prepare(
      `insert into activities (id, date, team_id, kind, place, people_reached, households_reached, note,
         created_at, updated_at, deleted_at) values (?, ?, 't1', ?, null, ?, ?, null, ?, ?, ?)`,
    );
    put.run('a1', '2026-03-01', 'guidance', 10, 4, now, now, null);
    put.run('a2', '2026-03-14', 'guidance', null, 6, now, now, null);
    put.run('a3', '2026-03-15', 'guidance', 7, null, now, now, null); // the next half-month
    put.run('a4', '2026-03-02', 'meeting', 3, 1, now, now, null);
    put.run('a5', '2026-03-03', 'guidance', 100, 100, now, now, now); // deleted: not counted
    await old.close();

    const db = await openDatabase(file, { backupDir: path.join(tempDir(), 'b') });
    opened.push(db);
    const rows = db.sqlite
      .prepare('select bucket, kind, activities, people, households from activity_kind_totals order by 1, 2')
      .all();
    // March 2026: (2026 × 12 + 2) × 2 = 48,628 for days 1–14, 48,629 from the 15th.
    expect(rows).toEqual([
      { bucket: 48_628, kind: 'guidance', activities: 2, people: 10, households: 10 },
      { bucket: 48_628, kind: 'meeting', activities: 1, people: 3, households: 1 },
      { bucket: 48_629, kind: 'guidance', activities: 1, people: 7, households: 0 },
    ]);
  });
});
