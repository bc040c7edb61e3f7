import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { electronBinaryPath, NATIVE_BINDING, nextStep, probe, reasons } from './start.mjs';

describe('npm start decides', () => {
  it('to fetch the Electron binary once when it is missing', () => {
    expect(nextStep({ electron: false, native: false })).toEqual({ step: 'install-electron' });
  });

  it('to start the web preview, with the reason, when the fetch did not help', () => {
    expect(nextStep({ electron: false, native: true, installTried: true })).toEqual({
      step: 'web-preview',
      reason: 'electron-missing',
    });
  });

  it('to build SQLite for Electron once when only that is missing', () => {
    expect(nextStep({ electron: true, native: false })).toEqual({ step: 'rebuild-native' });
    expect(nextStep({ electron: true, native: false, rebuildTried: true })).toEqual({
      step: 'web-preview',
      reason: 'native-missing',
    });
  });

  it('to launch Electron when both are there', () => {
    expect(nextStep({ electron: true, native: true })).toEqual({ step: 'launch-electron' });
    expect(nextStep({ electron: true, native: true, installTried: true, rebuildTried: true })).toEqual({
      step: 'launch-electron',
    });
  });

  it('explains the fallback in Vietnamese and English', () => {
    for (const text of Object.values(reasons)) {
      expect(text).toMatch(/bản xem trước trên trình duyệt/u);
      expect(text).toMatch(/web preview/u);
    }
  });
});

describe('finding the Electron binary', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  });

  function project(withBinary: boolean, withNative: boolean): string {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'to-cnscd-start-'));
    dirs.push(root);
    const electron = path.join(root, 'node_modules', 'electron');
    fs.mkdirSync(path.join(electron, 'dist'), { recursive: true });
    fs.writeFileSync(path.join(electron, 'path.txt'), 'electron');
    if (withBinary) fs.writeFileSync(path.join(electron, 'dist', 'electron'), '');
    if (withNative) {
      fs.mkdirSync(path.dirname(path.join(root, NATIVE_BINDING)), { recursive: true });
      fs.writeFileSync(path.join(root, NATIVE_BINDING), '');
    }
    return root;
  }

  it('reads path.txt without downloading anything', () => {
    const root = project(true, true);
    expect(probe(root, {})).toEqual({
      binary: path.join(root, 'node_modules', 'electron', 'dist', 'electron'),
      electron: true,
      native: true,
    });
  });

  it('reports a binary named in path.txt but absent, and a missing SQLite build', () => {
    expect(probe(project(false, false), {})).toMatchObject({ electron: false, native: false });
  });

  it('knows nothing when electron was never installed, and honours ELECTRON_OVERRIDE_DIST_PATH', () => {
    expect(electronBinaryPath('/nowhere', {})).toBeNull();
    expect(electronBinaryPath('/nowhere', { ELECTRON_OVERRIDE_DIST_PATH: '/opt/e' })).toBe(
      path.join('/opt/e', 'electron'),
    );
  });
});
