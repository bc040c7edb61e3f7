/**
 * Where the desktop application keeps its data, computed without Electron so that the CLI and
 * the web preview find the same database as `app.getPath('userData')` does.
 */
import os from 'node:os';
import path from 'node:path';

export const PRODUCT_NAME = 'Tổ CNSCĐ';
export const DATABASE_FILE = 'to-cnscd.sqlite3';

export function userDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = os.homedir(),
): string {
  if (platform === 'win32') {
    return path.win32.join(env.APPDATA ?? path.win32.join(home, 'AppData', 'Roaming'), PRODUCT_NAME);
  }
  if (platform === 'darwin') return path.posix.join(home, 'Library', 'Application Support', PRODUCT_NAME);
  return path.posix.join(env.XDG_CONFIG_HOME || path.posix.join(home, '.config'), PRODUCT_NAME);
}

export function defaultDatabasePath(): string {
  return path.join(userDataDir(), DATABASE_FILE);
}
