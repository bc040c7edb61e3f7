/**
 * The receiving unit (issue 10).
 *
 * - `bundle.completeness_100x12`: `getCompleteness` for a year over 100 communes × 12 months of
 *   receipts (some replaced, some late, some missing); value = median ms per call; baseline = ONE
 *   hand-written SQL aggregate of the same receipts (first receipt and count per commune and
 *   month), measured in the same run; ratio = baseline ÷ value. Goal: value ≤ 20 ms.
 * - `bundle.apply_100`: a month at a receiving unit that has received from its 100 communes before
 *   (their files exist: February imported first, untimed): `planImport` + `applyImport` of March's
 *   100 verified bundles (1,000 activities each; reading the zips and checking the signatures are
 *   not part of it), then the same 100 again, which must write nothing; value = the first in ms,
 *   `reimportMs` the second;
 *   baseline = the same rows inserted with one prepared statement per table in one transaction per
 *   commune file, no diff, no summaries; ratio = baseline ÷ value. No goal of its own (the 5 s of
 *   the issue include verifying, measured at merge with the reader).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { bundleTables, type VerifiedBundle } from '../shared/contract/bundle-format';
import { openDatabase, type OpenedDatabase } from '../electron/backend/db/database';
import { getCompleteness } from '../electron/backend/receiving/completeness';
import { applyImport, planImport } from '../electron/backend/receiving/import-service';
import { setupReceivingUnit } from '../electron/backend/receiving/receiving-unit';
import { communeStorePath } from '../electron/backend/receiving/commune-store';
import { buildBundle, communeKey, receivingSetupFor } from '../test-support/received-bundles';
import { elapsedSince } from './activity-data';
import { freshDir, median, removeDir, round, type Benchmark, type BenchResult } from './lib';

const YEAR = 2026;

function communeCodes(count: number): string[] {
  return Array.from({ length: count }, (_, i) => String(90_001 + i));
}

async function receivingUnit(dir: string, codes: readonly string[]): Promise<OpenedDatabase> {
  const opened = await openDatabase(path.join(dir, 'so.sqlite3'));
  await setupReceivingUnit(opened.db, receivingSetupFor(codes));
  return opened;
}

/** Receipts for every commune's months: most on time, some late, some replaced, some missing. */
async function fillReceipts(opened: OpenedDatabase, codes: readonly string[]): Promise<number> {
  const rows = [];
  for (const [c, code] of codes.entries()) {
    for (let month = 1; month <= 12; month += 1) {
      if ((c + month) % 11 === 0) continue;
      const next = month === 12 ? `${YEAR + 1}-01` : `${YEAR}-${String(month + 1).padStart(2, '0')}`;
      const day = (c + month) % 7 === 0 ? 20 : 10;
      const times = (c + month) % 5 === 0 ? 2 : 1;
      for (let t = 0; t < times; t += 1) {
        rows.push({
          id: crypto.randomUUID(),
          commune_code: code,
          period_code: `${YEAR}-${String(month).padStart(2, '0')}`,
          period_from: `${YEAR}-01-15`,
          period_to: `${YEAR}-02-14`,
          status: t === 0 ? ('added' as const) : ('replaced' as const),
          file_name: `TCNSCD_${code}.zip`,
          bundle_sha256: 'a'.repeat(64),
          public_key: 'k',
          fingerprint: 'F',
          created_at: `${next}-${day + t}T03:00:00.000Z`,
          received_at: `${next}-${day + t}T03:00:00.000Z`,
          counts: '{}',
        });
      }
    }
  }
  for (let i = 0; i < rows.length; i += 500) {
    await opened.db
      .insertInto('bundle_receipts')
      .values(rows.slice(i, i + 500))
      .execute();
  }
  opened.sqlite.pragma('optimize');
  return rows.length;
}

function handAggregate(sqlite: BetterSqlite3.Database): unknown[] {
  return sqlite
    .prepare(
      `select commune_code, period_code, min(received_at), count(*) from bundle_receipts
        where period_code between ? and ? group by commune_code, period_code`,
    )
    .all(`${YEAR}-01`, `${YEAR}-12`);
}

