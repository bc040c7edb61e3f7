/**
 * Kill -9 during an import (issue 10, item 9): a child process imports 100 bundles (50 communes ×
 * 2 months), each run a new version of every activity, and is killed with SIGKILL at a point
 * chosen by a seeded generator — inside a commune file's transaction or between that file's
 * commit and the main database's index. After each of 20 runs, every commune's month is fully
 * the old version or fully the new one (its summaries exact), and the main database's receipts,
 * reconciled, are exactly those the commune files hold.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { seededRandom } from '../../../test-support/crash-harness';
import { tempDir } from '../../../test-support/temp';
import { seededPublicKey, versionedBundle, receivingSetupFor } from '../../../test-support/received-bundles';
import { openDatabase } from '../db/database';
import { communeStorePath } from './commune-store';
import { reconcileReceipts } from './receipts';
import { setupReceivingUnit } from './receiving-unit';

const codes = Array.from({ length: 50 }, (_, i) => String(90_001 + i));
const periods = ['2026-03', '2026-04'];
const RUNS = 20;

interface Worker {
  child: ChildProcessWithoutNullStreams;
  /** The first line it printed ("stopped" or "done"). */
  said: Promise<string>;
  closed: Promise<number | null>;
}

/**
 * Starts a worker, which loads its modules and waits for `go` (the next run's worker is started
 * while the test reads the files of the current one, so its start-up is not waited for).
 */
function startWorker(db: string, version: number, stopAt: number, phase: string): Worker {
  const tsx = path.resolve('node_modules/tsx/dist/cli.mjs');
  const worker = path.resolve('test-support/receiving-import-worker.ts');
  const args = [tsx, worker, db, String(version), String(stopAt), phase, codes.join(','), periods.join(',')];
  const child = spawn(process.execPath, args, { stdio: ['pipe', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stderr.on('data', (c: Buffer) => (err += c.toString()));
  const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
  const said = new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString();
      if (out.includes('\n')) resolve(out.trim());
    });
    child.on('close', (code) => {
      if (!out.includes('\n')) reject(new Error(`worker ended (${String(code)}): ${err}`));
    });
  });
  // Not left unhandled while the worker waits for its turn.
  said.catch(() => undefined);
  return { child, said, closed };
}

/** Lets the worker import; kills it with SIGKILL when it says it stopped. Resolves to what it printed. */
async function runWorker(worker: Worker): Promise<string> {
  worker.child.stdin.end('go\n');
  const said = await worker.said;
  if (said === 'stopped') worker.child.kill('SIGKILL');
  await worker.closed;
  return said;
}

/** Reads a commune file as it is on disk (read-only); a file not made yet reads as empty. */
function readStore<T>(code: string, read: (s: StoreView) => T): T {
  const file = communeStorePath(dbFile, code);
  if (!fs.existsSync(file)) return read({ sqlite: null, receiptIds: [] });
  const sqlite = new BetterSqlite3(file, { readonly: true });
  try {
    const receiptIds = (sqlite.prepare('select id from bundle_receipts').all() as { id: string }[]).map(
      (r) => r.id,
    );
    return read({ sqlite, receiptIds });
  } finally {
    sqlite.close();
  }
}

interface StoreView {
  sqlite: BetterSqlite3.Database | null;
  receiptIds: string[];
}

/** The builder's bundles, each built once (the checks ask for the same ones run after run). */
const built = new Map<string, ReturnType<typeof versionedBundle>>();
function bundleOf(code: string, period: string, version: number) {
  const key = `${code} ${period} ${version}`;
  let bundle = built.get(key);
  if (bundle === undefined) {
    bundle = versionedBundle(code, period, version);
    built.set(key, bundle);
  }
  return bundle;
}

/** One month of a commune file: its live activities, receipts, and the summary against the activities. */
function monthState(view: StoreView, code: string, period: string) {
  const { sqlite } = view;
  if (sqlite === null) {
    const zero = { p: 0, n: 0 };
    return { n: 0, people: 0, receipts: [] as string[], allLive: zero, summary: zero };
  }
  const bundle = bundleOf(code, period, 0);
  const { from, to } = bundle.manifest.period;
  const live = sqlite
    .prepare(
      'select count(*) as n, sum(people_reached) as p from activities where deleted_at is null and date between ? and ?',
    )
    .get(from, to) as { n: number; p: number | null };
  const receipts = (
    sqlite
      .prepare('select id, bundle_sha256 from bundle_receipts where period_code = ? order by id')
      .all(period) as {
      id: string;
      bundle_sha256: string;
    }[]
  ).map((r) => r.bundle_sha256);
  const allLive = sqlite
    .prepare(
      'select coalesce(sum(people_reached), 0) as p, count(*) as n from activities where deleted_at is null',
    )
    .get() as { p: number; n: number };
  const summary = sqlite
    .prepare(
      'select coalesce(sum(people), 0) as p, coalesce(sum(activities), 0) as n from activity_kind_totals',
    )
    .get() as { p: number; n: number };
  return { n: live.n, people: live.p ?? 0, receipts, allLive, summary };
}

