/**
 * Writes a file whole or not at all. The bytes go to a temporary name in the same folder (so the
 * rename never crosses file systems), are flushed to the disk (fsync: power cuts are common), and
 * the temporary file is then renamed over the target. On any failure the temporary file is
 * removed and the target is left as it was. The one home of this rule for the backend and the CLI.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** ".van-ban.docx.1234.9f2c.tmp": hidden, and never the name of a file the user asked for. */
export function temporaryNameFor(file: string): string {
  const unique = `${process.pid}.${crypto.randomBytes(4).toString('hex')}`;
  return path.join(path.dirname(file), `.${path.basename(file)}.${unique}.tmp`);
}

function removeQuietly(file: string): void {
  try {
    fs.rmSync(file, { force: true });
  } catch {
    // Already gone, or it cannot be removed either: the caller reports the first error.
  }
}

/** Makes the rename itself durable; folders cannot be opened for fsync on Windows. */
export function syncFolder(folder: string): void {
  if (process.platform === 'win32') return;
  try {
    const fd = fs.openSync(folder, 'r');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    // Some file systems refuse to sync a folder; the file itself is already on the disk.
  }
}

/** Writes `bytes` to `file` (its folders created as needed), replacing it whole or not at all. */
export function writeFileAtomic(file: string, bytes: Uint8Array): void {
  const folder = path.dirname(file);
  fs.mkdirSync(folder, { recursive: true });
  const temporary = temporaryNameFor(file);
  let fd: number | null = null;
  try {
    fd = fs.openSync(temporary, 'wx');
    fs.writeFileSync(fd, bytes);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = null;
    fs.renameSync(temporary, file);
  } catch (error) {
    if (fd !== null) {
      try {
        fs.closeSync(fd);
      } catch {
        // The write failed first; that is the error to report.
      }
    }
    removeQuietly(temporary);
    throw error;
  }
  syncFolder(folder);
}
