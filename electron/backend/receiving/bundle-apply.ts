/**
 * Applies one verified bundle to its commune's file in ONE transaction (issue 10, item 4): the
 * difference recomputed inside the transaction, the period's absent rows removed, every new or
 * changed record upserted by its key with the columns the commune derives recomputed as its
 * services compute them, the summaries of results kept exact (activities/totals.ts), and the
 * receipt written in the same transaction: the commune file is the truth of what was received.
 */
import { sql, type Kysely } from 'kysely';
import { bundleTables, type BundleTable, type VerifiedBundle } from '../../../shared/contract/bundle-format';
import { foldVi } from '../../../shared/vi/text';
import { applyContribution } from '../activities/totals';
import { chunks, liveIds } from '../db/live-ids';
import type { BundleReceiptsTable, Database } from '../db/schema';
import { inImmediateTransaction } from '../db/transaction';
import { searchTextOf } from '../people/people-service';
import { bundleTableSpecs, changesNothing, diffBundle, type BundleChanges } from './bundle-diff';

type Row = Record<string, unknown>;

/** The columns the commune derives from a record, recomputed here as its services do. */
function withDerived(table: BundleTable, record: Row): Row {
  switch (table) {
    case 'villages':
      return { ...record, name_key: foldVi(String(record.name)) };
    case 'people':
      return {
        ...record,
        name_key: foldVi(String(record.full_name)),
        search_text: searchTextOf({
          fullName: String(record.full_name),
          phone: (record.phone as string | null) ?? null,
          position: (record.position as string | null) ?? null,
        }),
      };
    case 'documents':
      // The scan stays at the commune: its hash travels, the file does not.
      return { ...record, scan_file: null };
    case 'activities':
      // The spreadsheet key is the commune's own duplicate guard, not the receiving unit's.
      return { ...record, source_key: null };
    default:
      return record;
  }
}

/**
 * Writes the records in one statement per table: the rows travel as one bound JSON text (arrays
 * in column order) that SQLite unpacks with json_each, so neither Kysely nor the driver builds,
 * binds or plans thousands of values, and the upsert by key happens inside SQLite.
 */
async function upsert(trx: Kysely<Database>, table: BundleTable, records: readonly Row[]): Promise<void> {
  const first = records[0];
  if (first === undefined) return;
  const key = bundleTableSpecs[table].key;
  const rows = records.map((r) => withDerived(table, r));
  const columns = Object.keys(rows[0] ?? first);
  const others = columns.filter((c) => !key.includes(c));
  const json = JSON.stringify(rows.map((row) => columns.map((c) => row[c] ?? null)));
  // The path as text: a bound number would reach SQLite as a real, not an array index.
  const fields = sql.join(columns.map((_, i) => sql`j.value ->> ${`$[${i}]`}`));
  const target = sql.join(key.map((c) => sql.ref(c)));
  const onConflict =
    others.length === 0
      ? sql`do nothing`
      : sql`do update set ${sql.join(others.map((c) => sql`${sql.ref(c)} = excluded.${sql.ref(c)}`))}`;
  // "where true": SQLite's rule for an upsert fed by a select.
  await sql`insert into ${sql.table(table)} (${sql.join(columns.map((c) => sql.ref(c)))})
    select ${fields} from json_each(${json}) j where true
    on conflict (${target}) ${onConflict}`.execute(trx);
}

async function removeRows(trx: Kysely<Database>, table: BundleTable, keys: readonly Row[]): Promise<void> {
  if (keys.length === 0) return;
  const columns = bundleTableSpecs[table].key;
  for (const part of chunks(keys, 5_000)) {
    const json = JSON.stringify(part.map((k) => columns.map((c) => k[c])));
    const tuple = sql.join(columns.map((c) => sql.ref(c)));
    // The path as text: a bound number would reach SQLite as a real, not an array index.
    const fields = sql.join(columns.map((_, i) => sql`j.value ->> ${`$[${i}]`}`));
    await sql`delete from ${sql.table(table)} where (${tuple}) in
      (select ${fields} from json_each(${json}) j)`.execute(trx);
  }
}

