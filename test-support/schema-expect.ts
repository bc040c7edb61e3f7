/** Vitest expectations on database contents (kept apart so the fixture script runs without vitest). */
import { expect } from 'vitest';
import { project, type DatabaseContent } from './schema-fixtures';

/**
 * Columns a migration dropped on purpose: version 4 moved `documents.team_ids` to document_teams;
 * version 11 moved the receiving unit's one signer to `leaders` (migration-11-unit-signers.test.ts).
 */
const DROPPED: Record<string, readonly string[]> = {
  documents: ['team_ids'],
  receiving_profile: ['signer_name', 'signer_title'],
};

/** Every row of `before` is in `after`, with the same value in every column both have. */
export function everyRecordKept(before: DatabaseContent, after: DatabaseContent): void {
  for (const [table, old] of before) {
    const now = after.get(table);
    expect(now, `table ${table} kept`).toBeDefined();
    if (now === undefined) continue;
    const dropped = old.columns.filter((c) => !now.columns.includes(c));
    expect(dropped, `columns of ${table} dropped`).toEqual(
      DROPPED[table]?.filter((c) => dropped.includes(c)) ?? [],
    );
    const common = old.columns.filter((c) => now.columns.includes(c));
    expect(now.rows.length, `rows of ${table}`).toBe(old.rows.length);
    expect(project(after, table, common), `content of ${table}`).toEqual(project(before, table, common));
  }
}
