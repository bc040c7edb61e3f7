/**
 * The web preview: serves the built renderer and answers `POST /api/<operation>` with the very
 * same dispatch the Electron shell uses. It holds no logic of its own; it only moves envelopes.
 * Bound to 127.0.0.1, with a per-run token so that no other local page can call it.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { AppError, type Envelope, type ErrorCode } from '../../shared/contract/errors';
import { BRIDGE_SCRIPT, TOKEN_HEADER, TOKEN_META, TOKEN_QUERY } from '../../shared/contract/web';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';
import { JOB_EVENTS_PATH, JOB_HEADER, type JobProgress } from '../../shared/contract/jobs';
import type { Dispatch } from '../backend/dispatch';

export interface PreviewServerOptions {
  dispatch: Dispatch;
  /** The backend's job progress, streamed to the page as Server-Sent Events (JOB_EVENTS_PATH). */
  onProgress?: (listener: (progress: JobProgress) => void) => () => void;
  /** The built renderer (out/renderer). */
  rendererDir: string;
  port?: number;
  token?: string;
  /** Largest request body accepted, in bytes. */
  maxBodyBytes?: number;
}

export interface PreviewServer {
  url: string;
  origin: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const API_PREFIX = '/api/';

const statusOf: Record<ErrorCode, number> = {
  validation: 400,
  not_found: 404,
  conflict: 409,
  in_use: 409,
  not_set_up: 409,
  already_set_up: 409,
  db_too_new: 409,
  db_unreadable: 500,
  db_read_only: 503,
  db_locked: 503,
  db_corrupt: 503,
  db_cannot_open: 503,
  db_disk_full: 507,
  too_large: 413,
  unauthorized: 401,
  forbidden: 403,
  unknown_operation: 404,
  unavailable: 503,
  internal: 500,
  cancelled: 409,
};

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

function sameToken(given: string | undefined, token: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

function securityHeaders(res: http.ServerResponse): void {
  res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  res.setHeader('Cache-Control', 'no-store');
}

function sendEnvelope(res: http.ServerResponse, envelope: Envelope<unknown>): void {
  const status = envelope.ok ? 200 : statusOf[envelope.error.code];
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(envelope));
}

function sendError(res: http.ServerResponse, error: AppError): void {
  sendEnvelope(res, { ok: false, error: error.toPayload() });
}

function tooLarge(limit: number): AppError {
  return new AppError(
    'too_large',
    `Dữ liệu gửi lên quá lớn (hơn ${Math.round(limit / 1_048_576)} MB), nên chưa được xử lý. ` +
      'Hãy chọn tệp nhỏ hơn, hoặc chia danh sách thành nhiều tệp.',
  );
}

/**
 * Reads the body up to `limit` bytes. A larger one is refused with 413 — and the rest of it is
 * read and dropped, so that the client receives the answer instead of a reset connection.
 */
function readBody(req: http.IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? Number.NaN);
    if (Number.isFinite(declared) && declared > limit) {
      req.resume();
      reject(tooLarge(limit));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let refused = false;
    req.on('data', (chunk: Buffer) => {
      if (refused) return;
      size += chunk.length;
      if (size > limit) {
        refused = true;
        chunks.length = 0;
        reject(tooLarge(limit));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (!refused) resolve(Buffer.concat(chunks).toString('utf8'));
    });
    req.on('error', reject);
  });
}

/** The operation's name from the path; a malformed percent-encoding is the caller's mistake. */
function operationName(encoded: string): string {
  try {
    return decodeURIComponent(encoded);
  } catch {
    throw new AppError(
      'validation',
      'Tên thao tác trong địa chỉ bị mã hóa sai (dấu % không đúng quy cách). Hãy gọi đúng địa chỉ /api/<tên thao tác>.',
    );
  }
}

function pageWithToken(html: string, token: string): string {
  const injected =
    `<meta name="${TOKEN_META}" content="${token}">` +
    `<script type="module" src="./${BRIDGE_SCRIPT}"></script>`;
  return html.replace(/<head>/iu, `<head>${injected}`);
}

const refusedPage = `<!doctype html><html lang="vi"><meta charset="utf-8"><title>Tổ CNSCĐ</title>
<body style="font-family:sans-serif;max-width:40rem;margin:4rem auto">
<h1>Cần mở đúng địa chỉ</h1>
<p>Địa chỉ này thiếu mã truy cập. Hãy mở đúng địa chỉ mà cửa sổ dòng lệnh in ra khi chạy
<code>npm run preview:web</code> (có phần <code>?${TOKEN_QUERY}=…</code>).</p></body></html>`;

