import { describe, expect, it, vi } from 'vitest';
import type { Envelope } from '../../shared/contract/errors';
import { channelOf, operationNames } from '../../shared/contract/operations';
import type { Dispatch } from '../backend/dispatch';
import { originOf, registerOperations, senderCheckFor, type InvokeEventLike, type IpcMainLike } from './ipc';

type Listener = (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>;

function fakeIpc() {
  const handlers = new Map<string, Listener>();
  const ipc: IpcMainLike = {
    handle: (channel, listener) => {
      if (handlers.has(channel)) throw new Error(`twice: ${channel}`);
      handlers.set(channel, listener);
    },
  };
  return { ipc, handlers };
}

function setUp(allowed: string[] = ['app://bundle']) {
  const { ipc, handlers } = fakeIpc();
  const dispatch = vi.fn<Dispatch>(async (name) => ({ ok: true, value: `answer of ${name}` }));
  registerOperations(ipc, dispatch, senderCheckFor(allowed));
  const invoke = (channel: string, url: string, input?: unknown, parent: unknown = null) => {
    const listener = handlers.get(channel);
    if (!listener) throw new Error(`no handler for ${channel}`);
    return listener({ senderFrame: { url, parent } }, input) as Promise<Envelope<unknown>>;
  };
  return { handlers, dispatch, invoke };
}

describe('registerOperations', () => {
  it('registers exactly one channel per contract operation', () => {
    const { handlers } = setUp();
    expect(new Set(handlers.keys())).toEqual(new Set(operationNames.map(channelOf)));
    expect(handlers.size).toBe(operationNames.length);
  });

  it('passes calls from our page to dispatch under the operation name', async () => {
    const { dispatch, invoke } = setUp();
    for (const name of operationNames) {
      const answer = await invoke(channelOf(name), 'app://bundle/index.html', { x: 1 });
      expect(answer).toEqual({ ok: true, value: `answer of ${name}` });
      expect(dispatch).toHaveBeenLastCalledWith(name, { x: 1 });
    }
  });

  it("answers 'forbidden' to a frame of another origin, without calling dispatch", async () => {
    const { dispatch, invoke } = setUp();
    for (const url of ['https://example.org/', 'file:///tmp/evil.html', 'app://bundle.evil/index.html', '']) {
      const answer = await invoke(channelOf('getInfo'), url);
      expect(answer.ok, url).toBe(false);
      if (!answer.ok) {
        expect(answer.error.code).toBe('forbidden');
        expect(answer.error.message).toMatch(/bị từ chối/u);
      }
    }
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('refuses a sub-frame, even of our own origin', async () => {
    const { dispatch, invoke } = setUp();
    const answer = await invoke(channelOf('getInfo'), 'app://bundle/index.html', undefined, { url: 'x' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(dispatch).not.toHaveBeenCalled();
  });
});

describe('senderCheckFor', () => {
  it('compares whole origins, not prefixes', () => {
    const check = senderCheckFor(['http://localhost:5173/']);
    expect(check({ senderFrame: { url: 'http://localhost:5173/#/thon' } })).toBe(true);
    expect(check({ senderFrame: { url: 'http://localhost:51730/' } })).toBe(false);
    expect(check({ senderFrame: { url: 'http://localhost:5173.evil.org/' } })).toBe(false);
    expect(check({ senderFrame: null })).toBe(false);
  });

  it('reads the origin of our custom scheme', () => {
    expect(originOf('app://bundle/index.html')).toBe('app://bundle');
    expect(originOf('file:///x')).toBeNull();
    expect(originOf('nonsense')).toBeNull();
  });
});

describe('long jobs over IPC', () => {
  it("passes the page's job id to dispatch, and refuses a malformed one without calling it", async () => {
    const { handlers, dispatch } = setUp();
    const listener = handlers.get(channelOf('applyPeopleImport'));
    if (!listener) throw new Error('no handler');
    const event = { senderFrame: { url: 'app://bundle/index.html', parent: null } };
    await listener(event, { fileName: 'a.xlsx' }, 'nhap-danh-sach-1');
    expect(dispatch).toHaveBeenLastCalledWith(
      'applyPeopleImport',
      { fileName: 'a.xlsx' },
      { jobId: 'nhap-danh-sach-1' },
    );
    dispatch.mockClear();
    const refused = (await listener(event, {}, '../../x')) as Envelope<unknown>;
    expect(refused).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(dispatch).not.toHaveBeenCalled();
  });
});
