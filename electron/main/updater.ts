/**
 * Updates from the commune's own server (electron-updater, generic provider). The address is the
 * `updateUrl` setting: empty means no check at all. An updater problem is logged and never
 * stops the application — the register must open even when the network does not.
 */
import type { MessageBoxOptions } from 'electron';
import type { AppUpdater } from 'electron-updater';

export type UpdaterLike = Pick<
  AppUpdater,
  'autoDownload' | 'autoInstallOnAppQuit' | 'setFeedURL' | 'checkForUpdates' | 'on' | 'quitAndInstall'
>;

export type UpdateOutcome = 'disabled' | 'up-to-date' | 'available' | 'unavailable' | 'failed';

export interface UpdaterOptions {
  updater: UpdaterLike;
  /** Reads the `updateUrl` setting through the backend. */
  getUpdateUrl: () => Promise<string>;
  /** Asks whether to restart now to install `version`; true = restart. */
  askToRestart: (version: string) => Promise<boolean>;
  /** Tells the user the result of a check they asked for from the menu. */
  inform?: (message: string) => void;
  platform?: NodeJS.Platform;
  log?: (message: string, error?: unknown) => void;
}

export interface Updater {
  check(options?: { interactive?: boolean }): Promise<UpdateOutcome>;
}

export const updateMessages = {
  disabled:
    'Chưa đặt địa chỉ cập nhật. Hãy nhập địa chỉ máy chủ cập nhật trong mục Cài đặt rồi kiểm tra lại.',
  upToDate: 'Bạn đang dùng phiên bản mới nhất.',
  available: 'Đã có phiên bản mới; ứng dụng đang tải về và sẽ hỏi bạn khi tải xong.',
  unavailable: 'Bản đang chạy thử (chưa cài đặt) không tự cập nhật.',
  failed:
    'Không kiểm tra được bản cập nhật (mất mạng hoặc địa chỉ cập nhật chưa đúng). ' +
    'Ứng dụng vẫn dùng bình thường; hãy thử lại sau.',
} as const;

export function restartPrompt(version: string): MessageBoxOptions {
  return {
    type: 'info',
    title: 'Cập nhật Tổ CNSCĐ',
    message: `Đã tải xong phiên bản ${version}.`,
    detail: 'Khởi động lại ứng dụng để cài đặt ngay? Dữ liệu đã được lưu.',
    buttons: ['Khởi động lại', 'Để sau'],
    defaultId: 0,
    cancelId: 1,
    noLink: true,
  };
}

export function createUpdater(options: UpdaterOptions): Updater {
  const { updater } = options;
  const log = options.log ?? ((message, error) => console.warn(message, error ?? ''));
  const platform = options.platform ?? process.platform;

  updater.autoDownload = true;
  // On Windows an update installs only when the user agrees to restart (as in Notesnook): a
  // silent install at quit surprises a clerk who shuts the PC down at the end of the day.
  updater.autoInstallOnAppQuit = platform !== 'win32';
  updater.on('error', (error) => log('Lỗi cập nhật:', error));
  updater.on('update-downloaded', (info) => {
    options
      .askToRestart(info.version)
      .then((restart) => {
        if (restart) updater.quitAndInstall(false, true);
      })
      .catch((error: unknown) => log('Không cài được bản cập nhật:', error));
  });

  return {
    async check({ interactive = false } = {}) {
      const tell = (message: string) => {
        if (interactive) options.inform?.(message);
      };
      try {
        const url = (await options.getUpdateUrl()).trim();
        if (url === '') {
          tell(updateMessages.disabled);
          return 'disabled';
        }
        updater.setFeedURL({ provider: 'generic', url });
        const result = await updater.checkForUpdates();
        if (result === null) {
          tell(updateMessages.unavailable);
          return 'unavailable';
        }
        const outcome = result.isUpdateAvailable ? 'available' : 'up-to-date';
        tell(outcome === 'available' ? updateMessages.available : updateMessages.upToDate);
        return outcome;
      } catch (error) {
        log('Không kiểm tra được bản cập nhật:', error);
        tell(updateMessages.failed);
        return 'failed';
      }
    },
  };
}
