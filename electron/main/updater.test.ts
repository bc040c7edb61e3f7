/**
 * The updater's decisions with electron-updater replaced by a fake: when it checks, what it asks,
 * how it waits between failed downloads, when it installs. The real download and sha512 check
 * against a local feed are in updater.feed.test.ts.
 */
import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { manualTimers } from '../../test-support/manual-timers';
import { updateAddressMessages } from '../../shared/contract/update-address';
import { backoffDelay, createUpdater, DAY_MS, type UpdaterLike } from './updater';
import {
  downloadFailedMessage,
  downloadPrompt,
  releaseNotesText,
  restartPrompt,
  updateMessages,
} from './updater-prompts';

const feed = 'https://capnhat.example.vn/to-cnscd/';

function available(version = '1.2.0', extra: Record<string, unknown> = {}) {
  return {
    isUpdateAvailable: true,
    updateInfo: {
      version,
      files: [{ url: `to-cnscd-${version}-setup.exe`, sha512: 'x', size: 1 }],
      path: `to-cnscd-${version}-setup.exe`,
      releaseNotes: 'Sửa lỗi in quyết định.',
      ...extra,
    },
  };
}

function fakeUpdater(check: () => Promise<unknown> = async () => ({ isUpdateAvailable: false })) {
  const emitter = new EventEmitter();
  return {
    autoDownload: true,
    autoInstallOnAppQuit: true,
    disableWebInstaller: false,
    setFeedURL: vi.fn(),
    checkForUpdates: vi.fn(check),
    downloadUpdate: vi.fn(async () => ['/cache/pending/to-cnscd-1.2.0-setup.exe']),
    quitAndInstall: vi.fn(),
    on: (event: string, listener: (...args: unknown[]) => void) => emitter.on(event, listener),
    emit: (event: string, ...args: unknown[]) => emitter.emit(event, ...args),
  };
}

function setUp(url: string | (() => Promise<string>), updater = fakeUpdater()) {
  const log = vi.fn();
  const inform = vi.fn();
  const askToDownload = vi.fn(async () => true);
  const askToInstall = vi.fn(async () => true);
  const timers = manualTimers();
  let writing = false;
  const subject = createUpdater({
    updater: updater as unknown as UpdaterLike,
    getUpdateUrl: typeof url === 'string' ? async () => url : url,
    isWriting: () => writing,
    askToDownload,
    askToInstall,
    inform,
    timers,
    retry: { attempts: 4, firstDelayMs: 1_000, maxDelayMs: 3_000 },
    firstCheckDelayMs: 15_000,
    writeCheckMs: 500,
    log,
  });
  const setWriting = (value: boolean) => {
    writing = value;
  };
  return { subject, updater, log, inform, askToDownload, askToInstall, timers, setWriting };
}

