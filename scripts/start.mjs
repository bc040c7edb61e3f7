#!/usr/bin/env node
/**
 * `npm start`: the desktop application when Electron can run here, otherwise the web preview
 * (same interface, same backend, in the browser). npm may skip Electron's download
 * (allowScripts), so this fetches the binary once itself, and builds the Electron copy of
 * SQLite when it is missing.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const NATIVE_BINDING = path.join('.native', 'electron', 'better_sqlite3.node');

/**
 * Where node_modules/electron says its binary is, without require('electron') (which would
 * start a download as a side effect). Null when the package has never been installed.
 */
export function electronBinaryPath(electronDir, env = process.env) {
  const pathFile = path.join(electronDir, 'path.txt');
  const relative = fs.existsSync(pathFile) ? fs.readFileSync(pathFile, 'utf8').trim() : '';
  if (env.ELECTRON_OVERRIDE_DIST_PATH)
    return path.join(env.ELECTRON_OVERRIDE_DIST_PATH, relative || 'electron');
  return relative ? path.join(electronDir, 'dist', relative) : null;
}

export function probe(root, env = process.env) {
  const binary = electronBinaryPath(path.join(root, 'node_modules', 'electron'), env);
  return {
    binary,
    electron: binary !== null && fs.existsSync(binary),
    native: fs.existsSync(path.join(root, NATIVE_BINDING)),
  };
}

/**
 * The next step from what is known. Each repair is tried once; when one fails, the web preview
 * starts instead, with the reason.
 */
export function nextStep({ electron, native, installTried = false, rebuildTried = false }) {
  if (!electron)
    return installTried ? { step: 'web-preview', reason: 'electron-missing' } : { step: 'install-electron' };
  if (!native)
    return rebuildTried ? { step: 'web-preview', reason: 'native-missing' } : { step: 'rebuild-native' };
  return { step: 'launch-electron' };
}

export const reasons = {
  'electron-missing':
    'Không có Electron trên máy này (không tải được), nên ứng dụng máy tính chưa chạy được ở đây. ' +
    'Đang mở bản xem trước trên trình duyệt với cùng giao diện và dữ liệu.\n' +
    'Electron is not available on this machine (its download failed), so the desktop shell cannot start here. ' +
    'Starting the web preview instead: same interface, same data.',
  'native-missing':
    'Chưa dựng được SQLite cho Electron (lệnh "npm run rebuild:electron" không thành công). ' +
    'Đang mở bản xem trước trên trình duyệt.\n' +
    'SQLite could not be built for Electron ("npm run rebuild:electron" failed). Starting the web preview instead.',
};

function run(command, args, root) {
  // npm is a .cmd script on Windows and needs a shell; node itself must not get one (spaces in
  // "C:\Program Files\nodejs\node.exe" would split).
  const shell = process.platform === 'win32' && command === 'npm';
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', shell });
  return result.status ?? 1;
}

function main() {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const tried = { installTried: false, rebuildTried: false };
  for (;;) {
    const state = probe(root);
    const { step, reason } = nextStep({ ...state, ...tried });
    if (step === 'install-electron') {
      console.log('Đang tải Electron… / Downloading Electron…');
      run(process.execPath, [path.join(root, 'node_modules', 'electron', 'install.js')], root);
      tried.installTried = true;
    } else if (step === 'rebuild-native') {
      run('npm', ['run', 'rebuild:electron'], root);
      tried.rebuildTried = true;
    } else if (step === 'web-preview') {
      console.log(`\n${reasons[reason]}\n`);
      process.exitCode = run('npm', ['run', 'preview:web'], root);
      return;
    } else {
      const built = run(
        process.execPath,
        [path.join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'],
        root,
      );
      if (built !== 0) {
        process.exitCode = built;
        return;
      }
      const env = { ...process.env };
      // Set by some tools; it would turn the Electron binary into plain Node.
      delete env.ELECTRON_RUN_AS_NODE;
      const app = spawnSync(state.binary, ['.'], { cwd: root, stdio: 'inherit', env });
      process.exitCode = app.status ?? 1;
      return;
    }
  }
}

const invokedDirectly =
  process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (invokedDirectly) main();
