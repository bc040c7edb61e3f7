import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  builderEnv,
  classifyLoad,
  electronTarget,
  nodeGypCandidates,
  rebuild,
  RebuildError,
  TARGET,
  type Run,
} from './rebuild-electron-sqlite.mjs';

let root: string;

/** A project folder with just what the script reads: electron's version and better-sqlite3. */
function fakeProject(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'to-cnscd-rebuild-'));
  const electron = path.join(dir, 'node_modules', 'electron');
  fs.mkdirSync(electron, { recursive: true });
  fs.writeFileSync(path.join(electron, 'package.json'), JSON.stringify({ version: '45.5.0' }));
  fs.writeFileSync(path.join(electron, 'abi_version'), '150\n');
  const sqlite = path.join(dir, 'node_modules', 'better-sqlite3');
  fs.mkdirSync(path.join(sqlite, 'build', 'Release'), { recursive: true });
  fs.writeFileSync(path.join(sqlite, 'package.json'), JSON.stringify({ name: 'better-sqlite3' }));
  // The Node build that must never be taken for the Electron one.
  fs.writeFileSync(path.join(sqlite, 'build', 'Release', 'better_sqlite3.node'), 'NODE BUILD');
  return dir;
}

/** A builder that succeeds on the given attempt by writing build/Release/better_sqlite3.node. */
function builderSucceedingOn(which: 'prebuild' | 'gyp' | 'none'): Run & ReturnType<typeof vi.fn> {
  return vi.fn<Run>((_command, args, options) => {
    const isGyp = args.some((a) => a === 'rebuild');
    const succeed = (which === 'gyp' && isGyp) || (which === 'prebuild' && !isGyp);
    if (!succeed) return { status: 1 };
    const out = path.join(options.cwd, 'build', 'Release');
    fs.mkdirSync(out, { recursive: true });
    fs.writeFileSync(
      path.join(out, 'better_sqlite3.node'),
      `ELECTRON BUILD by ${isGyp ? 'gyp' : 'prebuild'}`,
    );
    return { status: 0 };
  }) as Run & ReturnType<typeof vi.fn>;
}

const electronAbi = () => ({ loaded: false, message: 'was compiled against NODE_MODULE_VERSION 150.' });

beforeEach(() => {
  root = fakeProject();
});

afterEach(() => {
  fs.rmSync(root, { recursive: true, force: true });
});

describe('rebuild:electron', () => {
  it('reads the Electron version and ABI from node_modules', () => {
    expect(electronTarget(root)).toEqual({ version: '45.5.0', abi: '150' });
  });

  it('takes a prebuilt binary when there is one, into .native/electron', () => {
    const run = builderSucceedingOn('prebuild');
    const target = rebuild({ root, run, checkLoad: electronAbi, log: () => undefined, env: {} });
    expect(target).toBe(path.join(root, TARGET));
    expect(fs.readFileSync(target, 'utf8')).toBe('ELECTRON BUILD by prebuild');
    expect(run.mock.calls[0]?.[1]).toEqual(
      expect.arrayContaining(['--runtime', 'electron', '--target', '45.5.0']),
    );
    // node_modules keeps its Node build for the tests.
    expect(
      fs.readFileSync(
        path.join(root, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node'),
        'utf8',
      ),
    ).toBe('NODE BUILD');
  });

  it('falls back to node-gyp against Electron headers', () => {
    const run = builderSucceedingOn('gyp');
    const target = rebuild({ root, run, checkLoad: electronAbi, log: () => undefined, env: {} });
    expect(fs.readFileSync(target, 'utf8')).toBe('ELECTRON BUILD by gyp');
    expect(run.mock.calls[1]?.[1]).toEqual(
      expect.arrayContaining([
        'rebuild',
        '--runtime=electron',
        '--target=45.5.0',
        '--dist-url=https://electronjs.org/headers',
      ]),
    );
  });

  it('fails with a Vietnamese and English message when nothing can be built, leaving no file', () => {
    const run = builderSucceedingOn('none');
    let error: unknown;
    try {
      rebuild({ root, run, checkLoad: electronAbi, log: () => undefined, env: {} });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(RebuildError);
    expect((error as Error).message).toMatch(/^Không dựng được better-sqlite3 cho Electron 45\.5\.0/u);
    expect((error as Error).message).toContain('Could not build better-sqlite3 for Electron 45.5.0');
    expect(fs.existsSync(path.join(root, TARGET))).toBe(false);
  });

  it('refuses a result that loads in Node (built for the wrong ABI)', () => {
    const run = builderSucceedingOn('gyp');
    expect(() =>
      rebuild({ root, run, checkLoad: () => ({ loaded: true }), log: () => undefined, env: {} }),
    ).toThrow(/built for Node/u);
    expect(fs.existsSync(path.join(root, TARGET))).toBe(false);
  });

  it('drops nodedir from the environment and targets Electron', () => {
    const env = builderEnv(
      { npm_config_nodedir: '/usr', NPM_CONFIG_NODEDIR: '/usr', PATH: '/bin' },
      '45.5.0',
    );
    expect(env).not.toHaveProperty('npm_config_nodedir');
    expect(env).not.toHaveProperty('NPM_CONFIG_NODEDIR');
    expect(env).toMatchObject({ PATH: '/bin', npm_config_runtime: 'electron', npm_config_target: '45.5.0' });
  });

  it("recognises Electron's ABI in Node's refusal", () => {
    expect(
      classifyLoad({ loaded: false, message: 'requires NODE_MODULE_VERSION 150. This version' }, '150').ok,
    ).toBe(true);
    expect(classifyLoad({ loaded: true }, '150').ok).toBe(false);
  });

  it("looks for node-gyp in the project first, then in npm's own copy", () => {
    const candidates = nodeGypCandidates('/repo', '/usr/bin/node', {
      npm_execpath: '/usr/lib/node_modules/npm/bin/npm-cli.js',
    });
    expect(candidates[0]).toBe(path.join('/repo', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'));
    expect(candidates).toContain(
      path.join('/usr/lib/node_modules/npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
    );
  });
});
