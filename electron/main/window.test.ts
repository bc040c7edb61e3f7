import { beforeEach, describe, expect, it, vi } from 'vitest';

const mocks = vi.hoisted(() => {
  const instances: FakeWindow[] = [];
  class FakeWindow {
    readonly options: unknown;
    readonly loaded: string[] = [];
    readonly listeners = new Map<string, (...args: unknown[]) => void>();
    minimized = true;
    visible = false;
    readonly calls: string[] = [];
    constructor(options: unknown) {
      this.options = options;
      instances.push(this);
    }
    loadURL(url: string) {
      this.loaded.push(url);
      return Promise.resolve();
    }
    once(event: string, listener: (...args: unknown[]) => void) {
      this.listeners.set(event, listener);
      return this;
    }
    on(event: string, listener: (...args: unknown[]) => void) {
      this.listeners.set(event, listener);
      return this;
    }
    isDestroyed() {
      return false;
    }
    isMinimized() {
      return this.minimized;
    }
    isVisible() {
      return this.visible;
    }
    restore() {
      this.calls.push('restore');
    }
    show() {
      this.calls.push('show');
    }
    focus() {
      this.calls.push('focus');
    }
  }
  return { instances, FakeWindow };
});

vi.mock('electron', () => ({ BrowserWindow: mocks.FakeWindow, protocol: {} }));

import { createMainWindow, focusWindow, rendererUrl, WINDOW_TITLE, windowOptions } from './window';
import type { BrowserWindow } from 'electron';

beforeEach(() => {
  mocks.instances.length = 0;
});

describe('the window options', () => {
  const options = windowOptions({ preloadPath: '/app/out/preload/index.cjs' });

  it('isolate the page from Node and the shell', () => {
    expect(options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      allowRunningInsecureContent: false,
      preload: '/app/out/preload/index.cjs',
    });
  });

  it('fit a 1366×768 screen and never shrink below a usable size', () => {
    expect(options.width).toBeLessThanOrEqual(1366);
    expect(options.height).toBeLessThanOrEqual(768);
    expect(options.minWidth).toBe(1024);
    expect(options.minHeight).toBe(640);
  });

  it('have a Vietnamese title', () => {
    expect(options.title).toBe(WINDOW_TITLE);
    expect(WINDOW_TITLE).toMatch(/^Tổ CNSCĐ/u);
    expect(WINDOW_TITLE).toBe(WINDOW_TITLE.normalize('NFC'));
  });

  it('add the icon only when one is given', () => {
    expect(options).not.toHaveProperty('icon');
    expect(windowOptions({ preloadPath: 'p', iconPath: '/i.png' }).icon).toBe('/i.png');
  });
});

describe('the page address', () => {
  it('is the app:// bundle, also when a dev server URL leaks into a packaged build', () => {
    expect(rendererUrl({ packaged: false })).toBe('app://bundle/index.html');
    expect(rendererUrl({ packaged: true, devServerUrl: 'http://localhost:5173' })).toBe(
      'app://bundle/index.html',
    );
  });

  it('is the dev server in development', () => {
    expect(rendererUrl({ packaged: false, devServerUrl: 'http://localhost:5173' })).toBe(
      'http://localhost:5173',
    );
  });
});

describe('the main window', () => {
  it('is created with the secure options, loads the page and shows when ready', () => {
    createMainWindow({ preloadPath: '/p.cjs' }, 'app://bundle/index.html');
    const window = mocks.instances[0];
    expect(window?.options).toEqual(windowOptions({ preloadPath: '/p.cjs' }));
    expect(window?.loaded).toEqual(['app://bundle/index.html']);
    window?.listeners.get('ready-to-show')?.();
    expect(window?.calls).toContain('show');
  });

  it('comes forward when focused: restored, shown, focused', () => {
    const window = new mocks.FakeWindow({});
    focusWindow(window as unknown as BrowserWindow);
    expect(window.calls).toEqual(['restore', 'show', 'focus']);
    expect(() => focusWindow(null)).not.toThrow();
  });
});
