/**
 * The difference between a bundle and what a commune's file holds (issue 10, item 4): per table,
 * the records to add, to update, left unchanged, and those to remove because the period is
 * replaced (the period's activities and trainings absent from the bundle, and the rows hanging
 * from an activity, a training or a document the bundle carries that it no longer lists).
 * Reads only: the dry run shows it, the import recomputes it inside its transaction and writes it.
 */
import { sql, type Kysely } from 'kysely';
import {
  bundleTables,
  type BundleRecords,
  type BundleTable,
  type VerifiedBundle,
} from '../../../shared/contract/bundle-format';
import type { Database } from '../db/schema';
import { chunks } from '../db/live-ids';

type Row = Record<string, unknown>;

/** The tables rows hang from: a bundle carrying the parent carries all of its rows. */
type ParentTable = 'activities' | 'trainings' | 'documents';

interface TableSpec {
  key: readonly string[];
  parent?: { column: string; table: ParentTable };
}

/** How each table's records are named (its primary key), and what they hang from. */
export const bundleTableSpecs: Record<BundleTable, TableSpec> = {
  platforms: { key: ['code'] },
  indicators: { key: ['code'] },
  villages: { key: ['id'] },
  people: { key: ['id'] },
  teams: { key: ['id'] },
  memberships: { key: ['id'] },
  documents: { key: ['id'] },
  document_teams: { key: ['document_id', 'team_id'], parent: { column: 'document_id', table: 'documents' } },
  activities: { key: ['id'] },
  activity_platforms: {
    key: ['activity_id', 'platform_code'],
    parent: { column: 'activity_id', table: 'activities' },
  },
  activity_results: {
    key: ['activity_id', 'indicator_code'],
    parent: { column: 'activity_id', table: 'activities' },
  },
  activity_members: {
    key: ['activity_id', 'person_id'],
    parent: { column: 'activity_id', table: 'activities' },
  },
  trainings: { key: ['id'] },
  training_attendees: {
    key: ['training_id', 'person_id'],
    parent: { column: 'training_id', table: 'trainings' },
  },
  targets: { key: ['id'] },
};

/**
 * The registry a bundle carries as it stood when the bundle was made: a stored row changed later
 * (brought by a bundle of a later month, imported first) is newer and stays.
 */
const registryTables: ReadonlySet<BundleTable> = new Set([
  'platforms',
  'indicators',
  'villages',
  'people',
  'teams',
  'memberships',
  'documents',
  'targets',
]);

/** The tables replaced by period: their rows dated in the period and absent from the bundle go. */
const periodTables = ['activities', 'trainings'] as const;

export interface TableCounts {
  added: number;
  updated: number;
  unchanged: number;
  removed: number;
}

export interface TableChanges {
  /** Records to write (new or different), as the bundle has them. */
  write: Row[];
  /** Stored rows to remove: their key columns. */
  remove: Row[];
  counts: TableCounts;
}

export type BundleChanges = Record<BundleTable, TableChanges>;

export function keyOf(spec: TableSpec, row: Row): string {
  return JSON.stringify(spec.key.map((c) => row[c]));
}

/** Stored rows whose `column` is one of `values`. */
async function rowsWhere(
  db: Kysely<Database>,
  table: BundleTable,
  column: string,
  values: readonly unknown[],
) {
  const out: Row[] = [];
  for (const part of chunks([...new Set(values)])) {
    const { rows } = await sql<Row>`select * from ${sql.table(table)}
      where ${sql.ref(column)} in (select value from json_each(${JSON.stringify(part)}))`.execute(db);
    out.push(...rows);
  }
  return out;
}

/** A stored row says the same as a record when every field of the record is equal. */
function sameRecord(record: Row, stored: Row): boolean {
  return Object.keys(record).every((field) => record[field] === stored[field]);
}

function emptyChanges(): TableChanges {
  return { write: [], remove: [], counts: { added: 0, updated: 0, unchanged: 0, removed: 0 } };
}

