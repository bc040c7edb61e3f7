/** The one application window: secure web preferences, a size that suits 1366×768 screens. */
import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron';
import { APP_ENTRY_URL } from './protocol';

export const WINDOW_TITLE = 'Tổ CNSCĐ – Sổ quản lý Tổ Công nghệ số cộng đồng';

export interface WindowSettings {
  /** Absolute path of the built preload (out/preload/index.cjs). */
  preloadPath: string;
  /** Window icon for Linux in development; packaged builds take the installer's icon. */
  iconPath?: string;
}

export function windowOptions(settings: WindowSettings): BrowserWindowConstructorOptions {
  return {
    title: WINDOW_TITLE,
    // Leaves room for the taskbar on the 1366×768 screens common in commune offices.
    width: 1280,
    height: 760,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    backgroundColor: '#ffffff',
    autoHideMenuBar: false,
    ...(settings.iconPath ? { icon: settings.iconPath } : {}),
    webPreferences: {
      preload: settings.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      navigateOnDragDrop: false,
    },
  };
}

/**
 * Where the page comes from: electron-vite's dev server when it runs (never in a packaged
 * build), otherwise the built renderer through `app://`.
 */
export function rendererUrl(options: { packaged: boolean; devServerUrl?: string | undefined }): string {
  if (!options.packaged && options.devServerUrl) return options.devServerUrl;
  return APP_ENTRY_URL;
}

export function createMainWindow(settings: WindowSettings, url: string): BrowserWindow {
  const window = new BrowserWindow(windowOptions(settings));
  window.once('ready-to-show', () => window.show());
  // The page's <title> would otherwise replace ours as soon as it loads.
  window.on('page-title-updated', (event) => event.preventDefault());
  window.loadURL(url).catch((error: unknown) => console.error('Không tải được giao diện:', error));
  return window;
}

/** Brings the window back in front: restores it if minimised, shows it if hidden. */
export function focusWindow(window: BrowserWindow | null): void {
  if (window === null || window.isDestroyed()) return;
  if (window.isMinimized()) window.restore();
  if (!window.isVisible()) window.show();
  window.focus();
}
