/**
 * What the officer meets with the database itself — a path with a file in the way, a read-only
 * file or folder, another program holding the lock, a damaged file — reads as a Vietnamese message
 * with exit 1 (never a stack trace with exit 3), and the file is left as it was.
 */
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackend } from '../backend/backend';
import { corruptTable } from '../../test-support/damage';
import { makeReadOnly as makeReadOnlyFor } from '../../test-support/read-only';
import { RecordingHost, tempDir } from '../../test-support/temp';
import { runCli, type CliDeps } from './run';

const root = path.resolve(__dirname, '..', '..');

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

let dir: string;
let db: string;
const undo: (() => void)[] = [];

beforeEach(() => {
  dir = tempDir('to-cnscd-cli-dbfail-');
  db = path.join(dir, 'data.sqlite3');
});
afterEach(() => {
  for (const step of undo.splice(0).reverse()) step();
});

async function cli(args: readonly string[], deps: CliDeps = {}): Promise<Result> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(
    args,
    {
      stdout: { write: (s: string) => (stdout += s) },
      stderr: { write: (s: string) => (stderr += s) },
      cwd: dir,
    },
    { defaultDatabasePath: () => path.join(dir, 'default', 'to-cnscd.sqlite3'), ...deps },
  );
  return { code, stdout, stderr };
}

