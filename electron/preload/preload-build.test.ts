/**
 * The preload as Electron will load it. A sandboxed preload cannot be an ES module and can
 * require nothing but `electron`; a mistake here only shows at the first real launch, which
 * cannot happen on machines without the Electron binary. So build it and read it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildElectronVitePart } from '../../test-support/electron-vite-part';

let outDir: string;
let code: string;

beforeAll(() => {
  outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'to-cnscd-preload-'));
  // Only the preload part of electron.vite.config.ts, into a temporary folder.
  buildElectronVitePart('preload', outDir);
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
