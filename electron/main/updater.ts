/**
 * Updates from the commune's own server (electron-updater, generic provider). The address is the
 * `updateUrl` setting: empty means no check at all; it must be https (plain http only on this
 * machine's loopback, for the tests' feed). Checks at start and then every day; nothing is
 * downloaded until the officer has seen the version and its notes and agreed; a failed download
 * is retried after longer and longer waits, then reported; electron-updater verifies the file
 * against the sha512 of latest.yml and keeps it apart from the installed application; the update
 * installs only when the officer agrees and no write is running. An updater problem is logged
 * and never stops the application: the register must open even when the network does not.
 */
import type { AppUpdater, UpdateInfo } from 'electron-updater';
import { updateAddressProblem } from '../../shared/contract/update-address';
import { downloadFailedMessage, releaseNotesText, updateMessages, type UpdateOffer } from './updater-prompts';

export type UpdaterLike = Pick<
  AppUpdater,
  | 'autoDownload'
  | 'autoInstallOnAppQuit'
  | 'disableWebInstaller'
  | 'setFeedURL'
  | 'checkForUpdates'
  | 'downloadUpdate'
  | 'on'
  | 'quitAndInstall'
>;

export type UpdateOutcome =
  'disabled' | 'refused' | 'unavailable' | 'up-to-date' | 'declined' | 'downloading' | 'available' | 'failed';

