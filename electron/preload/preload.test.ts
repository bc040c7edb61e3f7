import { beforeAll, describe, expect, it, vi } from 'vitest';

const mocks = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoke: vi.fn(),
}));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => mocks.exposed.set(key, value) },
  ipcRenderer: { invoke: mocks.invoke },
}));

import type { Api, Transport } from '../../shared/contract/client';
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
