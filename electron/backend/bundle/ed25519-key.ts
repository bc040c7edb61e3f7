/**
 * What a bundle's Ed25519 public key must be before a signature is checked against it (RFC 8032,
 * section 5.1.3): 32 bytes that decode to a point of the curve in their one canonical encoding
 * (y below p; no "negative zero" x), and a point of large order. A key of small order (one of
 * the eight points that multiplying by the cofactor 8 sends to the neutral point) verifies
 * signatures that no private key made; a non-canonical encoding gives one key two names, so two
 * fingerprints. Node's crypto (OpenSSL) accepts both, so they are refused here.
 */

const P = 2n ** 255n - 19n;

function mod(a: bigint): bigint {
  const r = a % P;
  return r < 0n ? r + P : r;
}

function pow(base: bigint, exponent: bigint): bigint {
  let result = 1n;
  let b = mod(base);
  for (let e = exponent; e > 0n; e >>= 1n) {
    if (e & 1n) result = mod(result * b);
    b = mod(b * b);
  }
  return result;
}

const D = mod(-121665n * pow(121666n, P - 2n));
const SQRT_M1 = pow(2n, (P - 1n) / 4n);

/**
 * Doubles a point of the curve −x² + y² = 1 + d·x²·y² in projective coordinates (X : Y : Z),
 * without a division ("dbl-2008-hwcd" with a = −1).
 */
function double([x, y, z]: readonly [bigint, bigint, bigint]): [bigint, bigint, bigint] {
  const a = mod(x * x);
  const b = mod(y * y);
  const c = mod(2n * z * z);
  const d = mod(-a);
  const e = mod((x + y) * (x + y) - a - b);
  const g = mod(d + b);
  const f = mod(g - c);
  const h = mod(d - b);
  return [mod(e * f), mod(g * h), mod(f * g)];
}

export type KeyProblem = 'length' | 'non_canonical' | 'not_on_curve' | 'small_order';

/** Why the raw key cannot be a signer's key, or null when it can. */
export function ed25519KeyProblem(raw: Uint8Array): KeyProblem | null {
  if (raw.length !== 32) return 'length';
  let y = 0n;
  for (let i = 31; i >= 0; i -= 1) y = (y << 8n) | BigInt(raw[i] ?? 0);
  const sign = y >> 255n;
  y &= (1n << 255n) - 1n;
  if (y >= P) return 'non_canonical';
  // x² = (y² − 1) / (d·y² + 1), its root as RFC 8032 takes it.
  const u = mod(y * y - 1n);
  const v = mod(D * y * y + 1n);
  let x = mod(u * pow(v, 3n) * pow(u * pow(v, 7n), (P - 5n) / 8n));
  const vx2 = mod(v * x * x);
  if (vx2 === mod(-u)) x = mod(x * SQRT_M1);
  else if (vx2 !== u) return 'not_on_curve';
  if (x === 0n && sign === 1n) return 'non_canonical';
  if ((x & 1n) !== sign) x = P - x;
  // Small order: eight times the point (three doublings) is the neutral point (0, 1).
  let point: [bigint, bigint, bigint] = [x, y, 1n];
  for (let i = 0; i < 3; i += 1) point = double(point);
  return point[0] === 0n && point[1] === point[2] ? 'small_order' : null;
}

/** The bytes of a base64 text written in its one canonical form (padding, no spare bits), or null. */
export function canonicalBase64(text: string): Buffer | null {
  if (!/^[A-Za-z0-9+/]*={0,2}$/u.test(text) || text.length % 4 !== 0) return null;
  const bytes = Buffer.from(text, 'base64');
  return bytes.toString('base64') === text ? bytes : null;
}
