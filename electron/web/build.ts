/** Builds the renderer for the web preview when it is missing or older than its sources. */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { BRIDGE_SCRIPT } from '../../shared/contract/web';

export const repoRoot = path.resolve(__dirname, '..', '..');

function newestMtime(dir: string): number {
  let newest = 0;
  if (!fs.existsSync(dir)) return newest;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(full));
    else if (!entry.name.endsWith('.test.ts')) newest = Math.max(newest, fs.statSync(full).mtimeMs);
  }
  return newest;
}

export function rendererIsStale(root = repoRoot): boolean {
  const index = path.join(root, 'out', 'renderer', 'index.html');
  const bridge = path.join(root, 'out', 'renderer', BRIDGE_SCRIPT);
  if (!fs.existsSync(index) || !fs.existsSync(bridge)) return true;
  const built = fs.statSync(index).mtimeMs;
  const sources = Math.max(newestMtime(path.join(root, 'renderer')), newestMtime(path.join(root, 'shared')));
  return sources > built;
}

export function ensureRendererBuilt(
  options: { force?: boolean; log?: (message: string) => void } = {},
): string {
  const rendererDir = path.join(repoRoot, 'out', 'renderer');
  if (options.force || rendererIsStale()) {
    options.log?.('Đang dựng giao diện (electron-vite build)…');
    const require = createRequire(path.join(repoRoot, 'package.json'));
    const bin = path.join(
      path.dirname(require.resolve('electron-vite/package.json')),
      'bin',
      'electron-vite.js',
    );
    execFileSync(process.execPath, [bin, 'build'], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  return rendererDir;
}