describe('the updater checks', () => {
  it('downloads nothing by itself and never installs at quit', () => {
    const { updater } = setUp('');
    expect(updater.autoDownload).toBe(false);
    expect(updater.autoInstallOnAppQuit).toBe(false);
    expect(updater.disableWebInstaller).toBe(true);
  });

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

  it('refuses a plain http address of another machine, even if the setting holds one', async () => {
    const { subject, updater, inform } = setUp('http://capnhat.example.vn/to-cnscd/');
    await expect(subject.check({ interactive: true })).resolves.toBe('refused');
    expect(updater.setFeedURL).not.toHaveBeenCalled();
    expect(updater.checkForUpdates).not.toHaveBeenCalled();
    expect(inform).toHaveBeenCalledWith(updateAddressMessages.plainHttp);
  });

  it('accepts plain http on the loopback address (the tests’ feed)', async () => {
    const { subject, updater } = setUp('http://127.0.0.1:4567/feed/');
    await expect(subject.check()).resolves.toBe('up-to-date');
    expect(updater.setFeedURL).toHaveBeenCalledWith({
      provider: 'generic',
      url: 'http://127.0.0.1:4567/feed/',
    });
  });

  it('sets the generic feed to the setting, then checks', async () => {
    const { subject, updater } = setUp(feed);
    await expect(subject.check()).resolves.toBe('up-to-date');
    expect(updater.setFeedURL).toHaveBeenCalledWith({ provider: 'generic', url: feed });
    expect(updater.checkForUpdates).toHaveBeenCalledOnce();
    expect(updater.setFeedURL.mock.invocationCallOrder[0]).toBeLessThan(
      updater.checkForUpdates.mock.invocationCallOrder[0] ?? 0,
    );
  });

  it('never throws when the check fails, and logs it', async () => {
    const updater = fakeUpdater(() => Promise.reject(new Error('net::ERR_INTERNET_DISCONNECTED')));
    const { subject, log, inform } = setUp(feed, updater);
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

  it('refuses a latest.yml that sends the download to a plain http address', async () => {
    const updater = fakeUpdater(async () =>
      available('1.2.0', { files: [{ url: 'http://may-khac.example.vn/setup.exe', sha512: 'x', size: 1 }] }),
    );
    const { subject, askToDownload, inform } = setUp(feed, updater);
    await expect(subject.check({ interactive: true })).resolves.toBe('refused');
    expect(askToDownload).not.toHaveBeenCalled();
    expect(updater.downloadUpdate).not.toHaveBeenCalled();
    expect(inform).toHaveBeenCalledWith(updateMessages.unsafeFiles);
  });

  it('checks at start (after the window is up) and then every day', async () => {
    const { subject, updater, timers } = setUp(feed);
    subject.start();
    expect(timers.pending()).toEqual([15_000]);
    expect(updater.checkForUpdates).not.toHaveBeenCalled();
    timers.fireNext();
    await subject.settled();
    await vi.waitFor(() => expect(timers.pending()).toEqual([DAY_MS]));
    expect(updater.checkForUpdates).toHaveBeenCalledTimes(1);
    timers.fireNext();
    await vi.waitFor(() => expect(timers.pending()).toEqual([DAY_MS]));
    expect(updater.checkForUpdates).toHaveBeenCalledTimes(2);
    subject.stop();
    expect(timers.pending()).toEqual([]);
  });
});

describe('the officer decides', () => {
  it('sees the version and its notes, and nothing is downloaded when they decline', async () => {
    const { subject, updater, askToDownload } = setUp(
      feed,
      fakeUpdater(async () => available()),
    );
    askToDownload.mockResolvedValue(false);
    await expect(subject.check()).resolves.toBe('declined');
    expect(askToDownload).toHaveBeenCalledWith({ version: '1.2.0', notes: 'Sửa lỗi in quyết định.' });
    await subject.settled();
    expect(updater.downloadUpdate).not.toHaveBeenCalled();
    expect(updater.quitAndInstall).not.toHaveBeenCalled();
  });

  it('downloads once they agree, then installs only when they agree again', async () => {
    const { subject, updater, askToInstall } = setUp(
      feed,
      fakeUpdater(async () => available()),
    );
    askToInstall.mockResolvedValue(false);
    await expect(subject.check()).resolves.toBe('available');
    await subject.settled();
    expect(updater.downloadUpdate).toHaveBeenCalledOnce();
    expect(askToInstall).toHaveBeenCalledWith('1.2.0');
    expect(updater.quitAndInstall).not.toHaveBeenCalled();

    // The next check does not ask to download the same version again: it asks to install.
    askToInstall.mockResolvedValue(true);
    await subject.check();
    await subject.settled();
    expect(askToInstall).toHaveBeenCalledTimes(2);
    expect(updater.quitAndInstall).toHaveBeenCalledExactlyOnceWith(false, true);
  });

  it('holds the install while a write is running, and installs when it is over', async () => {
    const { subject, updater, inform, timers, setWriting } = setUp(
      feed,
      fakeUpdater(async () => available()),
    );
    setWriting(true);
    await subject.check();
    await vi.waitFor(() => expect(timers.pending()).toEqual([500]));
    expect(inform).toHaveBeenCalledWith(updateMessages.waitingForWrites);
    expect(updater.quitAndInstall).not.toHaveBeenCalled();

    timers.fireNext();
    await vi.waitFor(() => expect(timers.pending()).toEqual([500]));
    expect(updater.quitAndInstall).not.toHaveBeenCalled();

    setWriting(false);
    timers.fireNext();
    await subject.settled();
    expect(updater.quitAndInstall).toHaveBeenCalledOnce();
    expect(inform.mock.calls.filter(([m]) => m === updateMessages.waitingForWrites)).toHaveLength(1);
  });

  it('a second check while downloading starts no second download', async () => {
    const { subject, updater, askToInstall } = setUp(
      feed,
      fakeUpdater(async () => available()),
    );
    let finish = () => undefined as void;
    updater.downloadUpdate.mockImplementationOnce(
      () => new Promise<string[]>((resolve) => (finish = () => resolve(['/cache/x.exe']))),
    );
    await subject.check();
    await expect(subject.check({ interactive: true })).resolves.toBe('downloading');
    finish();
    await subject.settled();
    expect(updater.downloadUpdate).toHaveBeenCalledOnce();
    expect(askToInstall).toHaveBeenCalledOnce();
  });
});

describe('a failed download', () => {
  it('is tried again after waits that double up to a cap, never at once, then reported', async () => {
    const { subject, updater, inform, timers, askToInstall } = setUp(
      feed,
      fakeUpdater(async () => available()),
    );
    updater.downloadUpdate.mockRejectedValue(new Error('ERR_CHECKSUM_MISMATCH'));
    await subject.check();

    for (const [tries, delay] of [
      [1, 1_000],
      [2, 2_000],
      [3, 3_000],
    ] as const) {
      await vi.waitFor(() => expect(timers.pending()).toEqual([delay]));
      // Nothing is tried again before the wait is over.
      expect(updater.downloadUpdate).toHaveBeenCalledTimes(tries);
      timers.fireNext();
    }
    await subject.settled();
    expect(updater.downloadUpdate).toHaveBeenCalledTimes(4);
    expect(timers.pending()).toEqual([]);
    expect(inform).toHaveBeenCalledWith(downloadFailedMessage('1.2.0', 4));
    expect(askToInstall).not.toHaveBeenCalled();
    expect(updater.quitAndInstall).not.toHaveBeenCalled();
  });

  it('that succeeds on a later try goes on to the install question', async () => {
    const { subject, updater, timers, askToInstall } = setUp(
      feed,
      fakeUpdater(async () => available()),
    );
    updater.downloadUpdate.mockRejectedValueOnce(new Error('socket hang up'));
    await subject.check();
    await vi.waitFor(() => expect(timers.pending()).toEqual([1_000]));
    timers.fireNext();
    await subject.settled();
    expect(updater.downloadUpdate).toHaveBeenCalledTimes(2);
    expect(askToInstall).toHaveBeenCalledWith('1.2.0');
  });

  it('waits are capped', () => {
    const policy = { attempts: 10, firstDelayMs: 30_000, maxDelayMs: 30 * 60_000 };
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((n) => backoffDelay(n, policy))).toEqual([
      30_000, 60_000, 120_000, 240_000, 480_000, 960_000, 1_800_000, 1_800_000,
    ]);
  });
});

describe('what the officer reads', () => {
  it('asks to download in Vietnamese, with the version and the notes', () => {
    const prompt = downloadPrompt({ version: '1.2.0', notes: 'Sửa lỗi in quyết định.' });
    expect(prompt.message).toContain('1.2.0');
    expect(prompt.detail).toContain('Sửa lỗi in quyết định.');
    expect(prompt.buttons).toEqual(['Tải về', 'Để sau']);
    expect(prompt.cancelId).toBe(1);
  });

  it('asks to restart in Vietnamese', () => {
    const prompt = restartPrompt('1.2.0');
    expect(prompt.message).toContain('1.2.0');
    expect(prompt.buttons).toEqual(['Khởi động lại và cài đặt', 'Để sau']);
    expect(prompt.cancelId).toBe(1);
  });

  it('shows release notes as plain text, whatever latest.yml holds', () => {
    expect(releaseNotesText(undefined)).toBe('');
    expect(releaseNotesText('<p>Sửa lỗi &amp; thêm mẫu</p><ul><li>Mẫu 1</li></ul>')).toBe(
      'Sửa lỗi & thêm mẫu\nMẫu 1',
    );
    expect(
      releaseNotesText([
        { version: '1.2.0', note: 'Mẫu mới' },
        { version: '1.1.0', note: null },
      ]),
    ).toBe('1.2.0: Mẫu mới');
    expect(releaseNotesText('x'.repeat(2000))).toHaveLength(1501);
  });
});
