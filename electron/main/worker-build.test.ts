/**
 * The backend's worker as the shell runs it: electron.vite.config.ts's main build (index.js and
 * backend-worker.js) into a temporary folder, then the built backend-worker.js started by the
 * parent side and asked for real work, a job with its progress included. The Electron binary
 * cannot run here; this is the part of the shell's path that can.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JobProgress } from '../../shared/contract/jobs';
import { buildElectronVitePart } from '../../test-support/electron-vite-part';
import { reportProfile } from '../../test-support/report-data';
import { RecordingHost, tempDir } from '../../test-support/temp';
import { startBackendWorker } from '../backend/worker/parent';

const root = path.resolve(__dirname, '..', '..');
let outDir: string;

beforeAll(() => {
  // Inside the project (out/ is not committed), so that the built code finds node_modules.
  fs.mkdirSync(path.join(root, 'out'), { recursive: true });
  outDir = fs.mkdtempSync(path.join(root, 'out', 'test-main-'));
  buildElectronVitePart('main', outDir);
}, 180_000);

afterAll(() => {
  fs.rmSync(outDir, { recursive: true, force: true });
});

describe('the built backend worker (out/main/backend-worker.js)', () => {
  it('sits beside index.js, which points at it', () => {
    const worker = path.join(outDir, 'main', 'backend-worker.js');
    expect(fs.existsSync(worker)).toBe(true);
    expect(fs.readFileSync(path.join(outDir, 'main', 'index.js'), 'utf8')).toContain('backend-worker.js');
  });

  it('opens the backend and runs a job with its progress', async () => {
    const dir = tempDir('to-cnscd-built-');
    const backend = await startBackendWorker({
      entry: { file: path.join(outDir, 'main', 'backend-worker.js') },
      databasePath: path.join(dir, 'data.sqlite3'),
      host: new RecordingHost(dir),
      appVersion: '0.0.0-test',
      log: () => undefined,
    });
    try {
      expect(await backend.dispatch('setupProfile', reportProfile)).toMatchObject({ ok: true });
      const seen: JobProgress[] = [];
      backend.onProgress((p) => seen.push(p));
      const made = await backend.dispatch('createBackup', undefined, { jobId: 'sao-luu-ban-dung' });
      expect(made).toMatchObject({ ok: true });
      expect(seen.at(-1)).toMatchObject({
        jobId: 'sao-luu-ban-dung',
        label: 'Đang kiểm tra bản sao lưu',
        done: 1,
      });
    } finally {
      await backend.close();
    }
  });
});