function sha256(file: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

/** A refusal a user can act on: exit 1, one Vietnamese message, no stack trace. */
function expectMessage(result: Result, ...parts: string[]): void {
  expect(result.code, result.stderr).toBe(1);
  expect(result.stdout).toBe('');
  for (const part of parts) expect(result.stderr).toContain(part);
  expect(result.stderr).not.toMatch(/\n\s+at /u);
  expect(result.stderr).not.toContain('Chi tiết kỹ thuật');
  expect(result.stderr).not.toContain('Lỗi nội bộ');
}

function makeReadOnly(target: string): void {
  undo.push(makeReadOnlyFor(target));
}

describe('CLI: a database that cannot be used is a message, not a crash', () => {
  it('--db under a path whose parent is a file (EEXIST / ENOTDIR)', async () => {
    fs.writeFileSync(path.join(dir, 'ghi-chu.txt'), 'không phải thư mục');
    const result = await cli(['--db', 'ghi-chu.txt/data.sqlite3', 'info']);
    expectMessage(result, 'ghi-chu.txt', 'có một phần là tệp chứ không phải thư mục', 'Hãy chọn');
    expect(fs.readFileSync(path.join(dir, 'ghi-chu.txt'), 'utf8')).toBe('không phải thư mục');
  });

  it('a read-only database file', async () => {
    expect((await cli(['--db', db, 'demo'])).code).toBe(0);
    const before = sha256(db);
    makeReadOnly(db);
    for (const args of [['info'], ['demo', '--force'], ['villages', 'list']]) {
      const result = await cli(['--db', db, ...args]);
      expectMessage(result, 'tệp chỉ cho phép đọc', 'Hãy cấp quyền ghi');
      expect(result.stderr).not.toContain('không phải cơ sở dữ liệu');
    }
    expect(sha256(db)).toBe(before);
    // The database and the commune's key `demo` made; nothing more.
    expect(fs.readdirSync(dir).sort()).toEqual(['data.sqlite3', 'keys']);
  });

  it('a read-only folder, with the database in it and for a new one', async () => {
    expect((await cli(['--db', db, 'demo'])).code).toBe(0);
    const before = sha256(db);
    makeReadOnly(dir);
    for (const file of [db, path.join(dir, 'moi.sqlite3')]) {
      const result = await cli(['--db', file, 'info']);
      expectMessage(result, 'thư mục chỉ cho phép đọc', 'Hãy cấp quyền ghi');
      expect(result.stderr).not.toContain('không phải cơ sở dữ liệu');
    }
    expect(sha256(db)).toBe(before);
    // The database and the commune's key `demo` made; nothing more.
    expect(fs.readdirSync(dir).sort()).toEqual(['data.sqlite3', 'keys']);
  });

  it('a damaged database: five commands and info say so, and nothing is written', async () => {
    expect((await cli(['--db', db, 'demo'])).code).toBe(0);
    corruptTable(db, 'people');
    const before = sha256(db);
    const files = fs.readdirSync(dir).sort();
    for (const args of [
      ['info'],
      ['info', '--json'],
      ['villages', 'list'],
      ['people', 'list'],
      ['teams', 'list'],
      ['register', 'list'],
      ['demo', '--force'],
    ]) {
      const result = await cli(['--db', db, ...args]);
      expectMessage(result, 'đã bị hỏng', 'bản sao lưu');
    }
    expect(sha256(db)).toBe(before);
    expect(fs.readdirSync(dir).sort()).toEqual(files);
  });
});

describe('CLI: the database locked by another process', () => {
  let holder: ChildProcessWithoutNullStreams | undefined;

  afterEach(async () => {
    if (holder === undefined || holder.exitCode !== null) return;
    const exited = new Promise((resolve) => holder?.once('exit', resolve));
    holder.stdin.end();
    await exited;
  });

  /** A second process that takes the write lock and keeps it until its stdin closes. */
  async function holdWriteLock(file: string): Promise<void> {
    const script = `
      const Database = require('better-sqlite3');
      const db = new Database(process.argv[1]);
      db.exec('begin immediate');
      db.prepare("insert into settings (key, value) values ('khoa', 'giữ')").run();
      process.stdout.write('locked\\n');
      process.stdin.on('end', () => { db.exec('rollback'); db.close(); process.exit(0); });
      process.stdin.resume();`;
    holder = spawn(process.execPath, ['-e', script, file], { cwd: root });
    const child = holder;
    await new Promise<void>((resolve, reject) => {
      let err = '';
      child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
      child.stdout.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('locked')) resolve();
      });
      child.once('exit', (code) => reject(new Error(`lock holder exited ${code}: ${err}`)));
    });
  }

  const shortWait: CliDeps = {
    openBackend: (databasePath, log) =>
      createBackend({
        databasePath,
        host: new RecordingHost(dir),
        appVersion: '0.0.0-test',
        log,
        busyTimeoutMs: 300,
      }),
  };

  it('a write waits, then is refused with a message (through the dispatch and directly)', async () => {
    expect((await cli(['--db', db, 'info'])).code).toBe(0);
    await holdWriteLock(db);
    // `demo` on an empty database goes through the dispatch; `demo --force` calls the service.
    for (const args of [['demo'], ['demo', '--force']]) {
      const started = Date.now();
      const result = await cli(['--db', db, ...args], shortWait);
      expectMessage(result, 'đang bị một chương trình khác giữ để ghi', 'thử lại');
      expect(Date.now() - started).toBeGreaterThanOrEqual(300);
    }
    // Reading is not blocked by another program's write.
    const info = await cli(['--db', db, 'info', '--json'], shortWait);
    expect(info.code).toBe(0);
    expect((JSON.parse(info.stdout) as { counts: { villages: number } }).counts.villages).toBe(0);
  });
});

describe('CLI as a real process', () => {
  it('a damaged database: exit 1 and the message, no stack trace', async () => {
    expect((await cli(['--db', db, 'demo'])).code).toBe(0);
    corruptTable(db, 'people');
    const tsxLoader = pathToFileURL(path.join(root, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;
    const result = spawnSync(
      process.execPath,
      ['--import', tsxLoader, path.join(root, 'electron', 'cli', 'main.ts'), '--db', db, 'people', 'list'],
      { cwd: dir, encoding: 'utf8', timeout: 60_000 },
    );
    expectMessage(
      { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr },
      'đã bị hỏng',
      'bản sao lưu',
    );
  });
});
