/**
 * The crash harness (issue 11, item 6): a piece of work run in a child process killed with
 * SIGKILL at a seeded moment, again and again, and what it leaves checked after every run.
 *
 * The child is test-support/crash-worker.ts bundled once by esbuild into a plain-node script
 * (a tsx start would cost a second a run). Run 0 is not killed: it measures how long the work
 * takes and gives what a completed run leaves. Each next run is killed after a delay drawn from a
 * seeded sequence over 0..1.3× that time (the median of the runs that finished): most kills land
 * inside the work, some after it ended — the state must be right either way, so the verdict never
 * depends on where the kill landed.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { build } from 'esbuild';
import { tempDir } from './temp';

/** A small deterministic generator (mulberry32): "random" yet reproducible. */
export function seededRandom(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Starts the bundle through V8's code cache (Node 20 has no NODE_COMPILE_CACHE): the first run
 * that ends cleanly saves what it compiled, the next ones start a third faster.
 */
const LOADER = `
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const Module = require('node:module');
const file = path.join(__dirname, 'crash-worker.cjs');
const cacheFile = file + '.v8cache';
const cachedData = fs.existsSync(cacheFile) ? fs.readFileSync(cacheFile) : undefined;
const script = new vm.Script(Module.wrap(fs.readFileSync(file, 'utf8')), { filename: file, cachedData });
if (cachedData === undefined || script.cachedDataRejected) {
  process.on('exit', () => fs.writeFileSync(cacheFile, script.createCachedData()));
}
const mod = { exports: {} };
script.runInThisContext().call(mod.exports, mod.exports, Module.createRequire(file), mod, file, __dirname);
`;

let built: Promise<string> | null = null;

/**
 * The worker as one CommonJS script (native better-sqlite3 left to node's resolution), and the
 * loader that starts it; resolves to the loader.
 */
export function crashWorker(): Promise<string> {
  built ??= (async () => {
    const folder = tempDir('to-cnscd-crash-worker-');
    const outfile = path.join(folder, 'crash-worker.cjs');
    await build({
      entryPoints: [path.resolve(__dirname, 'crash-worker.ts')],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      external: ['better-sqlite3', 'electron'],
      logLevel: 'silent',
    });
    const loader = path.join(folder, 'load.cjs');
    fs.writeFileSync(loader, LOADER);
    return loader;
  })();
  return built;
}

export interface WorkerRun {
  /** The child said `done` before it was killed (or ended by itself). */
  completed: boolean;
  /** Milliseconds from `ready` to `done` (null: killed before). */
  workMs: number | null;
  /** The child's process id (in the names of the temporaries it wrote). */
  pid: number;
  stderr: string;
}

/**
 * Runs the worker with `args`; `killAfterMs` after it says `ready` it is killed with SIGKILL
 * (null: let it finish, which it must do cleanly).
 */
export async function runWorker(args: readonly string[], killAfterMs: number | null): Promise<WorkerRun> {
  const script = await crashWorker();
  const child = spawn(process.execPath, [script, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NODE_PATH: path.resolve(__dirname, '..', 'node_modules') },
  });
  let out = '';
  let stderr = '';
  let readyAt = 0;
  let doneAt: number | null = null;
  let timer: NodeJS.Timeout | undefined;
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  child.stdout.on('data', (c: Buffer) => {
    const wasReady = out.includes('ready\n');
    out += c.toString();
    if (doneAt === null && out.includes('done\n')) doneAt = performance.now();
    if (!wasReady && out.includes('ready\n')) {
      readyAt = performance.now();
      if (killAfterMs !== null) timer = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    }
  });
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) =>
    child.on('close', (c, s) => resolve([c, s])),
  );
  clearTimeout(timer);
  const completed = doneAt !== null;
  if (signal === null && code !== 0) throw new Error(`the worker failed (${String(code)}): ${stderr}`);
  if (killAfterMs === null && !completed) throw new Error(`the worker did not finish: ${stderr}`);
  return { completed, workMs: doneAt === null ? null : doneAt - readyAt, pid: child.pid ?? -1, stderr };
}

export interface CrashScenario {
  /** How many killed runs (after the uncut run 0). */
  runs: number;
  seed: number;
  /** Prepares run `run` (files, state to compare with) and returns the worker's arguments. */
  prepare(run: number): string[] | Promise<string[]>;
  /**
   * Checks what run `run` left; `completed`: the worker said it was done before the kill; `pid`:
   * the killed process's id.
   */
  verify(run: number, completed: boolean, pid: number): void | Promise<void>;
}

export interface CrashReport {
  /** Killed runs where the work had not said `done`. */
  killedInside: number;
  /** Killed runs that landed after the work ended. */
  killedAfter: number;
  /** How long the work took (the median of the runs that finished), ms. */
  workMs: number;
  totalMs: number;
}

/** Run 0 uncut, then `runs` runs killed at seeded moments; `verify` after every one. */
export async function crashRuns(scenario: CrashScenario): Promise<CrashReport> {
  const started = performance.now();
  const random = seededRandom(scenario.seed);
  const first = await runWorker(await scenario.prepare(0), null);
  await scenario.verify(0, true, first.pid);
  // How long the work takes: the median of the runs that finished (the uncut one is often the
  // slowest, a cold start), so the kills keep landing across the work on any machine.
  const finished = [first.workMs ?? 0];
  const median = () => [...finished].sort((a, b) => a - b)[Math.floor((finished.length - 1) / 2)] ?? 0;
  let killedInside = 0;
  for (let run = 1; run <= scenario.runs; run += 1) {
    const delay = Math.floor(random() * 1.3 * median());
    const result = await runWorker(await scenario.prepare(run), delay);
    if (!result.completed) killedInside += 1;
    if (result.workMs !== null) finished.push(result.workMs);
    await scenario.verify(run, result.completed, result.pid);
  }
  // Every run finished before its kill: the verdicts held, but nothing was cut, nothing tested.
  if (killedInside === 0) throw new Error('no kill landed inside the work: the harness tested nothing');
  return {
    killedInside,
    killedAfter: scenario.runs - killedInside,
    workMs: Math.round(median()),
    totalMs: Math.round(performance.now() - started),
  };
}

/** integrity_check of a database file as the next start finds it (its -wal replayed). */
export function integrity(file: string): string {
  const sqlite = new BetterSqlite3(file, { fileMustExist: true });
  try {
    return String(sqlite.pragma('integrity_check', { simple: true }));
  } finally {
    sqlite.close();
  }
}

/** Runs `read` on the database file (its -wal replayed), then closes it. */
export function readDatabase<T>(file: string, read: (sqlite: BetterSqlite3.Database) => T): T {
  const sqlite = new BetterSqlite3(file, { fileMustExist: true });
  try {
    return read(sqlite);
  } finally {
    sqlite.close();
  }
}

/**
 * The audit log's rows (migration 11, built separately): null while the database has no
 * `audit_log` table, so the audit checks run as soon as it exists.
 */
export function auditCount(sqlite: BetterSqlite3.Database): number | null {
  const exists = sqlite
    .prepare("select 1 from sqlite_master where type = 'table' and name = 'audit_log'")
    .get();
  if (exists === undefined) return null;
  return sqlite.prepare('select count(*) from audit_log').pluck().get() as number;
}

/** The files of a folder whose names say they are temporaries (left by a killed write). */
export function temporaries(folder: string): string[] {
  if (!fs.existsSync(folder)) return [];
  return fs.readdirSync(folder).filter((n) => /\.tmp(-wal|-shm|-journal)?$/u.test(n));
}
