/**
 * Migrations across versions (issue 11, item 7): the committed database of every released schema
 * version (test-support/fixtures/schema, with data in every table) is upgraded to the latest
 * version this build knows, whatever that is, and keeps every record: the same rows, the same
 * values in every column both versions have. A database newer than the application is refused and
 * left byte-identical: database.test.ts covers that (rollback and WAL files), not repeated here.
 */
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { everyRecordKept } from '../../../test-support/schema-expect';
import {
  project,
  readContent,
  readFileContent,
  schemaFixturePath,
  schemaFixtureVersions,
} from '../../../test-support/schema-fixtures';
import { tempDir } from '../../../test-support/temp';
import { openDatabase } from './database';
import { readLedger } from './ledger';
import { latestSchemaVersion, migrations } from './migrations';

const versions = schemaFixtureVersions();

/** The summaries, recomputed from what they summarise (they must stay exact through an upgrade). */
function summariesAgree(sqlite: BetterSqlite3.Database): void {
  const bucket = `(cast(substr(date, 1, 4) as integer) * 12 + cast(substr(date, 6, 2) as integer) - 1) * 2
    + (cast(substr(date, 9, 2) as integer) >= 15)`;
  const rows = (query: string) => JSON.stringify(sqlite.prepare(query).all());
  expect(rows('select bucket, team_id, indicator_code, value from activity_totals order by 1, 2, 3')).toBe(
    rows(`select ${bucket} as bucket, a.team_id, r.indicator_code, sum(r.value) as value
            from activity_results r join activities a on a.id = r.activity_id
           where a.deleted_at is null group by 1, 2, 3 order by 1, 2, 3`),
  );
  expect(
    rows(
      "select year, team_id, indicator_code, value from activity_year_totals where convention = 'calendar' order by 1, 2, 3",
    ),
  ).toBe(
    rows(`select bucket / 24 as year, team_id, indicator_code, sum(value) as value
            from activity_totals group by 1, 2, 3 order by 1, 2, 3`),
  );
  expect(
    rows(
      'select bucket, team_id, kind, activities, people, households from activity_kind_totals order by 1, 2, 3',
    ),
  ).toBe(
    rows(`select ${bucket} as bucket, team_id, kind, count(*) as activities,
                 coalesce(sum(people_reached), 0) as people, coalesce(sum(households_reached), 0) as households
            from activities where deleted_at is null group by 1, 2, 3 order by 1, 2, 3`),
  );
}

describe('a database of every released schema version, upgraded to the latest', () => {
  it('the fixtures cover every version from 1 with no gap, up to at most the latest', () => {
    expect(versions[0]).toBe(1);
    expect(versions).toEqual(Array.from({ length: versions.length }, (_, i) => i + 1));
    expect(versions.length).toBeGreaterThanOrEqual(10);
    expect(versions.at(-1)).toBeLessThanOrEqual(latestSchemaVersion);
  });

  it.each(versions)('version %i: upgraded with every record kept, the summaries exact', async (version) => {
    const fixture = schemaFixturePath(version);
    const before = readFileContent(fixture);
    // Representative: every table the version has holds rows.
    for (const [table, { rows }] of before)
      expect(rows.length, `rows of ${table} in v${version}`).toBeGreaterThan(0);
    const fixtureLedger = (() => {
      const sqlite = new BetterSqlite3(fixture, { readonly: true });
      try {
        return readLedger(sqlite).map((r) => r.version);
      } finally {
        sqlite.close();
      }
    })();
    expect(fixtureLedger).toEqual(migrations.filter((m) => m.version <= version).map((m) => m.version));

    const dir = tempDir('to-cnscd-upgrade-');
    const file = path.join(dir, 'to-cnscd.sqlite3');
    fs.copyFileSync(fixture, file);
    const backups: string[] = [];
    const opened = await openDatabase(file, { onBackup: (p) => backups.push(p) });
    try {
      expect(opened.schemaVersion).toBe(latestSchemaVersion);
      expect(readLedger(opened.sqlite).map((r) => r.version)).toEqual(migrations.map((m) => m.version));
      expect(opened.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(opened.sqlite.pragma('foreign_key_check')).toEqual([]);
      const after = readContent(opened.sqlite);
      everyRecordKept(before, after);
      if (before.get('documents')?.columns.includes('team_ids')) {
        // Version 3 kept a document's teams as JSON; version 4 moved them to document_teams, in order.
        const fromJson = (before.get('documents')?.rows ?? []).flatMap((d) =>
          (JSON.parse(String(d.team_ids)) as string[]).map((team, position) =>
            JSON.stringify([d.id, team, position]),
          ),
        );
        expect(project(after, 'document_teams', ['document_id', 'team_id', 'position'])).toEqual(
          fromJson.sort(),
        );
        expect(fromJson.length).toBeGreaterThan(0);
      }
      if (version >= 5) summariesAgree(opened.sqlite);
    } finally {
      await opened.close();
    }
    // An upgraded version was backed up first, as it was; the latest one opens without a copy.
    if (version < latestSchemaVersion) {
      expect(backups).toHaveLength(1);
      everyRecordKept(before, readFileContent(backups[0] ?? ''));
    } else {
      expect(backups).toEqual([]);
    }
  });
});
