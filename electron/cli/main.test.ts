/**
 * The CLI as a real process: what scripts see (stdout, stderr, exit code), where the default
 * database is, and `npm run cli` itself.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../test-support/temp';
import { DATABASE_FILE, PRODUCT_NAME } from '../backend/paths';

const root = path.resolve(__dirname, '..', '..');
const main = path.join(root, 'electron', 'cli', 'main.ts');
const tsxLoader = pathToFileURL(path.join(root, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

let dir: string;
let home: string;

beforeEach(() => {
  dir = tempDir('to-cnscd-cli-proc-');
  home = path.join(dir, 'home');
  fs.mkdirSync(home);
});

/** An environment that can never reach the real user's data folder. */
function isolatedEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, HOME: home, XDG_CONFIG_HOME: path.join(home, '.config') };
  delete env.npm_lifecycle_event;
  delete env.INIT_CWD;
  return { ...env, ...extra };
}

function run(args: readonly string[], env: NodeJS.ProcessEnv = isolatedEnv()): Run {
  const result = spawnSync(process.execPath, ['--import', tsxLoader, main, ...args], {
    cwd: dir,
    env,
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (result.error) throw result.error;
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the CLI process', () => {
  it('--db creates a missing file; with --json stdout is exactly one JSON value', () => {
    const db = path.join(dir, 'new', 'folder', 'data.sqlite3');
    const info = run(['--db', db, 'info', '--json']);
    expect(info.stderr).toBe('');
    expect(info.code).toBe(0);
    expect(fs.existsSync(db)).toBe(true);
    const parsed = JSON.parse(info.stdout) as { databasePath: string; commune: unknown; counts: object };
    expect(parsed).toMatchObject({ databasePath: db, commune: null });
    expect(parsed.counts).toHaveProperty('villages', 0);

    const demo = run(['--db', db, 'demo', '--json']);
    expect(demo.code).toBe(0);
    expect(JSON.parse(demo.stdout)).toMatchObject({ commune: { name: 'Xã Đông Sơn', code: '21109' } });

    const list = run(['--db', db, 'villages', 'list', '--json']);
    expect(list.code).toBe(0);
    const villages = JSON.parse(list.stdout) as unknown;
    expect(Array.isArray(villages)).toBe(true);
    expect(villages).toHaveLength(11);
  });

  it('a refusal exits 1 with the Vietnamese reason on stderr and nothing on stdout', () => {
    const db = path.join(dir, 'data.sqlite3');
    expect(run(['--db', db, 'demo']).code).toBe(0);
    const again = run(['--db', db, 'demo', '--json']);
    expect(again.code).toBe(1);
    expect(again.stdout).toBe('');
    expect(again.stderr).toMatch(/^Lỗi: Cơ sở dữ liệu đã có dữ liệu/u);
  });

  it('a usage error exits 2 with the Vietnamese message and short help, before touching any file', () => {
    const result = run(['--db', path.join(dir, 'x.sqlite3'), 'frob', '--json']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('Lỗi cú pháp: Không có lệnh "frob".');
    expect(result.stderr).toContain('Cách dùng:');
    expect(fs.readdirSync(dir)).toEqual(['home']);
  });

  it.skipIf(process.platform !== 'linux')(
    'without --db uses the desktop database under XDG_CONFIG_HOME',
    () => {
      const config = path.join(dir, 'xdg');
      const result = run(['info', '--json'], isolatedEnv({ XDG_CONFIG_HOME: config }));
      expect(result.code).toBe(0);
      const expected = path.join(config, PRODUCT_NAME, DATABASE_FILE);
      expect((JSON.parse(result.stdout) as { databasePath: string }).databasePath).toBe(expected);
      expect(fs.existsSync(expected)).toBe(true);
    },
  );

  it.skipIf(process.platform !== 'linux')('without XDG_CONFIG_HOME the database is under ~/.config', () => {
    const env = isolatedEnv();
    delete env.XDG_CONFIG_HOME;
    const result = run(['info', '--json'], env);
    expect(result.code).toBe(0);
    const expected = path.join(home, '.config', PRODUCT_NAME, DATABASE_FILE);
    expect((JSON.parse(result.stdout) as { databasePath: string }).databasePath).toBe(expected);
  });

  it('`npm run --silent cli` works and resolves --db against the folder it was typed in', () => {
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const result = spawnSync(
      npm,
      [
        '--prefix',
        root,
        'run',
        '--silent',
        'cli',
        '--',
        '--db',
        'here.sqlite3',
        'villages',
        'list',
        '--json',
      ],
      {
        cwd: dir,
        env: isolatedEnv(),
        encoding: 'utf8',
        timeout: 60_000,
        shell: process.platform === 'win32',
      },
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual([]);
    expect(fs.existsSync(path.join(dir, 'here.sqlite3'))).toBe(true);
  });
});
