/**
 * The fingerprint of a commune's public key: what the officer reads out over the phone and the
 * receiving unit compares. SHA-256 of the raw 32-byte Ed25519 key, its first 16 bytes in upper-case
 * hex, in eight groups of four ("3F2A 91C0 …"): short enough to read, long enough to trust.
 */
import { createHash } from 'node:crypto';

export function keyFingerprint(publicKeyBase64: string): string {
  const hex = createHash('sha256')
    .update(Buffer.from(publicKeyBase64, 'base64'))
    .digest('hex')
    .slice(0, 32)
    .toUpperCase();
  return hex.match(/.{4}/gu)?.join(' ') ?? hex;
}
