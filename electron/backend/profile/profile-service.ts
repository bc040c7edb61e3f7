import type { Kysely } from 'kysely';
import { inTransaction } from '../db/transaction';
import { AppError } from '../../../shared/contract/errors';
import type { profileInputSchema } from '../../../shared/contract/schemas';
import type { Leader, Profile } from '../../../shared/contract/types';
import type { z } from 'zod';
import { nowIso } from '../clock';
import type { Database } from '../db/schema';
import { checkUnit } from '../units/unit-service';
import { refuseIfReceivingUnit } from '../receiving/receiving-unit';

export type ProfileData = z.output<typeof profileInputSchema>;

export async function getProfile(db: Kysely<Database>): Promise<Profile | null> {
  const row = await db.selectFrom('commune_profile').selectAll().where('id', '=', 1).executeTakeFirst();
  if (!row) return null;
  const { head, deputies } = await readLeaders(db);
  return {
    provinceCode: row.province_code,
    provinceName: row.province_name,
    districtName: row.district_name,
    communeCode: row.commune_code,
    communeName: row.commune_name,
    issuerName: row.issuer_name,
    placeName: row.place_name,
    chairman: head ?? { name: '', title: 'Chủ tịch' },
    viceChairmen: deputies,
    receivingLevel: row.receiving_level,
    updatedAt: row.updated_at,
  };
}

/** Writes the profile, its unit checked against the official list first (nothing written if refused). */
async function writeProfile(trx: Kysely<Database>, given: ProfileData): Promise<void> {
  const data = { ...given, ...(await checkUnit(given)) };
  const values = {
    id: 1,
    province_code: data.provinceCode,
    province_name: data.provinceName,
    district_name: data.districtName,
    commune_code: data.communeCode,
    commune_name: data.communeName,
    issuer_name: data.issuerName,
    place_name: data.placeName,
    receiving_level: data.receivingLevel,
    updated_at: nowIso(),
  };
  await trx
    .insertInto('commune_profile')
    .values(values)
    .onConflict((oc) => oc.column('id').doUpdateSet(values))
    .execute();
  await writeLeaders(trx, data.chairman, data.viceChairmen);
}

/**
 * Who signs for the unit: its head (the commune's Chairman, a Sở's Director) and deputies, in
 * their order. The commune's profile and the receiving unit's both keep them in `leaders`.
 */
export async function readLeaders(
  db: Kysely<Database>,
): Promise<{ head: Leader | null; deputies: Leader[] }> {
  const leaders = await db.selectFrom('leaders').selectAll().orderBy('sort_order').execute();
  const head = leaders.find((l) => l.role === 'chairman');
  return {
    head: head === undefined ? null : { name: head.full_name, title: head.title },
    deputies: leaders
      .filter((l) => l.role === 'vice_chairman')
      .map((l) => ({ name: l.full_name, title: l.title })),
  };
}

/** Replaces the head (none: only deputies) and deputies, inside the caller's transaction. */
export async function writeLeaders(
  trx: Kysely<Database>,
  head: Leader | null,
  deputies: readonly Leader[],
): Promise<void> {
  await trx.deleteFrom('leaders').execute();
  const rows = [
    ...(head === null
      ? []
      : [{ role: 'chairman' as const, full_name: head.name, title: head.title, sort_order: 0 }]),
    ...deputies.map((v, i) => ({
      role: 'vice_chairman' as const,
      full_name: v.name,
      title: v.title,
      sort_order: i + 1,
    })),
  ];
  if (rows.length > 0) await trx.insertInto('leaders').values(rows).execute();
}

/** First setup. Refused when the commune is already set up, unless `force` (CLI `init --force`). */
export async function setupProfile(
  db: Kysely<Database>,
  data: ProfileData,
  options: { force?: boolean } = {},
): Promise<Profile> {
  await inTransaction(db, async (trx) => {
    const existing = await trx.selectFrom('commune_profile').select('commune_name').executeTakeFirst();
    await refuseIfReceivingUnit(trx);
    if (existing && !options.force) {
      throw new AppError(
        'already_set_up',
        `Cơ sở dữ liệu này đã được thiết lập cho ${existing.commune_name}. ` +
          'Muốn sửa thông tin, hãy vào mục Cài đặt (hoặc dùng --force trên dòng lệnh để thiết lập lại).',
      );
    }
    await writeProfile(trx, data);
  });
  return requireProfile(db);
}

export async function updateProfile(db: Kysely<Database>, data: ProfileData): Promise<Profile> {
  await inTransaction(db, async (trx) => {
    const existing = await trx.selectFrom('commune_profile').select('id').executeTakeFirst();
    if (!existing) throw notSetUp();
    await writeProfile(trx, data);
  });
  return requireProfile(db);
}

export function notSetUp(): AppError {
  return new AppError(
    'not_set_up',
    'Chưa thiết lập hồ sơ xã. Hãy hoàn tất bước thiết lập ban đầu (hoặc chạy lệnh "init") trước.',
  );
}

export async function requireProfile(db: Kysely<Database>): Promise<Profile> {
  const profile = await getProfile(db);
  if (!profile) throw notSetUp();
  return profile;
}
