/**
 * Migration 6: the import key of an activity. An activity read from a spreadsheet carries the
 * hash of its normalised row (`source_key`), unique among live activities, so importing the same
 * file twice adds nothing. Activities typed in the form have none.
 */
import { sql, type Kysely } from 'kysely';

export async function addActivityImportKeys(db: Kysely<unknown>): Promise<void> {
  await sql`alter table activities add column source_key text`.execute(db);
  await sql`create unique index activities_live_source on activities (source_key)
    where source_key is not null and deleted_at is null`.execute(db);
}
