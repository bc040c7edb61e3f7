/**
 * `npm run bench [-- options]`: runs every benchmark and prints one JSON line per benchmark on
 * stdout ({name, value, unit, baseline, ratio, goal, pass, …}); progress goes to stderr. The
 * results are also written to bench/results/latest.json (not committed).
 *
 * Options: --runs N (measured runs per side, default 5), --scale X (size factor, default 1),
 * --only NAME (repeatable), --check (exit 1 when a goal is missed), --no-save.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { decision30Benchmark, villageDecisionsBenchmark } from './documents';
import { importPeopleBenchmark } from './import-people';
import { bulkInsertBenchmark, insertVillagesBenchmark } from './insert-villages';
import type { BenchResult, Benchmark } from './lib';
import { searchPeopleBenchmark } from './search-people';
import {
  insertActivitiesBenchmark,
  listFilterBenchmark,
  progress10kBenchmark,
  progress1mBenchmark,
} from './monthly';
import {
  reportDocxBenchmark,
  reportMonth10kBenchmark,
  reportMonth1mBenchmark,
  reportYear1mBenchmark,
} from './report';
import { bundleExportBenchmark } from './bundle-export';
import {
  applyBundlesBenchmark,
  completenessBenchmark,
  reimportBenchmark,
  verifyImportBenchmark,
} from './bundle-import';
import { backupBenchmark } from './backup';
import { auditCostBenchmark } from './audit';
import { workerTransportBenchmark } from './worker-transport';

export const benchmarks: readonly Benchmark[] = [
  bulkInsertBenchmark,
  insertVillagesBenchmark,
  searchPeopleBenchmark,
  importPeopleBenchmark,
  decision30Benchmark,
  villageDecisionsBenchmark,
  insertActivitiesBenchmark,
  progress10kBenchmark,
  progress1mBenchmark,
  listFilterBenchmark,
  reportMonth10kBenchmark,
  reportMonth1mBenchmark,
  reportYear1mBenchmark,
  reportDocxBenchmark,
  bundleExportBenchmark,
  completenessBenchmark,
  applyBundlesBenchmark,
  verifyImportBenchmark,
  reimportBenchmark,
  backupBenchmark,
  auditCostBenchmark,
  workerTransportBenchmark,
];

const RESULTS_FILE = path.join(__dirname, 'results', 'latest.json');

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: process.argv.slice(2),
      strict: true,
      options: {
        runs: { type: 'string' },
        scale: { type: 'string' },
        only: { type: 'string', multiple: true },
        check: { type: 'boolean' },
        'no-save': { type: 'boolean' },
      },
    }));
  } catch (error) {
    fail(`Tham số không hợp lệ: ${error instanceof Error ? error.message : String(error)}`);
  }
  const runs = Number(values.runs ?? 5);
  const scale = Number(values.scale ?? 1);
  if (!Number.isInteger(runs) || runs < 1) fail('--runs phải là số nguyên dương.');
  if (!(scale > 0)) fail('--scale phải là số dương.');
  const only = values.only ?? [];
  const unknown = only.filter((name) => !benchmarks.some((b) => b.name === name));
  if (unknown.length > 0) {
    fail(`Không có benchmark ${unknown.join(', ')}. Có: ${benchmarks.map((b) => b.name).join(', ')}.`);
  }
  const selected = only.length === 0 ? benchmarks : benchmarks.filter((b) => only.includes(b.name));
  const log = (message: string) => process.stderr.write(`${message}\n`);

  const results: (BenchResult | { name: string; error: string; pass: false })[] = [];
  for (const benchmark of selected) {
    let result: (typeof results)[number];
    try {
      result = await benchmark.run({ runs, scale, log });
    } catch (error) {
      log(
        `${benchmark.name}: lỗi: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
      result = {
        name: benchmark.name,
        error: error instanceof Error ? error.message : String(error),
        pass: false,
      };
    }
    results.push(result);
    process.stdout.write(`${JSON.stringify(result)}\n`);
  }

  if (!values['no-save']) {
    fs.mkdirSync(path.dirname(RESULTS_FILE), { recursive: true });
    const report = {
      date: new Date().toISOString(),
      node: process.version,
      platform: `${process.platform}-${process.arch}`,
      cpus: os.cpus().length,
      runs,
      scale,
      results,
    };
    fs.writeFileSync(RESULTS_FILE, `${JSON.stringify(report, null, 2)}\n`);
    log(`Đã ghi ${path.relative(process.cwd(), RESULTS_FILE)}`);
  }
  const errored = results.some((r) => 'error' in r);
  const missed = results.some((r) => !r.pass);
  return errored || (values.check === true && missed) ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
