/**
 * The backend, the CLI, the web preview, shared code and the renderer must run without Electron:
 * only electron/main and electron/preload may import it. (ESLint says the same; this test keeps
 * the rule even if the lint configuration changes.)
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '..', '..');
const electronFree = ['electron/backend', 'electron/cli', 'electron/web', 'shared', 'renderer/src', 'bench'];
const importsElectron =
  /(from\s+['"]electron(\/[^'"]*)?['"]|require\(\s*['"]electron(\/[^'"]*)?['"]\s*\)|import\(\s*['"]electron['"]\s*\))/u;

function sources(dir: string): string[] {
  const full = path.join(root, dir);
  if (!fs.existsSync(full)) return [];
  return fs
    .readdirSync(full, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(ts|tsx|mts|cts|js|mjs)$/u.test(e.name))
    .map((e) => path.join(e.parentPath, e.name));
}

describe('the Electron boundary', () => {
  it('finds the folders it guards', () => {
    expect(sources('electron/backend').length).toBeGreaterThan(5);
    expect(sources('shared').length).toBeGreaterThan(5);
  });

  it('has no electron import outside electron/main and electron/preload', () => {
    const offenders = electronFree
      .flatMap(sources)
      .filter((file) => !file.endsWith('boundary.test.ts'))
      .filter((file) => importsElectron.test(fs.readFileSync(file, 'utf8')))
      .map((file) => path.relative(root, file));
    expect(offenders).toEqual([]);
  });

  it('recognises the import forms it forbids', () => {
    expect(importsElectron.test("import { app } from 'electron';")).toBe(true);
    expect(importsElectron.test('const { shell } = require("electron")')).toBe(true);
    expect(importsElectron.test("import { x } from 'electron-updater';")).toBe(false);
  });
});

/** The module paths a file imports (static, dynamic and re-exports), as written. */
function importedPaths(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  const found = text.matchAll(/(?:from\s+|import\(\s*|import\s+)['"]([^'"]+)['"]/gu);
  return [...found].map((m) => m[1] as string);
}

/** Each offending import as "file → path", so a failure names what to change. */
function offending(dirs: readonly string[], forbidden: RegExp): string[] {
  return dirs
    .flatMap(sources)
    .filter((file) => !/\.test\.tsx?$/u.test(file))
    .flatMap((file) =>
      importedPaths(file)
        .filter((spec) => forbidden.test(spec))
        .map((spec) => `${path.relative(root, file)} → ${spec}`),
    );
}

const backendPath = /(^|\/)backend(\/|$)/u;
const testSupportPath = /(^|\/)test-support(\/|$)/u;

describe('the contract boundary (ESLint says the same)', () => {
  it('keeps the screens and the CLI commands off the backend: they go through the contract', () => {
    expect(sources('electron/cli/commands').length).toBeGreaterThan(3);
    expect(offending(['renderer', 'electron/cli/commands'], backendPath)).toEqual([]);
  });

  it('keeps test-support/ out of every file that ships', () => {
    expect(offending(['electron', 'shared', 'renderer'], testSupportPath)).toEqual([]);
  });

  it('recognises the paths it forbids', () => {
    expect(backendPath.test('../../backend/demo/demo-service')).toBe(true);
    expect(backendPath.test('../../../electron/backend')).toBe(true);
    expect(backendPath.test('../shapes')).toBe(false);
    expect(testSupportPath.test('../../../test-support/temp')).toBe(true);
    expect(importedPaths(path.join(root, 'electron/backend/boundary.test.ts'))).toContain('node:fs');
  });
});
