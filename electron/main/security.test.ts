import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({ protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() } }));

import type { App, Session, WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY, directiveSources } from '../../shared/security/csp';
import { bundleHandler, resolveBundlePath } from './protocol';
import { devContentSecurityPolicy, hardenSession, installSecurityGuards, withCsp } from './security';

/** A web contents that records its listeners and its window-open handler. */
class FakeContents extends EventEmitter {
  openHandler: ((details: { url: string }) => { action: string }) | null = null;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.openHandler = handler;
  }
}

function preventable() {
  return { preventDefault: vi.fn() };
}

function guardedContents(): FakeContents {
  const app = new EventEmitter();
  installSecurityGuards(app as unknown as App);
  const contents = new FakeContents();
  app.emit('web-contents-created', {}, contents as unknown as WebContents);
  return contents;
}

describe('the guards on every web contents', () => {
  it('deny navigation away from the page', () => {
    const contents = guardedContents();
    const event = preventable();
    contents.emit('will-navigate', event, 'https://example.org/');
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('deny new windows', () => {
    const contents = guardedContents();
    expect(contents.openHandler).not.toBeNull();
    expect(contents.openHandler?.({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
  });

  it('refuse <webview>', () => {
    const contents = guardedContents();
    const event = preventable();
    contents.emit('will-attach-webview', event, {}, {});
    expect(event.preventDefault).toHaveBeenCalled();
  });
});

type PermissionRequest = (
  contents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
) => void;
type HeadersListener = (
  details: { responseHeaders?: Record<string, string[]> },
  callback: (response: { responseHeaders?: Record<string, string[]> }) => void,
) => void;

function hardenedSession() {
  const captured: {
    request?: PermissionRequest;
    check?: (...args: unknown[]) => boolean;
    device?: (...args: unknown[]) => boolean;
    headers?: HeadersListener;
  } = {};
  const session = {
    setPermissionRequestHandler: (h: PermissionRequest) => (captured.request = h),
    setPermissionCheckHandler: (h: (...args: unknown[]) => boolean) => (captured.check = h),
    setDevicePermissionHandler: (h: (...args: unknown[]) => boolean) => (captured.device = h),
    webRequest: { onHeadersReceived: (h: HeadersListener) => (captured.headers = h) },
  };
  hardenSession(session as unknown as Session);
  return captured;
}

describe('the session', () => {
  it('denies every permission request and check', () => {
    const captured = hardenedSession();
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read']) {
      const callback = vi.fn();
      captured.request?.({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
      expect(captured.check?.({}, permission, 'app://bundle', {})).toBe(false);
    }
    expect(captured.request).toBeDefined();
    expect(captured.device?.({})).toBe(false);
  });

  it('puts our CSP on every response, replacing one the server sent', () => {
    const captured = hardenedSession();
    const callback = vi.fn();
    captured.headers?.(
      { responseHeaders: { 'content-security-policy': ["script-src 'unsafe-eval'"], 'X-Other': ['1'] } },
      callback,
    );
    expect(callback).toHaveBeenCalledWith({
      responseHeaders: { 'X-Other': ['1'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });
});

describe('the Content-Security-Policy', () => {
  it('allows scripts only from our own origin: no inline code, no eval', () => {
    const scripts = directiveSources(CONTENT_SECURITY_POLICY, 'script-src');
    expect(scripts).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval/u);
    expect(directiveSources(CONTENT_SECURITY_POLICY, 'default-src')).toEqual(["'self'"]);
    expect(directiveSources(CONTENT_SECURITY_POLICY, 'object-src')).toEqual(["'none'"]);
    expect(directiveSources(CONTENT_SECURITY_POLICY, 'frame-ancestors')).toEqual(["'none'"]);
    // antd and docx-preview inject <style> elements.
    expect(directiveSources(CONTENT_SECURITY_POLICY, 'style-src')).toContain("'unsafe-inline'");
  });

  it('is relaxed for the dev server only as far as hot reload needs', () => {
    const dev = devContentSecurityPolicy('http://localhost:5173/');
    expect(directiveSources(dev, 'connect-src')).toEqual(["'self'", 'ws://localhost:5173']);
    expect(directiveSources(dev, 'object-src')).toEqual(["'none'"]);
  });

  it('header helper keeps other headers and wraps single values', () => {
    expect(withCsp({ A: 'x' }, 'p')).toEqual({ A: ['x'], 'Content-Security-Policy': ['p'] });
    expect(withCsp(undefined, 'p')).toEqual({ 'Content-Security-Policy': ['p'] });
  });
});

describe('the app:// protocol', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'to-cnscd-bundle-'));
  fs.mkdirSync(path.join(root, 'assets'));
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>x</title>');
  fs.writeFileSync(path.join(root, 'assets', 'main.js'), 'console.log(1)');
  fs.writeFileSync(path.join(path.dirname(root), 'secret.txt'), 'secret');

  it('maps bundle URLs to files inside the renderer folder', () => {
    expect(resolveBundlePath(root, 'app://bundle/index.html')).toBe(path.join(root, 'index.html'));
    expect(resolveBundlePath(root, 'app://bundle/')).toBe(path.join(root, 'index.html'));
    expect(resolveBundlePath(root, 'app://bundle/assets/main.js?v=1')).toBe(
      path.join(root, 'assets', 'main.js'),
    );
  });

  it('rejects path traversal, other hosts and other schemes', () => {
    for (const url of [
      'app://bundle/../secret.txt',
      'app://bundle/%2e%2e/secret.txt',
      'app://bundle/assets%2f..%2f..%2fsecret.txt',
      'app://bundle/..%5csecret.txt',
      'app://bundle/%00index.html',
      'app://other/index.html',
      'file:///etc/passwd',
      'not a url',
    ]) {
      const file = resolveBundlePath(root, url);
      if (file !== null) expect(path.relative(root, file).startsWith('..'), url).toBe(false);
      expect(file === null || file.startsWith(root + path.sep), url).toBe(true);
    }
    // Dot segments are folded by the URL parser and stay inside; encoded separators are refused.
    expect(resolveBundlePath(root, 'app://bundle/%2e%2e/secret.txt')).toBe(path.join(root, 'secret.txt'));
    expect(resolveBundlePath(root, 'app://bundle/assets%2f..%2f..%2fsecret.txt')).toBeNull();
    expect(resolveBundlePath(root, 'app://bundle/..%5csecret.txt')).toBeNull();
    expect(resolveBundlePath(root, 'app://bundle/%00index.html')).toBeNull();
    expect(resolveBundlePath(root, 'app://other/index.html')).toBeNull();
    expect(resolveBundlePath(root, 'file:///etc/passwd')).toBeNull();
  });

  it('serves files with their type and the CSP header', async () => {
    const handler = bundleHandler(root);
    const page = await handler(new Request('app://bundle/index.html'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/u);
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await page.text()).toContain('<title>x</title>');
    const script = await handler(new Request('app://bundle/assets/main.js'));
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript/u);
  });

  it('answers 404 outside the bundle and for missing files', async () => {
    const handler = bundleHandler(root);
    expect((await handler(new Request('app://bundle/%2e%2e/secret.txt'))).status).toBe(404);
    expect((await handler(new Request('app://bundle/missing.js'))).status).toBe(404);
  });
});
