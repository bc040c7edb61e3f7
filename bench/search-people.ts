/**
 * `people.search_10k`: the backend's people search (`listPeople` with `search`: one LIKE per
 * token over the stored folded key `search_text`, then the village join, mapping and Vietnamese
 * sort) on a fresh database of 10,000 people written through the bulk path, against the naive
 * scan of the same rows in the same run: every row loaded into JS once, then per query each
 * row's name + phone + position folded with `foldVi` and filtered. Both must find the same people.
 *
 * value = median ms per query (all queries, all runs); baseline = the same for the scan;
 * ratio = baseline ÷ value (above 1: the backend search is faster). Goal: value ≤ 20 ms.
 */
import path from 'node:path';
import type { Kysely } from 'kysely';
import { inferTags } from '../shared/domain/tag-infer';
import { foldVi } from '../shared/vi/text';
import { nowIso } from '../electron/backend/clock';
import { insertInChunks } from '../electron/backend/db/bulk';
import { openDatabase } from '../electron/backend/db/database';
import type { Database } from '../electron/backend/db/schema';
import { inTransaction } from '../electron/backend/db/transaction';
import { newId } from '../electron/backend/ids';
import { listPeople, personColumns } from '../electron/backend/people/people-service';
import { insertVillages, listVillages } from '../electron/backend/villages/village-service';
import { freshDir, median, removeDir, round, type Benchmark } from './lib';
import { benchPeople, benchVillages, type BenchPerson } from './people-data';

const GOAL_MS = 20;
const PEOPLE = 10_000;
export const searchQueries = ['nguyen thi hue', 'dang', '0912', 'tin hoc', 'tran van'] as const;

/** The bulk path the demo and the import use: one transaction, multi-row inserts in chunks. */
export async function insertBenchPeople(db: Kysely<Database>, people: readonly BenchPerson[]): Promise<void> {
  await insertVillages(
    db,
    benchVillages.map((name, i) => ({
      name,
      kind: name.startsWith('Tổ dân phố') ? ('to_dan_pho' as const) : ('thon' as const),
      households: 250 + i * 37,
    })),
  );
  const villageIds = new Map((await listVillages(db)).map((v) => [v.name, v.id]));
  const now = nowIso();
  const rows = people.map((p) => ({
    id: newId(),
    ...personColumns({
      fullName: p.fullName,
      gender: p.gender,
      birthYear: p.birthYear,
      phone: p.phone,
      position: p.position,
      villageId: villageIds.get(p.villageName) ?? null,
      tags: inferTags(p.position),
      notes: null,
    }),
    archived_at: null,
    created_at: now,
    updated_at: now,
    deleted_at: null,
  }));
  await inTransaction(db, (trx) => insertInChunks(trx, 'people', rows));
}

interface ScanRow {
  full_name: string;
  phone: string | null;
  position: string | null;
}

/** The naive scan: fold every row's texts for every query. */
function scan(rows: readonly ScanRow[], query: string): ScanRow[] {
  const tokens = foldVi(query).split(' ').filter(Boolean);
  return rows.filter((r) => {
    const haystack = foldVi(`${r.full_name} ${r.phone ?? ''} ${r.position ?? ''}`);
    return tokens.every((t) => haystack.includes(t));
  });
}

function elapsedSince(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

export const searchPeopleBenchmark: Benchmark = {
  name: 'people.search_10k',
  description: 'listPeople({search}) over the stored search key vs a naive foldVi scan, 10,000 people',
  async run({ runs, scale, log }) {
    const count = Math.max(1, Math.round(PEOPLE * scale));
    const repeats = Math.max(5, runs * 3);
    const dir = freshDir();
    const opened = await openDatabase(path.join(dir, 'bench.sqlite3'));
    try {
      log(`${this.name}: ghi ${count} người…`);
      await insertBenchPeople(opened.db, benchPeople(count));
      const rows = opened.sqlite
        .prepare(
          'select full_name, phone, position from people where deleted_at is null and archived_at is null',
        )
        .all() as ScanRow[];

      const subjectMs: number[] = [];
      const referenceMs: number[] = [];
      const perQuery: Record<string, { ms: number; scanMs: number; matches: number }> = {};
      for (const query of searchQueries) {
        // Warm-up, and both paths must agree on what they find.
        const found = await listPeople(opened.db, { search: query });
        const scanned = scan(rows, query);
        if (found.length !== scanned.length) {
          throw new Error(`"${query}": listPeople found ${found.length}, the scan ${scanned.length}`);
        }
        const mine: number[] = [];
        const theirs: number[] = [];
        for (let i = 0; i < repeats; i += 1) {
          // Alternate which side goes first.
          const order = i % 2 === 0 ? ['scan', 'search'] : ['search', 'scan'];
          for (const side of order) {
            const start = process.hrtime.bigint();
            if (side === 'search') {
              await listPeople(opened.db, { search: query });
              mine.push(elapsedSince(start));
            } else {
              scan(rows, query);
              theirs.push(elapsedSince(start));
            }
          }
        }
        subjectMs.push(...mine);
        referenceMs.push(...theirs);
        perQuery[query] = { ms: round(median(mine)), scanMs: round(median(theirs)), matches: found.length };
        log(
          `${this.name}: «${query}»: ${found.length} người, ${round(median(mine), 2)} ms, quét ${round(median(theirs), 2)} ms`,
        );
      }
      const value = median(subjectMs);
      const baseline = median(referenceMs);
      return {
        name: this.name,
        value: round(value),
        unit: 'ms/query',
        baseline: round(baseline),
        ratio: round(baseline / value),
        ratioMeaning:
          'baseline ms ÷ value ms: above 1 means the backend search is faster than the naive scan',
        goal: GOAL_MS,
        goalMeaning: 'value (median ms per query) ≤ goal',
        pass: value <= GOAL_MS,
        items: count,
        runs: repeats,
        worstQueryMs: round(Math.max(...Object.values(perQuery).map((q) => q.ms))),
        perQuery,
      };
    } finally {
      await opened.close();
      removeDir(dir);
    }
  },
};
