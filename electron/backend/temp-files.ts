/**
 * The application's one temporary folder. Uploaded sheets are read from memory; only what must be
 * a file (an old .xls handed to LibreOffice) is written here, in a folder of its own named after
 * the process, removed when the work ends, and swept at the next start if the process was killed.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** `<system temp>/to-cnscd-temp`: nothing else of the application writes to the system temp folder. */
export function appTempRoot(): string {
  return path.join(os.tmpdir(), 'to-cnscd-temp');
}

/** Runs `work` with a private folder `<root>/<pid>-<random>`, removed afterwards whatever happens. */
export async function withTempDir<T>(work: (dir: string) => Promise<T>, root = appTempRoot()): Promise<T> {
  fs.mkdirSync(root, { recursive: true, mode: 0o700 });
  const dir = path.join(root, `${process.pid}-${randomUUID().slice(0, 8)}`);
  fs.mkdirSync(dir, { mode: 0o700 });
  try {
    return await work(dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Whether process `pid` is running (on this machine, for any user). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes what earlier runs left behind (a process killed mid-import never reaches its `finally`).
 * Folders of processes still running (another window, a CLI command) are left alone. Returns how
 * many were removed; never throws, so a start is never stopped by a temp folder.
 */
export function sweepTempLeftovers(root = appTempRoot()): number {
  let entries: string[];
  try {
    entries = fs.readdirSync(root);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const entry of entries) {
    const pid = Number(/^(\d+)-/u.exec(entry)?.[1] ?? Number.NaN);
    if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && isAlive(pid)) continue;
    if (pid === process.pid) continue;
    try {
      fs.rmSync(path.join(root, entry), { recursive: true, force: true });
      removed += 1;
    } catch {
      // Still in use on Windows: the next start tries again.
    }
  }
  return removed;
}
