import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/contract/errors';
import type { Backend } from '../backend';
import { tempBackend, type RecordingHost } from '../../../test-support/temp';
import { attachScan, createDecision, issueDocument } from './register-service';
import { downloadScan, openScan } from './scan-service';

let backend: Backend & { dir: string; host: RecordingHost };
beforeEach(async () => {
  backend = await tempBackend();
  await backend.handlers.loadDemo(undefined);
});
afterEach(() => backend.close());

const scanBytes = Buffer.from('%PDF-1.4\n% bản quét đã ký, đóng dấu\n');

async function issued(): Promise<string> {
  const teams = await backend.handlers.listTeams(undefined);
  const commune = teams.find((t) => t.level === 'commune');
  if (!commune) throw new Error('the demo has a commune team');
  const draft = await createDecision(backend.ctx, { kind: 'founding_commune', teamIds: [commune.id] });
  await issueDocument(backend.ctx, { id: draft.id, number: 7, date: '2026-02-05', confirmWarnings: true });
  return draft.id;
}

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('the stored scan', () => {
  it('is handed back byte for byte, named after the number, and opened with the default program', async () => {
    const id = await issued();
    await attachScan(backend.ctx, id, scanBytes.toString('base64'));
    const file = await downloadScan(backend.ctx, id);
    expect(file.fileName).toBe('ban-quet-07-qd-ubnd.pdf');
    expect(Buffer.from(file.base64, 'base64').equals(scanBytes)).toBe(true);
    const opened = await openScan(backend.ctx, id);
    expect(backend.host.opened).toEqual([opened.path]);
    expect(fs.readFileSync(opened.path ?? '').equals(scanBytes)).toBe(true);
  });

  it('says what to do when there is no scan, and refuses a file changed since it was attached', async () => {
    const id = await issued();
    const none = await refusal(downloadScan(backend.ctx, id));
    expect(none.code).toBe('not_found');
    expect(none.message).toContain('chưa có bản quét');
    await attachScan(backend.ctx, id, scanBytes.toString('base64'));
    const stored = (await openScan(backend.ctx, id)).path ?? '';
    fs.appendFileSync(stored, 'sửa lén');
    const changed = await refusal(openScan(backend.ctx, id));
    expect(changed.code).toBe('conflict');
    expect(changed.message).toContain('SHA-256');
    expect(backend.host.opened).toHaveLength(1);
    fs.rmSync(stored);
    expect((await refusal(downloadScan(backend.ctx, id))).message).toContain('Hãy đính kèm lại');
  });
});