/** The ids of the period's rows that the store holds and the bundle no longer lists. */
async function removedInPeriod(
  db: Kysely<Database>,
  table: (typeof periodTables)[number],
  period: { from: string; to: string },
  kept: ReadonlySet<unknown>,
): Promise<string[]> {
  const rows = await db
    .selectFrom(table)
    .select('id')
    .where('date', '>=', period.from)
    .where('date', '<=', period.to)
    .execute();
  return rows.map((r) => r.id).filter((id) => !kept.has(id));
}

/** What applying `bundle` to the store `db` (null: a commune not received yet) would change. */
export async function diffBundle(
  db: Kysely<Database> | null,
  bundle: VerifiedBundle,
): Promise<BundleChanges> {
  const records: BundleRecords = bundle.records;
  const changes = Object.fromEntries(bundleTables.map((t) => [t, emptyChanges()])) as BundleChanges;
  const removedParents: Record<ParentTable, string[]> = { activities: [], trainings: [], documents: [] };
  /** Documents whose stored version is newer: the rows hanging from them stay as stored too. */
  const keptNewer = new Set<unknown>();
  if (db !== null) {
    for (const table of periodTables) {
      const kept = new Set<unknown>(records[table].map((r) => r.id));
      removedParents[table] = await removedInPeriod(db, table, bundle.manifest.period, kept);
    }
  }
  for (const table of bundleTables) {
    const spec = bundleTableSpecs[table];
    const target = changes[table];
    const given = records[table] as readonly Row[];
    let stored: Row[] = [];
    if (db !== null) {
      if (spec.parent) {
        const parents = [
          ...(records[spec.parent.table] as readonly Row[]).map((r) => r.id),
          ...removedParents[spec.parent.table],
        ];
        stored = await rowsWhere(db, table, spec.parent.column, parents);
      } else {
        const column = spec.key[0] ?? 'id';
        stored = await rowsWhere(
          db,
          table,
          column,
          given.map((r) => r[column]),
        );
        const removedIds = (removedParents as Partial<Record<BundleTable, string[]>>)[table] ?? [];
        stored.push(...(await rowsWhere(db, table, column, removedIds)));
      }
    }
    const storedByKey = new Map(stored.map((r) => [keyOf(spec, r), r]));
    const givenKeys = new Set<string>();
    for (const record of given) {
      const key = keyOf(spec, record);
      givenKeys.add(key);
      const before = storedByKey.get(key);
      const parentKept = spec.parent !== undefined && keptNewer.has(record[spec.parent.column]);
      const storedNewer =
        before !== undefined &&
        registryTables.has(table) &&
        String(before.updated_at) > String(record.updated_at);
      if (parentKept || storedNewer) {
        if (storedNewer && table === 'documents') keptNewer.add(record.id);
        target.counts.unchanged += 1;
      } else if (before === undefined) {
        target.write.push(record);
        target.counts.added += 1;
      } else if (sameRecord(record, before)) {
        target.counts.unchanged += 1;
      } else {
        target.write.push(record);
        target.counts.updated += 1;
      }
    }
    for (const [key, row] of storedByKey) {
      if (givenKeys.has(key)) continue;
      if (spec.parent !== undefined && keptNewer.has(row[spec.parent.column])) continue;
      target.remove.push(Object.fromEntries(spec.key.map((c) => [c, row[c]])));
      target.counts.removed += 1;
    }
  }
  return changes;
}

/** True when the bundle would change nothing in the store. */
export function changesNothing(changes: BundleChanges): boolean {
  return bundleTables.every((t) => changes[t].write.length === 0 && changes[t].remove.length === 0);
}

/** The counts alone, for the dry run. */
export function changeCounts(changes: BundleChanges): Record<BundleTable, TableCounts> {
  return Object.fromEntries(bundleTables.map((t) => [t, changes[t].counts])) as Record<
    BundleTable,
    TableCounts
  >;
}

/** The difference of a bundle identical to the one last applied: every record unchanged. */
export function unchangedChanges(bundle: VerifiedBundle): BundleChanges {
  return Object.fromEntries(
    bundleTables.map((t): [BundleTable, TableChanges] => [
      t,
      {
        write: [],
        remove: [],
        counts: { added: 0, updated: 0, unchanged: bundle.records[t].length, removed: 0 },
      },
    ]),
  ) as BundleChanges;
}
