/**
 * The whole hardening of the shell in one place: the page may not navigate, open windows,
 * embed <webview>, or get any browser permission, and every response carries our CSP.
 */
import type { App, Session, WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';

export function hardenWebContents(contents: WebContents): void {
  // The application is one page: a navigation can only be a stray link or injected content.
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** Applies the guards to every web contents, including any created later. */
export function installSecurityGuards(app: App): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
}

type Headers = Record<string, string | string[]>;

/** `headers` with any CSP the server sent replaced by ours (header names are case-insensitive). */
export function withCsp(headers: Headers | undefined, policy: string): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() === 'content-security-policy') continue;
    result[name] = Array.isArray(value) ? value : [value];
  }
  result['Content-Security-Policy'] = [policy];
  return result;
}

export function hardenSession(session: Session, policy: string = CONTENT_SECURITY_POLICY): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withCsp(details.responseHeaders, policy) });
  });
}

/**
 * Development only (electron-vite's dev server): React's fast-refresh preamble is an inline
 * script and hot reload talks over a WebSocket. Never used for the built application.
 */
export function devContentSecurityPolicy(devServerUrl: string): string {
  const url = new URL(devServerUrl);
  const socket = `${url.protocol === 'https:' ? 'wss:' : 'ws:'}//${url.host}`;
  return CONTENT_SECURITY_POLICY.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'").replace(
    "connect-src 'self'",
    `connect-src 'self' ${socket}`,
  );
}
