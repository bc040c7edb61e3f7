/**
 * The receiving unit (issue 10): its profile, the communes it receives from with the key each
 * one is trusted by, the log of accepted key changes, and the receipts of bundles. Created in
 * every database (a commune's keeps them empty); a commune's received-data file holds its own
 * receipts too (written in the same transaction as the data: that file is the truth, the main
 * database's receipts an index re-derived from it).
 */
import { sql, type Kysely } from 'kysely';

export async function createReceiving(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table receiving_profile (
      id integer primary key check (id = 1),
      name text not null,
      province_code text not null,
      province_name text not null,
      issuer_name text not null,
      place_name text not null,
      signer_name text,
      signer_title text not null,
      symbol text not null,
      deadline_day integer not null default 15 check (deadline_day between 1 and 28),
      updated_at text not null
    ) strict`.execute(db);
  await sql`
    create table received_communes (
      code text primary key,
      name text not null,
      province_code text not null,
      province_name text not null,
      contact text,
      public_key text,
      fingerprint text,
      key_first_seen_at text,
      added_at text not null,
      check ((public_key is null) = (fingerprint is null))
    ) strict`.execute(db);
  await sql`
    create table received_key_changes (
      id integer primary key autoincrement,
      commune_code text not null,
      old_public_key text not null,
      old_fingerprint text not null,
      new_public_key text not null,
      new_fingerprint text not null,
      file_name text not null,
      bundle_sha256 text not null,
      accepted_at text not null
    ) strict`.execute(db);
  await sql`
    create table bundle_receipts (
      id text primary key,
      commune_code text not null,
      period_code text not null,
      period_from text not null,
      period_to text not null,
      status text not null check (status in ('added', 'replaced')),
      file_name text not null,
      bundle_sha256 text not null,
      public_key text not null,
      fingerprint text not null,
      created_at text not null,
      received_at text not null,
      counts text not null
    ) strict`.execute(db);
  await sql`create index bundle_receipts_period on bundle_receipts (commune_code, period_code)`.execute(db);
}