/** setTimeout and clearTimeout, injected so that tests move time themselves. */
export interface Timers {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface RetryPolicy {
  /** Downloads tried before the failure is reported (the first one included). */
  attempts: number;
  /** The wait after the first failure; each next wait doubles, up to `maxDelayMs`. */
  firstDelayMs: number;
  maxDelayMs: number;
}

export interface UpdaterOptions {
  updater: UpdaterLike;
  /** Reads the `updateUrl` setting through the backend. */
  getUpdateUrl: () => Promise<string>;
  /** Whether the backend is writing now; the update waits until it is not. */
  isWriting: () => boolean | Promise<boolean>;
  /** Shows the new version and its notes; true = download it. */
  askToDownload: (offer: UpdateOffer) => Promise<boolean>;
  /** Asks whether to restart now to install `version`; true = restart. */
  askToInstall: (version: string) => Promise<boolean>;
  /** Tells the officer something: results of a check they asked for, failures of a download. */
  inform?: (message: string) => void;
  timers?: Timers;
  retry?: RetryPolicy;
  /** The first check after start (the window is up by then). */
  firstCheckDelayMs?: number;
  /** How often a held install looks again whether the write is over. */
  writeCheckMs?: number;
  log?: (message: string, error?: unknown) => void;
}

export interface Updater {
  /** One check now; never throws. */
  check(options?: { interactive?: boolean }): Promise<UpdateOutcome>;
  /** Checks after `firstCheckDelayMs`, then every day. */
  start(): void;
  stop(): void;
  /** Resolves once no check, download or held install is running (for tests and shutdown). */
  settled(): Promise<void>;
}

export const DAY_MS = 24 * 60 * 60 * 1000;

export const defaultRetry: RetryPolicy = { attempts: 5, firstDelayMs: 30_000, maxDelayMs: 30 * 60_000 };

const realTimers: Timers = {
  setTimeout: (run, ms) => setTimeout(run, ms).unref(),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

/** The wait before the download after failed attempt number `attempt` (1, 2, …). */
export function backoffDelay(attempt: number, policy: RetryPolicy): number {
  return Math.min(policy.firstDelayMs * 2 ** (attempt - 1), policy.maxDelayMs);
}

/**
 * latest.yml may name its files by absolute address: each one must obey the same rule as the
 * feed, or an https feed could send the download over plain http.
 */
function unsafeFileAddress(info: UpdateInfo, feed: string): string | null {
  const base = feed.endsWith('/') ? feed : `${feed}/`;
  const urls = [...(info.files ?? []).map((file) => file.url), ...(info.path ? [info.path] : [])];
  for (const url of urls) {
    let address: string;
    try {
      address = new URL(url, base).href;
    } catch {
      return url;
    }
    if (updateAddressProblem(address) !== null) return address;
  }
  return null;
}

export function createUpdater(options: UpdaterOptions): Updater {
  const { updater } = options;
  const log = options.log ?? ((message, error) => console.warn(message, error ?? ''));
  const timers = options.timers ?? realTimers;
  const retry = options.retry ?? defaultRetry;
  const inform = (message: string) => options.inform?.(message);

  // Nothing happens without the officer: no download before they agree, no install at quit.
  updater.autoDownload = false;
  updater.autoInstallOnAppQuit = false;
  // Only the full installer is published; a web installer would skip its own checks.
  updater.disableWebInstaller = true;
  updater.on('error', (error) => log('Lỗi cập nhật:', error));

  let checking: Promise<UpdateOutcome> | null = null;
  let downloading: Promise<void> | null = null;
  /** The version already downloaded and verified: a later check goes straight to the install question. */
  let downloaded: string | null = null;
  let planned: unknown = null;
  let stopped = false;

  const wait = (ms: number) => new Promise<void>((resolve) => timers.setTimeout(resolve, ms));

  /** Installs once the officer agrees and no write is running; a write in progress holds it. */
  async function offerInstall(version: string): Promise<void> {
    if (!(await options.askToInstall(version))) return;
    let told = false;
    while (await options.isWriting()) {
      if (!told) inform(updateMessages.waitingForWrites);
      told = true;
      await wait(options.writeCheckMs ?? 2_000);
      if (stopped) return;
    }
    updater.quitAndInstall(false, true);
  }

  /**
   * Downloads in the background; each failure waits twice as long as the one before (capped)
   * before the next try, then the officer is told. electron-updater writes to a temporary file
   * in its own cache folder, checks the sha512 and removes a file that does not match.
   */
  async function download(version: string): Promise<void> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        await updater.downloadUpdate();
        break;
      } catch (error) {
        log(`Không tải được bản cập nhật ${version} (lần ${attempt}):`, error);
        if (attempt >= retry.attempts) {
          inform(downloadFailedMessage(version, attempt));
          return;
        }
        await wait(backoffDelay(attempt, retry));
        if (stopped) return;
      }
    }
    downloaded = version;
    await offerInstall(version);
  }

  async function runCheck(interactive: boolean): Promise<UpdateOutcome> {
    const tell = (message: string) => {
      if (interactive) inform(message);
    };
    try {
      if (downloading !== null) {
        tell(updateMessages.downloading);
        return 'downloading';
      }
      const url = (await options.getUpdateUrl()).trim();
      if (url === '') {
        tell(updateMessages.disabled);
        return 'disabled';
      }
      const problem = updateAddressProblem(url);
      if (problem !== null) {
        log(`Địa chỉ cập nhật bị từ chối: ${url}`);
        tell(problem);
        return 'refused';
      }
      updater.setFeedURL({ provider: 'generic', url });
      const result = await updater.checkForUpdates();
      if (result === null) {
        tell(updateMessages.unavailable);
        return 'unavailable';
      }
      if (!result.isUpdateAvailable) {
        tell(updateMessages.upToDate);
        return 'up-to-date';
      }
      const info = result.updateInfo;
      const unsafe = unsafeFileAddress(info, url);
      if (unsafe !== null) {
        log(`Tệp cập nhật ở địa chỉ không an toàn: ${unsafe}`);
        tell(updateMessages.unsafeFiles);
        return 'refused';
      }
      if (downloaded !== info.version) {
        const offer = { version: info.version, notes: releaseNotesText(info.releaseNotes) };
        if (!(await options.askToDownload(offer))) {
          tell(updateMessages.declined);
          return 'declined';
        }
        tell(updateMessages.downloadStarted);
      }
      downloading = download(info.version)
        .catch((error: unknown) => log('Không cài được bản cập nhật:', error))
        .finally(() => {
          downloading = null;
        });
      return 'available';
    } catch (error) {
      log('Không kiểm tra được bản cập nhật:', error);
      tell(updateMessages.failed);
      return 'failed';
    }
  }

  function check({ interactive = false } = {}): Promise<UpdateOutcome> {
    // One check at a time: the daily one and the menu's share the same answer.
    checking ??= runCheck(interactive).finally(() => {
      checking = null;
    });
    return checking;
  }

  function plan(ms: number): void {
    planned = timers.setTimeout(() => {
      planned = null;
      void check().then(() => {
        if (!stopped) plan(DAY_MS);
      });
    }, ms);
  }

  return {
    check,
    start() {
      stopped = false;
      if (planned === null) plan(options.firstCheckDelayMs ?? 15_000);
    },
    stop() {
      stopped = true;
      if (planned !== null) timers.clearTimeout(planned);
      planned = null;
    },
    async settled() {
      while (checking !== null || downloading !== null) {
        await checking;
        await downloading;
      }
    },
  };
}
