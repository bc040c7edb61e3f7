/**
 * Packaging cannot run here (it downloads Electron), so the configuration is checked instead:
 * valid for electron-builder's own schema, with the fuses and targets we rely on.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '..', '..');
const configFile = path.join(root, 'build', 'electron-builder.yml');

// electron-builder's own parser and validator, reached through electron-builder itself so that
// the test does not depend on how npm hoisted them.
const fromBuilder = createRequire(createRequire(path.join(root, 'package.json')).resolve('electron-builder'));
const fromLib = createRequire(fromBuilder.resolve('app-builder-lib'));
const yaml = fromLib('js-yaml') as { load(text: string): unknown };
const { validateConfiguration } = fromLib('app-builder-lib/out/util/config/config') as {
  validateConfiguration(config: unknown, logger: unknown): Promise<void>;
};
const { DebugLogger } = fromLib('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };

interface TargetEntry {
  target: string;
}

interface BuilderConfig {
  appId: string;
  productName: string;
  files: string[];
  asar: boolean;
  npmRebuild: boolean;
  directories: { output: string };
  electronFuses: Record<string, boolean>;
  win: { target: (string | TargetEntry)[]; icon: string; verifyUpdateCodeSignature?: boolean };
  nsis: Record<string, unknown>;
  linux: { target: (string | TargetEntry)[]; icon: string };
  publish: { provider: string; url: string }[];
}

let config: BuilderConfig;

beforeAll(() => {
  config = yaml.load(fs.readFileSync(configFile, 'utf8')) as BuilderConfig;
});

const targetNames = (targets: (string | TargetEntry)[]) =>
  targets.map((t) => (typeof t === 'string' ? t : t.target));

describe('build/electron-builder.yml', () => {
  it("is valid for electron-builder's schema", async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('names the application', () => {
    expect(config.appId).toBe('vn.gov.to-cnscd');
    expect(config.productName).toBe('Tổ CNSCĐ');
    expect(config.productName).toBe(config.productName.normalize('NFC'));
  });

  it('packs only the build output into an asar, rebuilding native modules for Electron', () => {
    expect(config.files).toEqual(['out/**', 'package.json']);
    expect(config.asar).toBe(true);
    expect(config.npmRebuild).toBe(true);
    expect(config.directories.output).toBe('release');
  });

  it('sets the security fuses', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
    });
  });

  it('builds a Vietnamese NSIS installer per user, with a choice of folder', () => {
    expect(targetNames(config.win.target)).toEqual(['nsis']);
    expect(config.nsis).toMatchObject({
      oneClick: false,
      perMachine: false,
      allowToChangeInstallationDirectory: true,
      language: '1066',
    });
  });

  it('builds an AppImage and a deb for Linux', () => {
    expect(targetNames(config.linux.target).sort()).toEqual(['AppImage', 'deb']);
  });

  it('uses the committed 512×512 icon', () => {
    for (const icon of [config.win.icon, config.linux.icon]) {
      const png = fs.readFileSync(path.join(root, icon));
      expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
      expect(png.readUInt32BE(16)).toBe(512);
      expect(png.readUInt32BE(20)).toBe(512);
    }
  });

  it('publishes update files for the generic provider the updater uses', () => {
    expect(config.publish[0]?.provider).toBe('generic');
    expect(config.publish[0]?.url).toMatch(/^https:\/\//u);
  });

  it('keeps the check that a signed version is only replaced by one signed by the same name', () => {
    expect(config.win.verifyUpdateCodeSignature).not.toBe(false);
  });

  it('has release notes for latest.yml, in plain Vietnamese sentences the update dialog shows as they are', () => {
    const notes = fs.readFileSync(path.join(root, 'build', 'release-notes.md'), 'utf8').trim();
    expect(notes).not.toBe('');
    expect(notes).toBe(notes.normalize('NFC'));
    // No Markdown marks: the dialog does not render them.
    expect(notes).not.toMatch(/^\s*(#|[-*] |>)|\*\*|`/mu);
  });
});
