/**
 * `keys show`, `bundle export`, `bundle verify`, `bundle email` on a real database file: the key
 * made by `init`, the bundle written to a folder or a file and checked back, a damaged file
 * refused with exit 1 and its reason, the e-mail draft read by a MIME parser.
 */
import fs from 'node:fs';
import path from 'node:path';
import PostalMime from 'postal-mime';
import { beforeEach, describe, expect, it } from 'vitest';
import { keyFingerprint } from '../backend/bundle/fingerprint';
import { cliHarness, initArgs, type CliHarness } from '../../test-support/cli';
import { seedReportCommune } from '../../test-support/report-cli';

let h: CliHarness;

beforeEach(async () => {
  h = cliHarness();
  expect((await h.cli([...initArgs])).code).toBe(0);
  await seedReportCommune(h);
});

interface Exported {
  path: string;
  fileName: string;
  sha256: string;
  period: string;
  counts: Record<string, number>;
}

describe('keys show', () => {
  it('prints the fingerprint and the public key made at init', async () => {
    const key = (await h.json(['keys', 'show'])) as { fingerprint: string; publicKey: string };
    expect(key.fingerprint).toBe(keyFingerprint(key.publicKey));
    expect(fs.existsSync(path.join(h.dir, 'keys', 'commune-ed25519.pem'))).toBe(true);
    const text = await h.cli(['keys', 'show']);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain(`Dấu vân tay`);
    expect(text.stdout).toContain(key.fingerprint);
  });
});

describe('bundle export and verify', () => {
  it('writes the bundle into a folder, and verify reads it back (exit 0)', async () => {
    const made = (await h.json(['bundle', 'export', '--period', '2025-03', '--out', 'usb'])) as Exported;
    expect(made.path).toBe(path.join(h.dir, 'usb', made.fileName));
    expect(made.fileName).toMatch(/^TCNSCD_21109_.+_2025-03\.zip$/u);
    expect(made.period).toBe('2025-03');
    expect(made.counts.activities).toBe(2);
    const key = (await h.json(['keys', 'show'])) as { fingerprint: string };
    const checked = (await h.json(['bundle', 'verify', made.path])) as Record<string, unknown>;
    expect(checked).toMatchObject({
      communeCode: '21109',
      period: '2025-03',
      fingerprint: key.fingerprint,
      sha256: made.sha256,
      counts: made.counts,
    });
    const text = await h.cli(['bundle', 'verify', made.path]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('Gói hợp lệ');
  });

  it('writes to a named .zip file', async () => {
    const made = (await h.json(['bundle', 'export', '--period', '2025-03', '--out', 'goi.zip'])) as Exported;
    expect(made.path).toBe(path.join(h.dir, 'goi.zip'));
    expect(fs.existsSync(made.path)).toBe(true);
  });

  it('refuses a damaged bundle with exit 1 and the reason on stderr', async () => {
    const made = (await h.json(['bundle', 'export', '--period', '2025-03', '--out', 'goi.zip'])) as Exported;
    const bytes = fs.readFileSync(made.path);
    fs.writeFileSync(path.join(h.dir, 'hong.zip'), bytes.subarray(0, bytes.length - 100));
    const result = await h.cli(['bundle', 'verify', 'hong.zip', '--json']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^Lỗi: Tệp «hong\.zip» bị hỏng hoặc không đầy đủ/u);
    const missing = await h.cli(['bundle', 'verify', 'khong-co.zip']);
    expect(missing.code).toBe(1);
  });

  it('refuses a commune not set up (exit 1), writing no bundle', async () => {
    const other = path.join(h.dir, 'moi.sqlite3');
    const result = await h.raw(['--db', other, 'bundle', 'export', '--period', '2025-03', '--out', 'usb']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Chưa thiết lập hồ sơ xã');
    expect(fs.existsSync(path.join(h.dir, 'usb'))).toBe(false);
    expect((await h.raw(['--db', other, 'keys', 'show'])).code).toBe(1);
  });

  it('refuses a wrong period before opening anything (exit 2)', async () => {
    const result = await h.cli(['bundle', 'export', '--period', '2025-13', '--out', 'usb']);
    expect(result.code).toBe(2);
    expect(fs.existsSync(path.join(h.dir, 'usb'))).toBe(false);
  });
});

describe('bundle email', () => {
  it('writes an unsent draft with the bundle attached', async () => {
    const result = (await h.json([
      'bundle',
      'email',
      '--period',
      '2025-03',
      '--to',
      'vanthu.skhcn@quangngai.gov.vn',
      '--out',
      'thu.eml',
    ])) as { path: string; bundle: string; sha256: string };
    const mail = await PostalMime.parse(fs.readFileSync(path.join(h.dir, 'thu.eml')));
    expect(mail.to?.[0]?.address).toBe('vanthu.skhcn@quangngai.gov.vn');
    expect(mail.headers.find((h) => h.key === 'x-unsent')?.value).toBe('1');
    expect(mail.subject).toContain('gửi số liệu tháng 3/2025');
    const attached = Buffer.from(mail.attachments[0]!.content as ArrayBuffer);
    expect(attached.length).toBeGreaterThan(0);
    const { createHash } = await import('node:crypto');
    expect(createHash('sha256').update(attached).digest('hex')).toBe(result.sha256);
    expect(mail.attachments[0]!.filename).toBe(result.bundle);
  });

  it('refuses without an address (exit 1), and a bad address or extension (exit 2)', async () => {
    expect((await h.cli(['bundle', 'email', '--period', '2025-03', '--out', 'thu.eml'])).code).toBe(1);
    expect(fs.existsSync(path.join(h.dir, 'thu.eml'))).toBe(false);
    expect(
      (await h.cli(['bundle', 'email', '--period', '2025-03', '--to', 'abc', '--out', 'thu.eml'])).code,
    ).toBe(2);
    expect(
      (await h.cli(['bundle', 'email', '--period', '2025-03', '--to', 'a@b.vn', '--out', 'thu.txt'])).code,
    ).toBe(2);
  });
});
