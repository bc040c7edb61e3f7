/**
 * The web preview's side of long jobs: a call's job id from its header reaches the dispatch, and
 * progress goes to the page as Server-Sent Events, only with the run's token.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JOB_EVENTS_PATH, JOB_HEADER, jobProgressSchema, type JobProgress } from '../../shared/contract/jobs';
import { TOKEN_HEADER } from '../../shared/contract/web';
import type { CallOptions, Dispatch } from '../backend/dispatch';
import { tempDir } from '../../test-support/temp';
import { startPreviewServer, type PreviewServer } from './server';

const calls: { name: string; call: CallOptions | undefined }[] = [];
const dispatch: Dispatch = async (name, _input, call) => {
  calls.push({ name, call });
  return { ok: true, value: null };
};
const listeners = new Set<(p: JobProgress) => void>();
const emit = (p: JobProgress) => listeners.forEach((l) => l(p));

let server: PreviewServer;
beforeAll(async () => {
  const rendererDir = path.join(tempDir(), 'renderer');
  fs.mkdirSync(rendererDir, { recursive: true });
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><html><head></head></html>');
  server = await startPreviewServer({
    dispatch,
    rendererDir,
    onProgress: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  });
});
afterAll(() => server.close());

/** Opens the event stream; resolves with its status and the first event's data (if 200). */
function firstEvent(query: string, whenOpen: () => void): Promise<{ status: number; data: unknown }> {
  return new Promise((resolve, reject) => {
    const req = http.get(`${server.origin}${JOB_EVENTS_PATH}${query}`, (res) => {
      if (res.statusCode !== 200) {
        res.resume();
        resolve({ status: res.statusCode ?? 0, data: null });
        return;
      }
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        text += chunk;
        if (text.startsWith(': ') && text.endsWith('\n\n') && !text.includes('data: ')) whenOpen();
        const line = text.split('\n').find((l) => l.startsWith('data: '));
        if (line !== undefined && text.endsWith('\n\n')) {
          req.destroy();
          resolve({ status: 200, data: JSON.parse(line.slice('data: '.length)) });
        }
      });
    });
    req.on('error', reject);
  });
}

describe('long jobs over the web preview', () => {
  it("passes the call's job id from its header to the dispatch", async () => {
    const response = await fetch(`${server.origin}/api/createBackup`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [TOKEN_HEADER]: server.token,
        [JOB_HEADER]: 'sao-luu-0001',
      },
      body: '{}',
    });
    expect(response.status).toBe(200);
    expect(calls.at(-1)).toEqual({ name: 'createBackup', call: { jobId: 'sao-luu-0001' } });
  });

  it('streams every progress step to the page holding the token', async () => {
    const step: JobProgress = {
      jobId: 'nhap-danh-sach-1',
      operation: 'applyPeopleImport',
      done: 500,
      total: 1_220,
      label: 'Đang ghi thôn, Tổ, người và thành viên vào sổ',
    };
    const got = await firstEvent(`?t=${server.token}`, () => emit(step));
    expect(got.status).toBe(200);
    expect(jobProgressSchema.parse(got.data)).toEqual(step);
  });

  it('refuses the stream without the token', async () => {
    expect((await firstEvent('', () => undefined)).status).toBe(401);
    expect((await firstEvent('?t=sai', () => undefined)).status).toBe(401);
  });
});