export async function startPreviewServer(options: PreviewServerOptions): Promise<PreviewServer> {
  const token = options.token ?? crypto.randomBytes(24).toString('base64url');
  const rendererDir = path.resolve(options.rendererDir);
  const maxBody = options.maxBodyBytes ?? 64 * 1_048_576;
  const indexHtml = fs.readFileSync(path.join(rendererDir, 'index.html'), 'utf8');
  let port = 0;

  const server = http.createServer((req, res) => {
    securityHeaders(res);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    // Refuse other host names so a foreign page cannot reach us through DNS rebinding.
    const hostHeader = req.headers.host ?? '';
    if (hostHeader !== `127.0.0.1:${port}` && hostHeader !== `localhost:${port}`) {
      res.writeHead(421, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Sai địa chỉ máy chủ.');
      return;
    }

    if (url.pathname.startsWith(API_PREFIX)) {
      void handleApi(req, res, url.pathname.slice(API_PREFIX.length));
      return;
    }
    if (url.pathname === JOB_EVENTS_PATH) {
      streamProgress(req, res, url);
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD, POST' });
      res.end();
      return;
    }
    if (url.pathname === '/' || url.pathname === '/index.html') {
      if (!sameToken(url.searchParams.get(TOKEN_QUERY) ?? undefined, token)) {
        res.writeHead(401, { 'Content-Type': 'text/html; charset=utf-8' });
        res.end(refusedPage);
        return;
      }
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(pageWithToken(indexHtml, token));
      return;
    }
    serveStatic(url.pathname, res);
  });

  async function handleApi(req: http.IncomingMessage, res: http.ServerResponse, name: string): Promise<void> {
    if (!sameToken(req.headers[TOKEN_HEADER] as string | undefined, token)) {
      sendError(
        res,
        new AppError(
          'unauthorized',
          'Thiếu hoặc sai mã truy cập. Hãy mở lại đúng địa chỉ in ra khi khởi động.',
        ),
      );
      return;
    }
    if (req.method !== 'POST') {
      sendError(res, new AppError('validation', 'Chỉ nhận yêu cầu POST.'));
      return;
    }
    try {
      const operation = operationName(name);
      const body = await readBody(req, maxBody);
      let input: unknown;
      try {
        const parsed: unknown = body === '' ? {} : JSON.parse(body);
        input =
          typeof parsed === 'object' && parsed !== null ? (parsed as { input?: unknown }).input : undefined;
      } catch {
        throw new AppError('validation', 'Dữ liệu gửi lên không phải JSON hợp lệ.');
      }
      const jobId = req.headers[JOB_HEADER];
      // The job id is checked by the backend (jobIdSchema), as every other input.
      sendEnvelope(res, await options.dispatch(operation, input, typeof jobId === 'string' ? { jobId } : {}));
    } catch (error) {
      sendError(
        res,
        error instanceof AppError ? error : new AppError('internal', 'Lỗi khi đọc yêu cầu. Hãy thử lại.'),
      );
    }
  }

  /** One Server-Sent Event per progress step, until the page goes (EventSource cannot send headers: token in the query). */
  function streamProgress(req: http.IncomingMessage, res: http.ServerResponse, url: URL): void {
    if (req.method !== 'GET' || !sameToken(url.searchParams.get(TOKEN_QUERY) ?? undefined, token)) {
      res.writeHead(401, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Thiếu hoặc sai mã truy cập.');
      return;
    }
    res.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', Connection: 'keep-alive' });
    res.write(': ket-noi\n\n');
    const stop = options.onProgress?.((progress) => res.write(`data: ${JSON.stringify(progress)}\n\n`));
    req.on('close', () => stop?.());
  }

  function serveStatic(pathname: string, res: http.ServerResponse): void {
    let decoded: string;
    try {
      decoded = decodeURIComponent(pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    const file = path.resolve(rendererDir, `.${decoded}`);
    if (!file.startsWith(rendererDir + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Không tìm thấy.');
      return;
    }
    res.writeHead(200, {
      'Content-Type': contentTypes[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
    });
    fs.createReadStream(file).pipe(res);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/?${TOKEN_QUERY}=${token}`,
    origin,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
