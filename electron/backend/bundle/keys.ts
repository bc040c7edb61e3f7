/**
 * The commune's signing key (issue 10, item 1): an Ed25519 key pair whose private half stays in
 * the data folder beside the database (`keys/commune-ed25519.pem`, PKCS8 PEM) and whose public
 * half travels in every bundle's manifest. Made at setup and, for a database set up before
 * bundles existed, when the backend starts; a new key can be made when the old one is lost or
 * exposed, the old file kept under its date.
 *
 * Permissions: on POSIX the file is written with mode 0600 (only the user reads it). On Windows
 * the mode is ignored by Node; the file inherits the ACL of the user's profile folder
 * (%APPDATA%), which other users of the machine cannot read.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/contract/errors';
import { keyFingerprint } from './fingerprint';

export const KEY_FOLDER = 'keys';
export const KEY_FILE = 'commune-ed25519.pem';

export interface CommuneKey {
  privateKey: crypto.KeyObject;
  /** Raw 32-byte Ed25519 public key, base64 (as the manifest carries it). */
  publicKey: string;
  fingerprint: string;
  /** Where the private key is stored. */
  file: string;
  /** When the key file was written (ISO). */
  createdAt: string;
}

/** The key file of a database: `<folder of the database>/keys/commune-ed25519.pem`. */
export function keyFileOf(databasePath: string): string {
  return path.join(path.dirname(path.resolve(databasePath)), KEY_FOLDER, KEY_FILE);
}

/** The raw 32-byte public key of an Ed25519 key object, base64. */
export function rawPublicKey(key: crypto.KeyObject): string {
  const jwk = crypto.createPublicKey(key).export({ format: 'jwk' });
  if (typeof jwk.x !== 'string') throw new Error('Ed25519 key without x');
  return Buffer.from(jwk.x, 'base64url').toString('base64');
}

/** A public key object from the raw 32 bytes (base64), as read from a manifest. */
export function publicKeyFromRaw(base64: string): crypto.KeyObject {
  const x = Buffer.from(base64, 'base64');
  if (x.length !== 32) throw new Error('Ed25519 public key must be 32 bytes');
  return crypto.createPublicKey({
    key: { kty: 'OKP', crv: 'Ed25519', x: x.toString('base64url') },
    format: 'jwk',
  });
}

function keyProblem(file: string, what: string): AppError {
  return new AppError(
    'unavailable',
    `Không ${what} được khóa ký của xã (tệp ${file}). Hãy kiểm tra quyền ghi của thư mục dữ liệu; ` +
      'nếu tệp khóa bị hỏng, hãy tạo khóa mới trong Cài đặt và báo cho cấp trên dấu vân tay mới.',
  );
}

/** Writes a fresh key pair to `file` (0600), never over an existing file. */
function writeNewKey(file: string): void {
  const { privateKey } = crypto.generateKeyPairSync('ed25519');
  const pem = privateKey.export({ format: 'pem', type: 'pkcs8' });
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  // 'wx': two starts at once cannot both write; the loser reads the winner's key.
  fs.writeFileSync(file, pem, { mode: 0o600, flag: 'wx' });
}

/** Reads the key at `file`; null when there is none. */
export function readKey(file: string): CommuneKey | null {
  let pem: string;
  let stat: fs.Stats;
  try {
    pem = fs.readFileSync(file, 'utf8');
    stat = fs.statSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw keyProblem(file, 'đọc');
  }
  let privateKey: crypto.KeyObject;
  try {
    privateKey = crypto.createPrivateKey(pem);
  } catch {
    throw keyProblem(file, 'đọc');
  }
  if (privateKey.asymmetricKeyType !== 'ed25519') throw keyProblem(file, 'đọc');
  const publicKey = rawPublicKey(privateKey);
  return {
    privateKey,
    publicKey,
    fingerprint: keyFingerprint(publicKey),
    file,
    createdAt: stat.mtime.toISOString(),
  };
}

/** The commune's key, made now when there is none yet (at setup, at start). */
export function ensureKey(databasePath: string): CommuneKey {
  const file = keyFileOf(databasePath);
  const found = readKey(file);
  if (found !== null) return found;
  try {
    writeNewKey(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw keyProblem(file, 'tạo');
  }
  const made = readKey(file);
  if (made === null) throw keyProblem(file, 'tạo');
  return made;
}

/**
 * A new key: the current file is renamed `commune-ed25519-<date>.pem` (…-2, -3 the same day) and
 * kept, so bundles already sent can still be checked against it; the new one takes its place.
 */
export function renewKey(databasePath: string, today: string): { key: CommuneKey; previous: string | null } {
  const file = keyFileOf(databasePath);
  let previous: string | null = null;
  if (fs.existsSync(file)) {
    const folder = path.dirname(file);
    for (let n = 1; previous === null; n += 1) {
      const candidate = path.join(folder, `commune-ed25519-${today}${n === 1 ? '' : `-${n}`}.pem`);
      if (!fs.existsSync(candidate)) previous = candidate;
    }
    try {
      fs.renameSync(file, previous);
    } catch {
      throw keyProblem(file, 'đổi tên');
    }
  }
  return { key: ensureKey(databasePath), previous };
}

/** Ed25519 signature of `bytes`, base64. */
export function signBytes(key: CommuneKey, bytes: Uint8Array): string {
  return crypto.sign(null, bytes, key.privateKey).toString('base64');
}
