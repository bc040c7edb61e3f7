/**
 * The handoff's settings (issue 10, item 3), kept in the settings table under `bundle.*`: the
 * receiving level's e-mail address, whether the upper level asked for phone numbers, the folder
 * the last bundle was saved in, and the shared folder each export is also written to.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { bundleSettingsInputSchema } from '../../../shared/contract/bundle-schemas';
import type { BundleSettings } from '../../../shared/contract/bundle-types';
import { AppError } from '../../../shared/contract/errors';
import type { Database } from '../db/schema';
import { inTransaction } from '../db/transaction';

const keys = {
  receivingEmail: 'bundle.receivingEmail',
  sendPhones: 'bundle.sendPhones',
  saveFolder: 'bundle.saveFolder',
  sharedFolder: 'bundle.sharedFolder',
} as const satisfies Record<keyof BundleSettings, string>;

export async function getBundleSettings(db: Kysely<Database>): Promise<BundleSettings> {
  const rows = await db.selectFrom('settings').selectAll().where('key', 'in', Object.values(keys)).execute();
  const map = new Map(rows.map((r) => [r.key, r.value]));
  return {
    receivingEmail: map.get(keys.receivingEmail) ?? '',
    sendPhones: map.get(keys.sendPhones) === 'true',
    saveFolder: map.get(keys.saveFolder) ?? '',
    sharedFolder: map.get(keys.sharedFolder) ?? '',
  };
}

async function write(
  db: Kysely<Database>,
  values: Partial<Record<keyof BundleSettings, string>>,
): Promise<void> {
  await inTransaction(db, async (trx) => {
    for (const [name, value] of Object.entries(values)) {
      if (value === undefined) continue;
      const key = keys[name as keyof BundleSettings];
      await trx
        .insertInto('settings')
        .values({ key, value })
        .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
        .execute();
    }
  });
}

/**
 * A folder setting must be an existing folder given in full; '' turns it off. `label` names the
 * setting in the message ("Thư mục dùng chung"), `field` is its input's field.
 */
export function checkFolderSetting(folder: string, label: string, field: string): void {
  if (folder === '') return;
  const problem = !path.isAbsolute(folder)
    ? 'cần ghi đường dẫn đầy đủ (ví dụ: \\\\may-chu\\chia-se\\bao-cao hoặc D:\\OneDrive\\Bao cao)'
    : !isFolder(folder)
      ? 'không tìm thấy thư mục này trên máy (ổ mạng chưa kết nối, hoặc gõ sai)'
      : null;
  if (problem !== null) {
    throw new AppError('validation', `${label} «${folder}»: ${problem}. Chưa ghi gì.`, {
      fields: [{ path: field, message: `${label}: ${problem}.` }],
    });
  }
}

function isFolder(folder: string): boolean {
  try {
    return fs.statSync(folder).isDirectory();
  } catch {
    return false;
  }
}

export async function updateBundleSettings(
  db: Kysely<Database>,
  input: z.output<typeof bundleSettingsInputSchema>,
): Promise<BundleSettings> {
  if (input.sharedFolder !== undefined) {
    checkFolderSetting(input.sharedFolder, 'Thư mục dùng chung', 'sharedFolder');
  }
  await write(db, {
    ...(input.receivingEmail === undefined ? {} : { receivingEmail: input.receivingEmail }),
    ...(input.sendPhones === undefined ? {} : { sendPhones: String(input.sendPhones) }),
    ...(input.sharedFolder === undefined ? {} : { sharedFolder: input.sharedFolder }),
  });
  return getBundleSettings(db);
}

/** Remembers the folder a bundle was saved in. */
export async function rememberSaveFolder(db: Kysely<Database>, folder: string): Promise<void> {
  await write(db, { saveFolder: folder });
}
