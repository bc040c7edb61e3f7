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
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes the entries of `folder` written by processes that have ended: `pidOf` reads the writer's
 * process id from a name (null: not one of ours, left alone; 0: nobody's, removed). This process's
 * and those of processes still running (another window, a CLI command) stay. Returns how many went;
 * never throws (an entry still held open, on Windows, goes next time).
 */
export function sweepDeadLeftovers(
  folder: string,
  pidOf: (name: string) => number | null,
  remove: (entry: string) => void = (entry) => fs.rmSync(entry, { recursive: true, force: true }),
): number {
  let entries: string[];
  try {
    entries = fs.readdirSync(folder);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const entry of entries) {
    const pid = pidOf(entry);
    if (pid === null || pid === process.pid || (pid > 0 && isAlive(pid))) continue;
    try {
      remove(path.join(folder, entry));
      removed += 1;
    } catch {
      // Still in use on Windows: the next sweep tries again.
    }
  }
  return removed;
}

/**
 * Removes what earlier runs left behind (a process killed mid-import never reaches its `finally`).
 * Returns how many were removed; never throws, so a start is never stopped by a temp folder.
 */
export function sweepTempLeftovers(root = appTempRoot()): number {
  return sweepDeadLeftovers(root, (entry) => Number(/^(\d+)-/u.exec(entry)?.[1] ?? 0));
}
