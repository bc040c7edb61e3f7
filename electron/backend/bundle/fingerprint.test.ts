import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { keyFingerprint } from './fingerprint';

function rawPublicKey(): string {
  const { publicKey } = generateKeyPairSync('ed25519');
  // The last 32 bytes of the SPKI DER are the raw key.
  return publicKey.export({ format: 'der', type: 'spki' }).subarray(-32).toString('base64');
}

describe('keyFingerprint', () => {
  it('is eight groups of four upper-case hex digits, the same for the same key', () => {
    const key = rawPublicKey();
    const print = keyFingerprint(key);
    expect(print).toMatch(/^([0-9A-F]{4} ){7}[0-9A-F]{4}$/u);
    expect(keyFingerprint(key)).toBe(print);
  });

  it('differs between two keys', () => {
    expect(keyFingerprint(rawPublicKey())).not.toBe(keyFingerprint(rawPublicKey()));
  });

  it('is the SHA-256 of the raw key (a known vector)', () => {
    // 32 zero bytes: sha256 = 66687aadf862bd776c8fc18b8e9f8e20089714856ee233b3902a591d0d5f2925
    expect(keyFingerprint(Buffer.alloc(32).toString('base64'))).toBe(
      '6668 7AAD F862 BD77 6C8F C18B 8E9F 8E20',
    );
  });
});
