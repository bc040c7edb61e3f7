/**
 * The preload as Electron will load it. A sandboxed preload cannot be an ES module and can
 * require nothing but `electron`; a mistake here only shows at the first real launch, which
 * cannot happen on machines without the Electron binary. So build it and read it.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '..', '..');
let outDir: string;
let code: string;

// Only the preload part of electron.vite.config.ts, built with electron-vite's own resolution of
// that config (its plugins included) into a temporary folder: fresh every run, out/ untouched.
const buildPreloadOnly = `
const { resolveConfig } = await import('electron-vite');
const { build } = await import('vite');
const resolved = await resolveConfig({ build: { outDir: process.env.PRELOAD_OUT } }, 'build', 'production');
if (!resolved.config || !resolved.config.preload) throw new Error('electron.vite.config.ts has no preload');
await build({ ...resolved.config.preload, logLevel: 'error' });
`;

beforeAll(() => {
  outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'to-cnscd-preload-'));
  execFileSync(process.execPath, ['--input-type=module', '-e', buildPreloadOnly], {
    cwd: root,
    env: { ...process.env, PRELOAD_OUT: outDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  code = fs.readFileSync(path.join(outDir, 'preload', 'index.cjs'), 'utf8');
}, 120_000);

afterAll(() => {
  fs.rmSync(outDir, { recursive: true, force: true });
});

describe('the built preload (out/preload/index.cjs)', () => {
  it('is CommonJS: no top-level import or export', () => {
    expect(code).not.toMatch(/^\s*import\s*(\{|\*|[\w$]+\s*(,|from))/mu);
    expect(code).not.toMatch(/^\s*import\s*['"]/mu);
    expect(code).not.toMatch(/^\s*export\s/mu);
    expect(code).not.toMatch(/\bimport\.meta\b/u);
    expect(code).not.toMatch(/\bimport\(/u);
  });

  it('requires electron and nothing else (zod and the contract are bundled in)', () => {
    const required = [...code.matchAll(/\brequire\(\s*([^)]*)\)/gu)].map((m) => m[1]?.trim());
    expect(required.length).toBeGreaterThan(0);
    expect(new Set(required)).toEqual(new Set(['"electron"']));
  });

  it('exposes window.api through the context bridge', () => {
    expect(code).toContain('exposeInMainWorld');
    expect(code).toMatch(/exposeInMainWorld\(\s*["']api["']/u);
  });
});
