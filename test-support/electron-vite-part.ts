/**
 * Builds one part of electron.vite.config.ts (main, preload) with electron-vite's own resolution
 * of the config (its plugins included) into `outDir`: the tests read or run what the shell would
 * load, fresh every run, out/ of `npm run build` untouched.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(__dirname, '..');

const buildPart = `
const { resolveConfig } = await import('electron-vite');
const { build } = await import('vite');
const part = process.env.PART;
const resolved = await resolveConfig({ build: { outDir: process.env.PART_OUT } }, 'build', 'production');
if (!resolved.config || !resolved.config[part]) throw new Error('electron.vite.config.ts has no ' + part);
await build({ ...resolved.config[part], logLevel: 'error' });
`;

export function buildElectronVitePart(part: 'main' | 'preload', outDir: string): void {
  execFileSync(process.execPath, ['--input-type=module', '-e', buildPart], {
    cwd: root,
    env: { ...process.env, PART: part, PART_OUT: outDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}
