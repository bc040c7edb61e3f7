/**
 * A people import leaves no copy of the sheet (names, phones) in the temp folder: uploads are read
 * in memory; the one file LibreOffice needs is removed afterwards, or at the next start when the
 * process was killed.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appTempRoot, sweepTempLeftovers } from './temp-files';
import { contractCaller, tempBackend, tempDir } from '../../test-support/temp';

const root = path.resolve(__dirname, '..', '..');
const cliMain = path.join(root, 'electron', 'cli', 'main.ts');
const tsxLoader = pathToFileURL(path.join(root, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;

let dir: string;
let systemTemp: string;
const savedTmpdir = process.env.TMPDIR;
beforeEach(() => {
  dir = tempDir('to-cnscd-tempfiles-');
  systemTemp = path.join(dir, 'system-temp');
  fs.mkdirSync(systemTemp);
  // os.tmpdir() follows TMPDIR: this test's "system temp folder" is its own.
  process.env.TMPDIR = systemTemp;
});
afterEach(() => {
  if (savedTmpdir === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = savedTmpdir;
});

function filesUnder(folder: string): string[] {
  if (!fs.existsSync(folder)) return [];
  return fs.readdirSync(folder, { recursive: true, encoding: 'utf8' });
}

async function until(check: () => boolean, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('temporary files of an import', () => {
  it('reads an uploaded .xlsx without writing anything to the temp folder', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('DS');
    sheet.addRow(['STT', 'Họ và tên', 'Số điện thoại']);
    sheet.addRow([1, 'Nguyễn Văn An', '0912345678']);
    const base64 = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
    const backend = await tempBackend();
    try {
      // Anything created there, even if removed at once, is seen.
      const created: string[] = [];
      const watcher = fs.watch(systemTemp, (_event, name) => created.push(String(name)));
      try {
        await contractCaller(() => backend).call('previewPeopleImport', { fileName: 'ds.xlsx', base64 });
        await new Promise((resolve) => setTimeout(resolve, 200));
      } finally {
        watcher.close();
      }
      expect(created).toEqual([]);
    } finally {
      await backend.close();
    }
  });

  it('a CLI import killed by SIGKILL while LibreOffice converts leaves nothing after the next start', async () => {
    // A LibreOffice that never finishes: the import is caught in the middle, its copy on disk.
    const soffice = path.join(dir, 'soffice');
    fs.writeFileSync(soffice, '#!/bin/sh\nexec sleep 60\n', { mode: 0o755 });
    const xls = path.join(dir, 'danh-sach.xls');
    fs.writeFileSync(xls, Buffer.from('d0cf11e0a1b11ae1' + '00'.repeat(504), 'hex'));
    const child = spawn(
      process.execPath,
      ['--import', tsxLoader, cliMain, '--db', path.join(dir, 'data.sqlite3'), 'people', 'import', xls],
      {
        cwd: dir,
        detached: true,
        stdio: 'ignore',
        env: {
          ...process.env,
          TMPDIR: systemTemp,
          TO_CNSCD_SOFFICE: soffice,
          HOME: dir,
          XDG_CONFIG_HOME: dir,
        },
      },
    );
    const exited = new Promise((resolve) => child.once('exit', resolve));
    const copies = () => filesUnder(appTempRoot()).filter((f) => f.endsWith('sheet.xls'));
    await until(() => copies().length === 1, 30_000);
    process.kill(-(child.pid as number), 'SIGKILL');
    await exited;
    expect(copies()).toHaveLength(1);

    const next = await tempBackend();
    await next.close();
    // Nothing of the import anywhere in the system temp folder, only the app's (empty) folder
    // (beside tsx's compile cache and the folder of the next start's database).
    const own = path.basename(next.dir);
    const left = filesUnder(systemTemp).filter((f) => !f.startsWith('tsx-') && !f.startsWith(own));
    expect(left).toEqual([path.basename(appTempRoot())]);
  }, 60_000);

  it('leaves the folder of a process that is still running', () => {
    const alive = path.join(appTempRoot(), `${process.ppid}-abcd1234`);
    const dead = path.join(appTempRoot(), 'not-a-run');
    fs.mkdirSync(alive, { recursive: true });
    fs.mkdirSync(dead);
    expect(sweepTempLeftovers()).toBe(1);
    expect(fs.readdirSync(appTempRoot())).toEqual([path.basename(alive)]);
  });
});
