/** Poppler's command-line tools (pdftotext, pdftoppm): found on PATH, run with a timeout. */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export function findTool(
  name: 'pdftotext' | 'pdftoppm',
  env: NodeJS.ProcessEnv = process.env,
): string | null {
  const windows = process.platform === 'win32';
  const dirs = ((windows ? (env.Path ?? env.PATH) : env.PATH) ?? '')
    .split(windows ? ';' : ':')
    .filter((d) => d !== '');
  for (const dir of [...dirs, '/usr/bin', '/usr/local/bin', '/opt/homebrew/bin']) {
    const file = path.join(dir, windows ? `${name}.exe` : name);
    try {
      if (fs.statSync(file).isFile()) return file;
    } catch {
      // not here
    }
  }
  return null;
}

export function runTool(command: string, args: string[], timeoutMs = 60_000): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    execFile(
      command,
      args,
      { encoding: 'buffer', timeout: timeoutMs, windowsHide: true, maxBuffer: 256 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error !== null)
          reject(new Error(`${path.basename(command)} failed: ${error.message} ${stderr.toString()}`));
        else resolve(stdout);
      },
    );
  });
}
