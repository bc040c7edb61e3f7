import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { createUpdater, restartPrompt, updateMessages, type UpdaterLike } from './updater';

function fakeUpdater(check: () => Promise<unknown> = async () => ({ isUpdateAvailable: false })) {
  const emitter = new EventEmitter();
  const fake = {
    autoDownload: false,
    autoInstallOnAppQuit: true,
    setFeedURL: vi.fn(),
    checkForUpdates: vi.fn(check),
    quitAndInstall: vi.fn(),
    on: (event: string, listener: (...args: unknown[]) => void) => emitter.on(event, listener),
    emit: (event: string, ...args: unknown[]) => emitter.emit(event, ...args),
  };
  return fake;
}

function setUp(
  url: string | (() => Promise<string>),
  updater = fakeUpdater(),
  platform: NodeJS.Platform = 'win32',
) {
  const log = vi.fn();
  const inform = vi.fn();
  const askToRestart = vi.fn(async () => true);
  const subject = createUpdater({
    updater: updater as unknown as UpdaterLike,
    getUpdateUrl: typeof url === 'string' ? async () => url : url,
    askToRestart,
    inform,
    platform,
    log,
  });
  return { subject, updater, log, inform, askToRestart };
}

describe('the updater', () => {
  it('does nothing at all when no update address is set', async () => {
    const { subject, updater, log, inform } = setUp('  ');
    await expect(subject.check()).resolves.toBe('disabled');
    expect(updater.setFeedURL).not.toHaveBeenCalled();
    expect(updater.checkForUpdates).not.toHaveBeenCalled();
    expect(log).not.toHaveBeenCalled();
    expect(inform).not.toHaveBeenCalled();
  });

  it('tells the user how to set the address when they asked from the menu', async () => {
    const { subject, inform } = setUp('');
    await subject.check({ interactive: true });
    expect(inform).toHaveBeenCalledWith(updateMessages.disabled);
  });

  it('sets the generic feed to the setting, then checks', async () => {
    const url = 'https://capnhat.example.vn/to-cnscd/';
    const { subject, updater } = setUp(url);
    await expect(subject.check()).resolves.toBe('up-to-date');
    expect(updater.setFeedURL).toHaveBeenCalledWith({ provider: 'generic', url });
    expect(updater.checkForUpdates).toHaveBeenCalledOnce();
    expect(updater.setFeedURL.mock.invocationCallOrder[0]).toBeLessThan(
      updater.checkForUpdates.mock.invocationCallOrder[0] ?? 0,
    );
  });

  it('never throws when the check fails, and logs it', async () => {
    const updater = fakeUpdater(() => Promise.reject(new Error('net::ERR_INTERNET_DISCONNECTED')));
    const { subject, log, inform } = setUp('https://capnhat.example.vn/', updater);
    await expect(subject.check({ interactive: true })).resolves.toBe('failed');
    expect(log).toHaveBeenCalled();
    expect(inform).toHaveBeenCalledWith(updateMessages.failed);
  });

  it('never throws when the setting cannot be read', async () => {
    const { subject, updater } = setUp(() => Promise.reject(new Error('database closed')));
    await expect(subject.check()).resolves.toBe('failed');
    expect(updater.checkForUpdates).not.toHaveBeenCalled();
  });

  it('logs updater errors instead of letting them escape', () => {
    const { updater, log } = setUp('');
    expect(() => updater.emit('error', new Error('bad signature'))).not.toThrow();
    expect(log).toHaveBeenCalled();
  });

  it('does not install on quit on Windows; elsewhere it may', () => {
    expect(setUp('').updater.autoInstallOnAppQuit).toBe(false);
    expect(setUp('', fakeUpdater(), 'linux').updater.autoInstallOnAppQuit).toBe(true);
  });

  it('asks before restarting for a downloaded update, and restarts only on yes', async () => {
    const { updater, askToRestart } = setUp('https://x.example/');
    updater.emit('update-downloaded', { version: '1.2.0' });
    await vi.waitFor(() => expect(updater.quitAndInstall).toHaveBeenCalledOnce());
    expect(askToRestart).toHaveBeenCalledWith('1.2.0');

    const later = setUp('https://x.example/');
    later.askToRestart.mockResolvedValue(false);
    later.updater.emit('update-downloaded', { version: '1.2.0' });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(later.updater.quitAndInstall).not.toHaveBeenCalled();
  });

  it('asks in Vietnamese', () => {
    const prompt = restartPrompt('1.2.0');
    expect(prompt.message).toContain('1.2.0');
    expect(prompt.buttons).toEqual(['Khởi động lại', 'Để sau']);
    expect(prompt.cancelId).toBe(1);
  });
});