export const completenessBenchmark: Benchmark = {
  name: 'bundle.completeness_100x12',
  description: 'Bảng theo dõi nhận báo cáo: 100 xã × 12 tháng',
  async run({ runs, log }): Promise<BenchResult> {
    const dir = freshDir();
    const codes = communeCodes(100);
    const opened = await receivingUnit(dir, codes);
    try {
      const receipts = await fillReceipts(opened, codes);
      const call = () => getCompleteness(opened.db, YEAR, `${YEAR + 1}-03-01`);
      const first = await call();
      const cells = first.rows.reduce((s, r) => s + r.received, 0);
      if (cells !== (handAggregate(opened.sqlite) as unknown[]).length) {
        throw new Error(`completeness counts ${cells} months received, the aggregate another number`);
      }
      const repeats = Math.max(20, runs * 10);
      const mine: number[] = [];
      const theirs: number[] = [];
      for (let i = 0; i < repeats; i += 1) {
        let start = process.hrtime.bigint();
        await call();
        mine.push(elapsedSince(start));
        start = process.hrtime.bigint();
        handAggregate(opened.sqlite);
        theirs.push(elapsedSince(start));
      }
      const value = median(mine);
      const baseline = median(theirs);
      log(`bundle.completeness_100x12: ${round(value, 2)} ms (câu SQL viết tay: ${round(baseline, 2)} ms)`);
      return {
        name: 'bundle.completeness_100x12',
        value: round(value),
        unit: 'ms/query',
        baseline: round(baseline),
        ratio: round(baseline / value),
        ratioMeaning:
          'baseline ms ÷ value ms: one hand-written SQL aggregate of the receipts over the whole matrix',
        goal: 20,
        goalMeaning: 'value (median ms per completeness call) ≤ goal',
        pass: value <= 20,
        communes: codes.length,
        receipts,
        monthsReceived: cells,
        runs: repeats,
      };
    } finally {
      await opened.close();
      removeDir(dir);
    }
  },
};

/** The reference: the bundles' rows inserted as they are, one transaction per commune file. */
function plainInsert(dir: string, bundles: readonly VerifiedBundle[]): number {
  const start = process.hrtime.bigint();
  for (const bundle of bundles) {
    const sqlite = new BetterSqlite3(path.join(dir, `${bundle.manifest.commune.code}.sqlite3`));
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = FULL');
    for (const table of bundleTables) {
      const first = bundle.records[table][0];
      const columns = Object.keys(first ?? { x: 0 });
      sqlite.exec(`create table if not exists ${table} (${columns.join(', ')})`);
    }
    sqlite.transaction(() => {
      for (const table of bundleTables) {
        const rows = bundle.records[table] as readonly Record<string, unknown>[];
        const first = rows[0];
        if (first === undefined) continue;
        const columns = Object.keys(first);
        const insert = sqlite.prepare(
          `insert into ${table} (${columns.join(', ')}) values (${columns.map(() => '?').join(', ')})`,
        );
        for (const row of rows) insert.run(...columns.map((c) => row[c]));
      }
    })();
    sqlite.close();
  }
  return elapsedSince(start);
}

export const applyBundlesBenchmark: Benchmark = {
  name: 'bundle.apply_100',
  description: 'Nhập 100 gói tháng (100 xã × 1.000 hoạt động), rồi nhập lại cùng 100 gói',
  async run({ scale, log }): Promise<BenchResult> {
    const dir = freshDir();
    const codes = communeCodes(100);
    const activities = Math.max(10, Math.round(1_000 * scale));
    const opened = await receivingUnit(dir, codes);
    try {
      log(`bundle.apply_100: dựng 100 gói × ${activities} hoạt động…`);
      const keys = codes.map(() => communeKey());
      const month = (period: string) =>
        codes.map((code, i) =>
          buildBundle({ communeCode: code, period, key: keys[i] ?? communeKey(), activities }),
        );
      const ctx = { db: opened.db, databasePath: opened.file };
      const february = month(`${YEAR}-02`).map((bundle) => ({ ok: true as const, bundle }));
      await applyImport(ctx, await planImport(ctx, february));
      const bundles = month(`${YEAR}-03`);
      const checks = bundles.map((bundle) => ({ ok: true as const, bundle }));
      let start = process.hrtime.bigint();
      const results = await applyImport(ctx, await planImport(ctx, checks));
      const value = elapsedSince(start);
      if (results.some((r) => r.status !== 'added')) throw new Error('a bundle was not added');
      start = process.hrtime.bigint();
      const again = await applyImport(ctx, await planImport(ctx, checks));
      const reimportMs = elapsedSince(start);
      if (again.some((r) => r.status !== 'unchanged')) throw new Error('re-import changed something');
      const plainDir = path.join(dir, 'plain');
      fs.mkdirSync(plainDir);
      const baseline = plainInsert(plainDir, bundles);
      log(
        `bundle.apply_100: ${round(value, 0)} ms, nhập lại ${round(reimportMs, 0)} ms ` +
          `(chèn thẳng không đối chiếu: ${round(baseline, 0)} ms); tệp xã: ${communeStorePath(opened.file, codes[0] ?? '')}`,
      );
      return {
        name: 'bundle.apply_100',
        value: round(value, 1),
        unit: 'ms',
        baseline: round(baseline, 1),
        ratio: round(baseline / value),
        ratioMeaning:
          'baseline ms ÷ value ms: plain inserts of the same rows, no diff, no summaries, no receipts',
        goal: null,
        goalMeaning:
          'none here: the issue’s 5 s include reading and verifying the zips (measured with the reader)',
        pass: true,
        reimportMs: round(reimportMs, 1),
        bundles: bundles.length,
        activitiesPerBundle: activities,
      };
    } finally {
      await opened.close();
      removeDir(dir);
    }
  },
};
