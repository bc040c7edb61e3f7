/**
 * The commune's key as the officer handles it (issue 10, item 1): its fingerprint to read out
 * over the phone, the public key as a small file for the upper level, and a new key when the old
 * one is lost (the upper level is told; its next bundle carries the new key).
 */
import type { CommuneKeyInfo, CommuneKeyRenewed } from '../../../shared/contract/bundle-types';
import type { FileDownload, Profile } from '../../../shared/contract/types';
import { todayIso } from '../../../shared/vi/dates';
import type { BackendContext } from '../context';
import { requireProfile } from '../profile/profile-service';
import { ensureKey, readKey, renewKey, keyFileOf, type CommuneKey } from './keys';
import { communeSlug } from './write';

function infoOf(key: CommuneKey): CommuneKeyInfo {
  return { publicKey: key.publicKey, fingerprint: key.fingerprint, createdAt: key.createdAt };
}

export async function getCommuneKey(ctx: BackendContext): Promise<CommuneKeyInfo> {
  await requireProfile(ctx.db);
  return infoOf(ensureKey(ctx.databasePath));
}

/** The text of the `.pub` file: who, the key, its fingerprint, the date. */
export function publicKeyText(profile: Profile, key: CommuneKey): string {
  return [
    '# Khóa công khai ký gói số liệu Tổ CNSCĐ',
    `Xã: ${profile.communeName}`,
    `Mã xã: ${profile.communeCode}`,
    `Tỉnh: ${profile.provinceName}`,
    'Thuật toán: Ed25519',
    `Khóa công khai (base64): ${key.publicKey}`,
    `Dấu vân tay: ${key.fingerprint}`,
    `Ngày tạo khóa: ${key.createdAt.slice(0, 10)}`,
    '',
  ].join('\n');
}

export async function exportPublicKey(ctx: BackendContext): Promise<FileDownload> {
  const profile = await requireProfile(ctx.db);
  const key = ensureKey(ctx.databasePath);
  return {
    fileName: `TCNSCD_${profile.communeCode}_${communeSlug(profile.communeName)}_khoa-cong-khai.pub`,
    base64: Buffer.from(publicKeyText(profile, key), 'utf8').toString('base64'),
  };
}

export async function renewCommuneKey(ctx: BackendContext): Promise<CommuneKeyRenewed> {
  await requireProfile(ctx.db);
  // A damaged key file is what a new key is for: it has no fingerprint to report.
  let before: CommuneKey | null;
  try {
    before = readKey(keyFileOf(ctx.databasePath));
  } catch {
    before = null;
  }
  const { key } = renewKey(ctx.databasePath, todayIso());
  return { ...infoOf(key), previousFingerprint: before?.fingerprint ?? null };
}

/** At setup and at start: the commune's key exists from then on. */
export async function ensureCommuneKey(ctx: BackendContext): Promise<void> {
  const profile = await ctx.db.selectFrom('commune_profile').select('id').executeTakeFirst();
  if (profile) ensureKey(ctx.databasePath);
}
