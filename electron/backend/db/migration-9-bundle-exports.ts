/**
 * The commune's record of the bundles it exported (issue 10): what period, when, which file, its
 * SHA-256 and how many records of each table, so the officer sees what was sent when and the
 * upper level's question "which file did you send?" has an answer.
 */
import { sql, type Kysely } from 'kysely';

export async function createBundleExports(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table bundle_exports (
      id text primary key,
      period text not null,
      period_label text not null,
      period_from text not null,
      period_to text not null,
      created_at text not null,
      file_name text not null,
      sha256 text not null check (length(sha256) = 64),
      bytes integer not null check (bytes > 0),
      counts text not null check (json_valid(counts)),
      fingerprint text not null,
      archive_file text not null,
      shared_to text,
      shared_problem text
    ) strict`.execute(db);
  await sql`create index bundle_exports_created on bundle_exports (created_at)`.execute(db);
}