function peopleOf(version: number, code: string, period: string): number {
  return bundleOf(code, period, version).records.activities.reduce((s, a) => s + (a.people_reached ?? 0), 0);
}

let dir: string;
let dbFile: string;

beforeAll(async () => {
  dir = tempDir('to-cnscd-recv-crash-');
  dbFile = path.join(dir, 'so.sqlite3');
  const opened = await openDatabase(dbFile);
  await setupReceivingUnit(opened.db, receivingSetupFor(codes));
  await opened.close();
  expect(seededPublicKey(codes[0] ?? '').publicKey).toMatch(/^[A-Za-z0-9+/]{43}=$/u);
});

describe('kill -9 during an import of 100 bundles, 20 runs', () => {
  it('leaves every commune’s month fully old or fully new, and the receipts index reconciled', async () => {
    const random = seededRandom(20_261_201);
    // What each commune's month holds: the version last applied (none yet: null).
    const state = new Map<string, number | null>(
      codes.flatMap((c) => periods.map((p) => [`${c} ${p}`, null] as const)),
    );
    const total = codes.length * periods.length;
    let killed = 0;
    const outcomes = { becameNew: 0, keptOld: 0, neverApplied: 0 };
    const start = (version: number) => {
      const stopAt = 1 + Math.floor(random() * total);
      return startWorker(dbFile, version, stopAt, random() < 0.5 ? 'inside' : 'between');
    };
    let next = start(1);
    for (let version = 1; version <= RUNS; version += 1) {
      const current = next;
      const said = await runWorker(current);
      if (version < RUNS) next = start(version + 1);
      if (said === 'stopped') killed += 1;
      else expect(said).toBe('done');

      // Each commune file opened once: its months, and its receipts for the index below.
      const inFiles: string[] = [];
      for (const code of codes) {
        const months = readStore(code, (view) => {
          inFiles.push(...view.receiptIds);
          return periods.map((period) => monthState(view, code, period));
        });
        for (const [p, period] of periods.entries()) {
          const key = `${code} ${period}`;
          const before = state.get(key) ?? null;
          const got = months[p]!;
          const newPeople = peopleOf(version, code, period);
          const oldPeople = before === null ? null : peopleOf(before, code, period);
          if (got.people === newPeople && got.n > 0) {
            state.set(key, version);
            outcomes.becameNew += 1;
            expect(got.receipts.at(-1)).toBe(bundleOf(code, period, version).sha256);
          } else if (before === null) {
            // Never applied: nothing of it, not a row, not a receipt.
            outcomes.neverApplied += 1;
            expect(got.n).toBe(0);
            expect(got.receipts).toEqual([]);
          } else {
            expect(got.people).toBe(oldPeople);
            outcomes.keptOld += 1;
            expect(got.receipts.at(-1)).toBe(bundleOf(code, period, before).sha256);
          }
          // The summaries agree with the activities whatever the file holds.
          expect(got.summary).toEqual(got.allLive);
        }
      }

      // The index: reconciled from the commune files, it holds exactly their receipts.
      const main = await openDatabase(dbFile);
      let indexed: string[];
      try {
        await reconcileReceipts({ db: main.db, databasePath: dbFile });
        indexed = (await main.db.selectFrom('bundle_receipts').select('id').execute())
          .map((r) => r.id)
          .sort();
      } finally {
        await main.close();
      }
      expect(indexed).toEqual(inFiles.sort());
    }
    // Every bundle of a run changes its month, so every seeded point is reached: 20 kills.
    expect(killed).toBe(RUNS);
    // Both sides of every cut were seen: months that took the new version and months that kept the old.
    expect(outcomes.becameNew).toBeGreaterThan(0);
    expect(outcomes.keptOld).toBeGreaterThan(0);
  }, 240_000);
});
