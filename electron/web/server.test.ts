import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BRIDGE_SCRIPT, TOKEN_META } from '../../shared/contract/web';
import type { Dispatch } from '../backend/dispatch';
import { tempDir } from '../../test-support/temp';
import { startPreviewServer, type PreviewServer } from './server';

const calls: { name: string; input: unknown }[] = [];
const dispatch: Dispatch = async (name, input) => {
  calls.push({ name, input });
  return { ok: true, value: { echoed: input } };
};

let server: PreviewServer;
let root: string;

beforeAll(async () => {
  root = tempDir();
  const rendererDir = path.join(root, 'renderer');
  fs.mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
  fs.writeFileSync(
    path.join(rendererDir, 'index.html'),
    '<!doctype html><html><head><title>x</title></head></html>',
  );
  fs.writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  fs.writeFileSync(path.join(root, 'secret.txt'), 'bí mật');
  server = await startPreviewServer({ dispatch, rendererDir });
});
afterAll(() => server.close());

/** A raw request, so that the Host header and odd paths are sent exactly as written. */
function raw(
  pathname: string,
  host = `127.0.0.1:${server.port}`,
): Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: server.port, path: pathname, headers: { host } },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('web preview server', () => {
  it('listens on 127.0.0.1 only, with a long random token per run', () => {
    expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/u);
    expect(server.token.length).toBeGreaterThanOrEqual(32);
    expect(server.url).toBe(`${server.origin}/?t=${server.token}`);
  });

  it('serves the page with the token and the bridge only to the printed address', async () => {
    const page = await raw(`/?t=${server.token}`);
    expect(page.status).toBe(200);
    expect(page.body).toContain(`<meta name="${TOKEN_META}" content="${server.token}">`);
    expect(page.body).toContain(`src="./${BRIDGE_SCRIPT}"`);
    expect(page.headers['content-security-policy']).toContain("script-src 'self';");
    const without = await raw('/');
    expect(without.status).toBe(401);
    expect(without.body).not.toContain(server.token);
    expect(without.body).toContain('mã truy cập');
  });

  it('serves built files but nothing outside the renderer folder', async () => {
    expect((await raw('/assets/app.js')).status).toBe(200);
    expect((await raw('/../secret.txt')).body).not.toContain('bí mật');
    expect((await raw('/%2e%2e/secret.txt')).status).toBe(404);
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    expect((await raw(`/?t=${server.token}`, 'evil.example:80')).status).toBe(421);
  });

  it('passes the input to the dispatch and answers its envelope', async () => {
    const response = await fetch(`${server.origin}/api/listVillages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-cnscd-token': server.token },
      body: JSON.stringify({ input: { a: 'Thôn 2' } }),
    });
    expect(await response.json()).toEqual({ ok: true, value: { echoed: { a: 'Thôn 2' } } });
    expect(calls.at(-1)).toEqual({ name: 'listVillages', input: { a: 'Thôn 2' } });
  });

  it('answers malformed JSON with a validation error and never calls the dispatch', async () => {
    const before = calls.length;
    const response = await fetch(`${server.origin}/api/listVillages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-cnscd-token': server.token },
      body: '{không phải json',
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(calls.length).toBe(before);
  });

  it('answers a malformed percent-encoding in the operation name with 400, not 500', async () => {
    const before = calls.length;
    const response = await fetch(`${server.origin}/api/%E0%A4%A`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-cnscd-token': server.token },
      body: '{}',
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { ok: boolean; error: { code: string; message: string } };
    expect(body).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(body.error.message).toContain('mã hóa sai');
    expect(calls.length).toBe(before);
  });

  it('answers a 70 MB body with 413 and a Vietnamese message instead of resetting the connection', async () => {
    const before = calls.length;
    const response = await post(server, Buffer.alloc(70 * 1_048_576, 0x20));
    expect(response.status).toBe(413);
    const body = JSON.parse(response.body) as { ok: boolean; error: { code: string; message: string } };
    expect(body).toMatchObject({ ok: false, error: { code: 'too_large' } });
    expect(body.error.message).toContain('Dữ liệu gửi lên quá lớn');
    expect(body.error.message).toContain('Hãy chọn tệp nhỏ hơn');
    expect(calls.length).toBe(before);
  });
});

describe('web preview server: a body over the limit without a declared length', () => {
  let small: PreviewServer;
  beforeAll(async () => {
    small = await startPreviewServer({
      dispatch,
      rendererDir: path.join(root, 'renderer'),
      maxBodyBytes: 1_048_576,
    });
  });
  afterAll(() => small.close());

  it('is refused with 413 once it passes the limit, and the server keeps answering', async () => {
    const before = calls.length;
    const chunks = Array.from({ length: 40 }, () => Buffer.alloc(65_536, 0x20)); // 2.5 MB, chunked
    const response = await post(small, chunks);
    expect(response.status).toBe(413);
    expect(JSON.parse(response.body)).toMatchObject({ ok: false, error: { code: 'too_large' } });
    expect(calls.length).toBe(before);
    const next = await post(small, Buffer.from(JSON.stringify({ input: { a: 1 } })));
    expect(next.status).toBe(200);
  });
});

/** POSTs to /api/listVillages: one buffer (with Content-Length) or chunks (chunked encoding). */
function post(target: PreviewServer, body: Buffer | Buffer[]): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const headers: http.OutgoingHttpHeaders = {
      'content-type': 'application/json',
      'x-cnscd-token': target.token,
    };
    if (Buffer.isBuffer(body)) headers['content-length'] = body.length;
    const req = http.request(
      { host: '127.0.0.1', port: target.port, method: 'POST', path: '/api/listVillages', headers },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (text += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      },
    );
    req.on('error', reject);
    if (Buffer.isBuffer(body)) req.end(body);
    else {
      for (const chunk of body) req.write(chunk);
      req.end();
    }
  });
}