/**
 * The rows about to be rewritten give up, for the time of the transaction, the values a unique
 * index holds among live rows (a village's name, the active commune team, a year's target, a
 * document's number), so that a bundle in which one village takes the name another gives up (a
 * rename in the commune) is applied whatever the order of its rows. The upsert writes every
 * column back from the bundle.
 */
async function vacateUnique(trx: Kysely<Database>, table: BundleTable, rows: readonly Row[]): Promise<void> {
  if (rows.length === 0) return;
  const ids = JSON.stringify(rows.map((r) => r.id));
  const mine = sql<boolean>`id in (select value from json_each(${ids}))`;
  switch (table) {
    case 'villages':
    case 'teams':
    case 'targets':
      await trx
        .updateTable(table)
        .set({ deleted_at: VACATED })
        .where(() => mine)
        .where('deleted_at', 'is', null)
        .execute();
      return;
    case 'documents':
      await trx
        .updateTable('documents')
        .set({ number: null })
        .where(() => mine)
        .execute();
      return;
    default:
      return;
  }
}

/** What a row being rewritten holds in `deleted_at` until the upsert gives it the bundle's. */
const VACATED = '0000-00-00T00:00:00.000Z';

/** The activities whose contribution to the summaries the changes touch. */
function touchedActivities(changes: BundleChanges): string[] {
  const ids = new Set<string>();
  for (const row of changes.activities.write) ids.add(String(row.id));
  for (const row of changes.activities.remove) ids.add(String(row.id));
  for (const row of [...changes.activity_results.write, ...changes.activity_results.remove]) {
    ids.add(String(row.activity_id));
  }
  return [...ids];
}

export type ReceiptRow = BundleReceiptsTable;

/**
 * What a commune file's state is known by: its latest receipt (ids are time-ordered), or null.
 * Every write to the file writes a receipt, so an equal token means the same data.
 */
export async function storeToken(store: Kysely<Database>): Promise<string | null> {
  const row = await store
    .selectFrom('bundle_receipts')
    .select((eb) => eb.fn.max('id').as('id'))
    .executeTakeFirst();
  return row?.id ?? null;
}

/** The difference computed by the dry run, with the state of the file it was computed on. */
export interface PlannedChanges {
  token: string | null;
  changes: BundleChanges;
}

export interface AppliedBundle {
  /** null when the bundle changed nothing (nothing was written, no receipt). */
  receipt: ReceiptRow | null;
  changes: BundleChanges;
}

/**
 * Applies the bundle to the commune's store; `receipt` makes the receipt row once the
 * transaction knows whether the period was received before (status added or replaced);
 * `planned`, the dry run's difference, is used when the file has not changed since.
 */
export async function applyBundle(
  store: Kysely<Database>,
  bundle: VerifiedBundle,
  receipt: (replaced: boolean) => ReceiptRow,
  hooks: { beforeCommit?: () => Promise<void> } = {},
  planned: PlannedChanges | null = null,
): Promise<AppliedBundle> {
  return inImmediateTransaction(store, async (trx) => {
    // The dry run's difference holds when the file is as it was then; otherwise it is recomputed.
    const changes =
      planned !== null && planned.token === (await storeToken(trx))
        ? planned.changes
        : await diffBundle(trx, bundle);
    const before = await trx
      .selectFrom('bundle_receipts')
      .select('id')
      .where('commune_code', '=', bundle.manifest.commune.code)
      .where('period_code', '=', bundle.manifest.period.code)
      .executeTakeFirst();
    if (before !== undefined && changesNothing(changes)) return { receipt: null, changes };
    const touched = touchedActivities(changes);
    await applyContribution(trx, [...(await liveIds(trx, 'activities', touched))], -1);
    for (const table of [...bundleTables].reverse()) await removeRows(trx, table, changes[table].remove);
    for (const table of bundleTables) await vacateUnique(trx, table, changes[table].write);
    for (const table of bundleTables) await upsert(trx, table, changes[table].write);
    await applyContribution(trx, [...(await liveIds(trx, 'activities', touched))], 1);
    const row = receipt(before !== undefined);
    await trx.insertInto('bundle_receipts').values(row).execute();
    await hooks.beforeCommit?.();
    return { receipt: row, changes };
  });
}
