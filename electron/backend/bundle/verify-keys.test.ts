/**
 * The reader refuses what a signature check alone lets through (review of issue 10): a public
 * key of small order or in a non-canonical encoding, a key or signature in non-canonical base64,
 * and a manifest time that is no real moment; a time with its zone is read as that instant.
 */
import type crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleInstant, bundleEntries } from '../../../shared/contract/bundle-format';
import { bundleCommune, exportMarch, type BundleCommune } from '../../../test-support/bundle-fixture';
import { entriesOf, resigned, zipOf } from '../../../test-support/bundle-zip';
import { ed25519KeyProblem } from './ed25519-key';
import { keyFileOf, readKey } from './keys';
import { readBundle } from './verify';
import type { ZipEntryBytes } from './zip-read';

const NAME = 'TCNSCD_21109_Dong-Son_2026-03.zip';
let commune: BundleCommune;
let entries: ZipEntryBytes[];
let privateKey: crypto.KeyObject;
let publicKey: string;

beforeAll(async () => {
  commune = await bundleCommune();
  const valid = (await exportMarch(commune)).bytes;
  entries = await entriesOf(valid);
  privateKey = readKey(keyFileOf(commune.ctx.databasePath))!.privateKey;
  const check = await readBundle(valid, NAME);
  if (!check.ok) throw new Error(check.reason);
  publicKey = check.bundle.manifest.publicKey;
});
afterAll(async () => {
  await commune.close();
});

async function reasonOf(bytes: Buffer): Promise<string> {
  const check = await readBundle(bytes, NAME);
  if (check.ok) throw new Error('accepted');
  expect(check.reason).toContain(`Tệp «${NAME}»`);
  return check.reason;
}

/** Signed again (by the commune's own key) with the manifest edited. */
const withManifest = (edit: Record<string, unknown>) =>
  resigned(
    entries,
    privateKey,
    (parts) => parts,
    (m) => ({ ...m, ...edit }),
  );

const hex = (h: string) => Buffer.from(h, 'hex').toString('base64');

/** The same bytes in base64 with the spare bits of the last character set: another text for them. */
function nonCanonical(base64: string): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const at = base64.replace(/=+$/u, '').length - 1;
  const value = alphabet.indexOf(base64[at] ?? 'A');
  return `${base64.slice(0, at)}${alphabet[value | 1]}${base64.slice(at + 1)}`;
}

describe('the signer’s public key', () => {
  it('is refused when of small order, whatever the signature', async () => {
    // The neutral point, the point of order 2, and one of order 8.
    for (const key of [
      '0100000000000000000000000000000000000000000000000000000000000000',
      'ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f',
      'c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a',
    ]) {
      expect(await reasonOf(await withManifest({ publicKey: hex(key) }))).toMatch(
        /không an toàn \(khóa công khai trong gói là khóa yếu \(bậc nhỏ\).*hãy báo xã và xin gửi lại/u,
      );
    }
  });

  it('is refused in a non-canonical encoding: y not below p, or x = 0 with its sign set', async () => {
    for (const key of [
      'edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f',
      '0100000000000000000000000000000000000000000000000000000000000080',
    ]) {
      expect(await reasonOf(await withManifest({ publicKey: hex(key) }))).toMatch(
        /khóa công khai trong gói không được ghi ở dạng chuẩn/u,
      );
    }
  });

  it('is refused in non-canonical base64 even with the same bytes', async () => {
    const other = nonCanonical(publicKey);
    expect(other).not.toBe(publicKey);
    expect(Buffer.from(other, 'base64').equals(Buffer.from(publicKey, 'base64'))).toBe(true);
    expect(await reasonOf(await withManifest({ publicKey: other }))).toMatch(/không được ghi ở dạng chuẩn/u);
  });

  it('of a real commune is taken', () => {
    expect(ed25519KeyProblem(Buffer.from(publicKey, 'base64'))).toBeNull();
  });
});

describe('the signature', () => {
  it('is refused in non-canonical base64, or with a line break after it', async () => {
    const signature = entries.find((e) => e.name === bundleEntries.signature)!.bytes.toString('latin1');
    for (const text of [nonCanonical(signature), `${signature}\n`]) {
      const bytes = await zipOf(
        entries.map((e) =>
          e.name === bundleEntries.signature ? { name: e.name, bytes: Buffer.from(text) } : e,
        ),
      );
      expect(await reasonOf(bytes)).toMatch(/đã bị thay đổi sau khi xã ký \(chữ ký không đúng dạng\)/u);
    }
  });
});

describe('the manifest’s time', () => {
  it('is refused when it is no real moment', async () => {
    for (const createdAt of ['2026-02-30T10:00:00Z', '2026-03-31T24:00:00Z', '2026-03-31T10:00:00+25:00']) {
      expect(await reasonOf(await withManifest({ createdAt }))).toMatch(
        /manifest\.json sai: trường "createdAt"/u,
      );
    }
  });

  it('is read with its time zone, as an instant', async () => {
    const check = await readBundle(await withManifest({ createdAt: '2026-04-01T08:00:00+07:00' }), NAME);
    expect(check.ok).toBe(true);
    expect(bundleInstant('2026-04-01T08:00:00+07:00')).toBe(bundleInstant('2026-04-01T01:00:00Z'));
    expect(bundleInstant('2026-04-01T01:00:00.5Z')).toBeGreaterThan(bundleInstant('2026-04-01T01:00:00Z'));
  });
});
