import { beforeAll, describe, expect, it, vi } from 'vitest';

const mocks = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoke: vi.fn(),
  on: vi.fn(),
}));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => mocks.exposed.set(key, value) },
  ipcRenderer: { invoke: mocks.invoke, on: mocks.on },
}));

import type { Api, Transport } from '../../shared/contract/client';
import { JOB_PROGRESS_CHANNEL, type JobEvents, type JobProgress } from '../../shared/contract/jobs';
import { channelOf, operationNames } from '../../shared/contract/operations';

let api: Api;
let transport: Transport;

beforeAll(async () => {
  await import('./index');
  api = mocks.exposed.get('api') as Api;
  transport = mocks.exposed.get('apiTransport') as Transport;
});

describe('the preload', () => {
  it('exposes window.api with one method per contract operation, and nothing else', () => {
    expect(Object.keys(api).sort()).toEqual([...operationNames].sort());
    for (const name of operationNames) expect(typeof api[name]).toBe('function');
  });

  it('calls each operation on its own channel and unwraps the answer', async () => {
    mocks.invoke.mockResolvedValue({ ok: true, value: [{ code: '51', name: 'Quảng Ngãi' }] });
    await expect(api.listProvinces()).resolves.toEqual([{ code: '51', name: 'Quảng Ngãi' }]);
    expect(mocks.invoke).toHaveBeenLastCalledWith(channelOf('listProvinces'), undefined);
    await api.listCommunes({ provinceCode: '51' });
    expect(mocks.invoke).toHaveBeenLastCalledWith(channelOf('listCommunes'), { provinceCode: '51' });
  });

  it("rejects with the backend's Vietnamese message", async () => {
    mocks.invoke.mockResolvedValue({ ok: false, error: { code: 'conflict', message: 'Thôn đã có.' } });
    await expect(api.listVillages()).rejects.toMatchObject({ code: 'conflict', message: 'Thôn đã có.' });
  });

  it('passes envelopes untouched through apiTransport, and only for contract operations', async () => {
    mocks.invoke.mockClear();
    mocks.invoke.mockResolvedValue({ ok: false, error: { code: 'validation', message: 'Sai.' } });
    await expect(transport('getInfo', undefined)).resolves.toEqual({
      ok: false,
      error: { code: 'validation', message: 'Sai.' },
    });
    const unknown = await transport('dropEverything' as never, {});
    expect(unknown).toMatchObject({ ok: false, error: { code: 'unknown_operation' } });
    expect(mocks.invoke).toHaveBeenCalledOnce();
  });
});

describe('long jobs through the preload', () => {
  it("sends a call's job id after its input, and none for an ordinary call", async () => {
    mocks.invoke.mockClear();
    mocks.invoke.mockResolvedValue({ ok: true, value: null });
    await transport('createBackup', undefined, { jobId: 'sao-luu-0001' });
    expect(mocks.invoke).toHaveBeenLastCalledWith(channelOf('createBackup'), undefined, 'sao-luu-0001');
    await transport('createBackup', undefined);
    expect(mocks.invoke).toHaveBeenLastCalledWith(channelOf('createBackup'), undefined);
  });

  it('exposes window.jobEvents: progress from the shell, checked, to every listener', () => {
    const events = mocks.exposed.get('jobEvents') as JobEvents;
    const seen: JobProgress[] = [];
    const stop = events.subscribe((p) => seen.push(p));
    const registered = mocks.on.mock.calls.find((call) => call[0] === JOB_PROGRESS_CHANNEL);
    const deliver = registered?.[1] as (event: unknown, progress: unknown) => void;
    const step = {
      jobId: 'sao-luu-0001',
      operation: 'createBackup',
      done: 3,
      total: 9,
      label: 'Đang sao lưu',
    };
    deliver({}, step);
    deliver({}, { ...step, done: -1 });
    deliver({}, 'không phải tiến độ');
    expect(seen).toEqual([step]);
    stop();
    deliver({}, step);
    expect(seen).toHaveLength(1);
  });
});
