/**
 * Bulk insert of 100,000 village-like rows: the backend's own bulk path against a raw
 * better-sqlite3 prepared statement run once per row in one transaction. Each run writes into a
 * fresh database opened by `openDatabase` (same schema, same pragmas: WAL, synchronous=FULL).
 *
 * - `villages.bulk_insert_100k`: the SQL path alone. Both sides get the same prepared rows;
 *   the backend writes them with `insertVillageRows` (its transaction + `insertInChunks`).
 * - `villages.insert_villages_100k`: end to end. The backend runs `insertVillages` (derives
 *   UUIDv7 ids and search keys, then the bulk path); the raw side derives the same columns
 *   with the same functions inside its loop.
 */
import path from 'node:path';
import type { Insertable } from 'kysely';
import { nowIso } from '../electron/backend/clock';
import { openDatabase, type OpenedDatabase } from '../electron/backend/db/database';
import type { VillagesTable } from '../electron/backend/db/schema';
import { newId } from '../electron/backend/ids';
import {
  insertVillageRows,
  insertVillages,
  villageRows,
  type VillageData,
} from '../electron/backend/villages/village-service';
import { foldVi } from '../shared/vi/text';
import { compareThroughput, freshDir, removeDir, type Benchmark } from './lib';

const GOAL = 0.8;
const ROWS = 100_000;

const INSERT_SQL =
  'insert into villages (id, name, name_key, kind, households, created_at, updated_at, deleted_at) ' +
  'values (?, ?, ?, ?, ?, ?, ?, ?)';

export function villageItems(count: number): VillageData[] {
  const items: VillageData[] = [];
  for (let i = 1; i <= count; i += 1) {
    const urban = i % 5 === 0;
    items.push({
      name: urban ? `Tổ dân phố Đông Sơn ${i}` : `Thôn Tịnh Hòa ${i}`,
      kind: urban ? 'to_dan_pho' : 'thon',
      households: 100 + (i % 900),
    });
  }
  return items;
}

/** Opens a fresh database, times `work` (which returns its own milliseconds), checks the count. */
async function onFreshDatabase(expected: number, work: (opened: OpenedDatabase) => Promise<number>) {
  const dir = freshDir();
  const opened = await openDatabase(path.join(dir, 'bench.sqlite3'));
  try {
    const ms = await work(opened);
    const { n } = opened.sqlite.prepare('select count(*) as n from villages').get() as { n: number };
    if (n !== expected) throw new Error(`expected ${expected} rows, found ${n}`);
    return ms;
  } finally {
    await opened.close();
    removeDir(dir);
  }
}

function elapsedSince(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function rawInsert(opened: OpenedDatabase, rows: readonly Insertable<VillagesTable>[]): number {
  const insert = opened.sqlite.prepare(INSERT_SQL);
  const start = process.hrtime.bigint();
  opened.sqlite.transaction(() => {
    for (const r of rows) {
      insert.run(r.id, r.name, r.name_key, r.kind, r.households, r.created_at, r.updated_at, r.deleted_at);
    }
  })();
  return elapsedSince(start);
}

function rawDeriveAndInsert(opened: OpenedDatabase, items: readonly VillageData[]): number {
  const insert = opened.sqlite.prepare(INSERT_SQL);
  const start = process.hrtime.bigint();
  opened.sqlite.transaction(() => {
    const now = nowIso();
    for (const v of items) insert.run(newId(), v.name, foldVi(v.name), v.kind, v.households, now, now, null);
  })();
  return elapsedSince(start);
}

export const bulkInsertBenchmark: Benchmark = {
  name: 'villages.bulk_insert_100k',
  description: 'insertVillageRows (transaction + insertInChunks) vs raw prepared statement, same rows',
  async run(options) {
    const count = Math.max(1, Math.round(ROWS * options.scale));
    const rows = villageRows(villageItems(count));
    return compareThroughput(
      {
        name: this.name,
        items: count,
        unit: 'rows/s',
        goal: GOAL,
        subject: () =>
          onFreshDatabase(count, async (opened) => {
            const start = process.hrtime.bigint();
            await insertVillageRows(opened.db, rows);
            return elapsedSince(start);
          }),
        reference: () => onFreshDatabase(count, async (opened) => rawInsert(opened, rows)),
      },
      options,
    );
  },
};

export const insertVillagesBenchmark: Benchmark = {
  name: 'villages.insert_villages_100k',
  description: 'insertVillages end to end (ids, search keys, bulk path) vs raw with the same derivation',
  async run(options) {
    const count = Math.max(1, Math.round(ROWS * options.scale));
    const items = villageItems(count);
    return compareThroughput(
      {
        name: this.name,
        items: count,
        unit: 'rows/s',
        goal: GOAL,
        subject: () =>
          onFreshDatabase(count, async (opened) => {
            const start = process.hrtime.bigint();
            await insertVillages(opened.db, items);
            return elapsedSince(start);
          }),
        reference: () => onFreshDatabase(count, async (opened) => rawDeriveAndInsert(opened, items)),
      },
      options,
    );
  },
};
