/** Test helpers for the CLI: runCli in-process on a real SQLite file in a temporary folder. */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import type { Envelope } from '../shared/contract/errors';
import { createBackend } from '../electron/backend/backend';
import { RecordingHost, tempDir } from './temp';
import { runCli, type CliDeps } from '../electron/cli/run';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliHarness {
  /** The temporary working folder (relative paths resolve against it). */
  dir: string;
  /** The database every call uses (`--db`). */
  db: string;
  /** Where the CLI puts the database when no `--db` is given. */
  defaultDb: string;
  /** Runs a command line as typed (no --db added). */
  raw(args: readonly string[], deps?: CliDeps): Promise<CliResult>;
  /** Runs with `--db <db>`. */
  cli(args: readonly string[]): Promise<CliResult>;
  /** Runs with `--db <db> … --json`; expects exit 0, nothing on stderr; returns the parsed stdout. */
  json(args: readonly string[]): Promise<unknown>;
  /** The record counts of `info --json`. */
  counts(): Promise<Record<string, number>>;
  /** Calls one contract operation on the database directly (to set up what the CLI cannot). */
  dispatch<T>(name: string, input?: unknown): Promise<T>;
}

export function cliHarness(prefix = 'to-cnscd-cli-'): CliHarness {
  const dir = tempDir(prefix);
  const db = path.join(dir, 'data.sqlite3');
  const defaultDb = path.join(dir, 'default', 'to-cnscd.sqlite3');

  const raw = async (args: readonly string[], deps: CliDeps = {}): Promise<CliResult> => {
    let stdout = '';
    let stderr = '';
    const code = await runCli(
      args,
      {
        stdout: { write: (s: string) => (stdout += s) },
        stderr: { write: (s: string) => (stderr += s) },
        cwd: dir,
      },
      { defaultDatabasePath: () => defaultDb, ...deps },
    );
    return { code, stdout, stderr };
  };
  const cli = (args: readonly string[]) => raw(['--db', db, ...args]);
  const json = async (args: readonly string[]): Promise<unknown> => {
    const result = await cli([...args, '--json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    return JSON.parse(result.stdout);
  };
  const counts = async () => ((await json(['info'])) as { counts: Record<string, number> }).counts;
  const dispatch = async <T>(name: string, input?: unknown): Promise<T> => {
    const backend = await createBackend({
      databasePath: db,
      host: new RecordingHost(dir),
      appVersion: 'test',
      log: () => undefined,
    });
    try {
      const result = (await backend.dispatch(name, input)) as Envelope<T>;
      if (!result.ok) throw new Error(`${name}: ${result.error.code} ${result.error.message}`);
      return result.value;
    } finally {
      await backend.close();
    }
  };
  return { dir, db, defaultDb, raw, cli, json, counts, dispatch };
}

/** The bytes of a file, as a hash (the database is closed between commands). */
export function fileHash(file: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

/** What a refusal must leave alone: the database's bytes, closed with its WAL checkpointed. */
export function closedDatabaseHash(file: string): string {
  expect(fs.existsSync(`${file}-wal`) ? fs.statSync(`${file}-wal`).size : 0).toBe(0);
  return fileHash(file);
}

export const initArgs = [
  'init',
  '--province-code',
  '51',
  '--commune-code',
  '21109',
  '--chairman',
  'Trần Văn Thành',
] as const;

/** `init --receiving-unit` of the Sở of Quảng Ngãi receiving from the communes given (`CODE` or `CODE=NAME`). */
export function receivingUnitArgs(communes: readonly string[]): string[] {
  return [
    'init',
    '--receiving-unit',
    '--name',
    'Sở Khoa học và Công nghệ tỉnh Quảng Ngãi',
    '--province-code',
    '51',
    ...communes.flatMap((c) => ['--commune-code', c]),
  ];
}

export const isoDate = /^\d{4}-\d{2}-\d{2}$/u;
export const uuid = /^[0-9a-f-]{36}$/u;
