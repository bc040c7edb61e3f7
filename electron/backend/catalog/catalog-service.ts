/**
 * The catalog of digital platforms and indicators: listed, added, renamed, retired. An
 * indicator's code is stable and never reused; one with results is never deleted (retiring it
 * keeps its history and hides it from entry).
 */
import type { Kysely } from 'kysely';
import { AppError } from '../../../shared/contract/errors';
import { foldVi } from '../../../shared/vi/text';
import type { Catalog, Indicator, Platform } from '../../../shared/contract/monthly-types';
import { nowIso } from '../clock';
import type { Database } from '../db/schema';
import { inTransaction } from '../db/transaction';
import { missingIndicator, missingPlatform } from './register-checks';

export interface IndicatorData {
  code: string;
  name: string;
  unit: string;
  pillar: Indicator['pillar'];
  platform: string | null;
}

export async function listCatalog(
  db: Kysely<Database>,
  options: { includeRetired?: boolean } = {},
): Promise<Catalog> {
  const platforms = await db.selectFrom('platforms').selectAll().orderBy('sort_order').execute();
  let query = db
    .selectFrom('indicators as i')
    .leftJoin('platforms as p', 'p.code', 'i.platform_code')
    .select([
      'i.code',
      'i.name',
      'i.unit',
      'i.pillar',
      'i.platform_code',
      'p.name as platform_name',
      'i.active',
      'i.sort_order',
      (eb) =>
        eb
          .exists(
            eb
              .selectFrom('activity_results as r')
              .select('r.indicator_code')
              .whereRef('r.indicator_code', '=', 'i.code'),
          )
          .as('has_results'),
    ])
    .orderBy('i.sort_order');
  if (options.includeRetired !== true) query = query.where('i.active', '=', 1);
  const indicators = await query.execute();
  return {
    platforms: platforms
      .filter((p) => options.includeRetired === true || p.active === 1)
      .map((p): Platform => ({ code: p.code, name: p.name, active: p.active === 1 })),
    indicators: indicators.map((i): Indicator => ({
      code: i.code,
      name: i.name,
      unit: i.unit,
      pillar: i.pillar,
      platform: i.platform_code,
      platformName: i.platform_name,
      active: i.active === 1,
      sortOrder: i.sort_order,
      hasResults: Number(i.has_results) === 1,
    })),
  };
}

async function indicatorOrThrow(db: Kysely<Database>, code: string): Promise<Indicator> {
  const found = (await listCatalog(db, { includeRetired: true })).indicators.find((i) => i.code === code);
  if (found === undefined) {
    throw new AppError('not_found', missingIndicator(code));
  }
  return found;
}

/**
 * Codes of indicators removed as mistakes, kept in the settings table (key below): a removed row
 * is gone, but its code must never name another indicator.
 */
const removedCodesKey = 'removedIndicatorCodes';

async function removedCodes(db: Kysely<Database>): Promise<string[]> {
  const row = await db
    .selectFrom('settings')
    .select('value')
    .where('key', '=', removedCodesKey)
    .executeTakeFirst();
  if (row === undefined) return [];
  const parsed: unknown = JSON.parse(row.value);
  return Array.isArray(parsed) ? parsed.filter((c): c is string => typeof c === 'string') : [];
}

export async function addIndicator(db: Kysely<Database>, data: IndicatorData): Promise<Indicator> {
  return inTransaction(db, async (trx) => {
    const existing = await trx
      .selectFrom('indicators')
      .select(['code', 'name'])
      .where('code', '=', data.code)
      .executeTakeFirst();
    if (existing !== undefined) {
      throw new AppError(
        'conflict',
        `Mã "${data.code}" đã dùng cho chỉ tiêu "${existing.name}" (mã không bao giờ dùng lại). Hãy chọn mã khác.`,
      );
    }
    if ((await removedCodes(trx)).includes(data.code)) {
      throw new AppError(
        'conflict',
        `Mã "${data.code}" đã dùng cho một chỉ tiêu đã xóa (mã không bao giờ dùng lại, để số liệu cũ và gói dữ liệu gửi cấp trên không bị lẫn). Hãy chọn mã khác.`,
      );
    }
    if (data.platform !== null) {
      const platform = await trx
        .selectFrom('platforms')
        .select('code')
        .where('code', '=', data.platform)
        .executeTakeFirst();
      if (platform === undefined) {
        throw new AppError(
          'not_found',
          `Không có nền tảng mã "${data.platform}". Hãy chọn nền tảng trong danh mục.`,
        );
      }
    }
    const last = await trx
      .selectFrom('indicators')
      .select((eb) => eb.fn.max('sort_order').as('m'))
      .executeTakeFirst();
    const now = nowIso();
    await trx
      .insertInto('indicators')
      .values({
        code: data.code,
        name: data.name,
        unit: data.unit,
        pillar: data.pillar,
        platform_code: data.platform,
        active: 1,
        sort_order: Number(last?.m ?? 0) + 1,
        created_at: now,
        updated_at: now,
      })
      .execute();
    return indicatorOrThrow(trx, data.code);
  });
}

export async function renameIndicator(
  db: Kysely<Database>,
  code: string,
  data: { name: string; unit: string },
): Promise<Indicator> {
  return inTransaction(db, async (trx) => {
    await indicatorOrThrow(trx, code);
    await trx
      .updateTable('indicators')
      .set({ name: data.name, unit: data.unit, updated_at: nowIso() })
      .where('code', '=', code)
      .execute();
    return indicatorOrThrow(trx, code);
  });
}

/** Retires (or brings back) an indicator: its results and targets stay; entry no longer offers it. */
export async function setIndicatorActive(
  db: Kysely<Database>,
  code: string,
  active: boolean,
): Promise<Indicator> {
  return inTransaction(db, async (trx) => {
    await indicatorOrThrow(trx, code);
    await trx
      .updateTable('indicators')
      .set({ active: active ? 1 : 0, updated_at: nowIso() })
      .where('code', '=', code)
      .execute();
    return indicatorOrThrow(trx, code);
  });
}

/** Deletes an indicator added by mistake; one with results or targets can only be retired. */
export async function removeIndicator(db: Kysely<Database>, code: string): Promise<{ removed: true }> {
  return inTransaction(db, async (trx) => {
    const indicator = await indicatorOrThrow(trx, code);
    const target = await trx
      .selectFrom('targets')
      .select('id')
      .where('indicator_code', '=', code)
      .executeTakeFirst();
    if (indicator.hasResults || target !== undefined) {
      throw new AppError(
        'in_use',
        `Chỉ tiêu "${indicator.name}" đã có kết quả hoặc chỉ tiêu giao nên không xóa được; hãy cho ngừng sử dụng để giữ lịch sử.`,
      );
    }
    await trx.deleteFrom('indicators').where('code', '=', code).execute();
    const value = JSON.stringify([...(await removedCodes(trx)), code]);
    await trx
      .insertInto('settings')
      .values({ key: removedCodesKey, value })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
      .execute();
    return { removed: true as const };
  });
}

/**
 * Refuses a platform name another platform already has, written with or without diacritics:
 * the activities import finds a platform by its name, and two alike would make it guess.
 */
async function refuseNameInUse(db: Kysely<Database>, name: string, except: string | null): Promise<void> {
  const folded = foldVi(name);
  const platforms = await db.selectFrom('platforms').select(['code', 'name']).execute();
  const clash = platforms.find((p) => p.code !== except && foldVi(p.name) === folded);
  if (clash !== undefined) {
    throw new AppError(
      'conflict',
      `Đã có nền tảng "${clash.name}" (mã ${clash.code}) cùng tên. Hãy đặt tên khác để khi nhập từ Excel không bị nhầm.`,
      { fields: [{ path: 'name', message: `Trùng tên với nền tảng "${clash.name}".` }] },
    );
  }
}

export async function addPlatform(
  db: Kysely<Database>,
  data: { code: string; name: string },
): Promise<Platform> {
  return inTransaction(db, async (trx) => {
    const existing = await trx
      .selectFrom('platforms')
      .select('name')
      .where('code', '=', data.code)
      .executeTakeFirst();
    if (existing !== undefined) {
      throw new AppError(
        'conflict',
        `Mã "${data.code}" đã dùng cho nền tảng "${existing.name}". Hãy chọn mã khác.`,
      );
    }
    await refuseNameInUse(trx, data.name, null);
    const last = await trx
      .selectFrom('platforms')
      .select((eb) => eb.fn.max('sort_order').as('m'))
      .executeTakeFirst();
    const now = nowIso();
    await trx
      .insertInto('platforms')
      .values({
        code: data.code,
        name: data.name,
        active: 1,
        sort_order: Number(last?.m ?? 0) + 1,
        created_at: now,
        updated_at: now,
      })
      .execute();
    return { code: data.code, name: data.name, active: true };
  });
}

async function platformOrThrow(db: Kysely<Database>, code: string): Promise<Platform> {
  const found = (await listCatalog(db, { includeRetired: true })).platforms.find((p) => p.code === code);
  if (found === undefined) throw new AppError('not_found', missingPlatform(code));
  return found;
}

/** Renames a platform; its code, and every activity that names it, stay as they are. */
export async function renamePlatform(db: Kysely<Database>, code: string, name: string): Promise<Platform> {
  return inTransaction(db, async (trx) => {
    await platformOrThrow(trx, code);
    await refuseNameInUse(trx, name, code);
    await trx.updateTable('platforms').set({ name, updated_at: nowIso() }).where('code', '=', code).execute();
    return platformOrThrow(trx, code);
  });
}

/**
 * Retires (or brings back) a platform: activities that name it keep it, entry no longer offers it
 * for new activities. Its indicators are not touched (each is retired on its own).
 */
export async function setPlatformActive(
  db: Kysely<Database>,
  code: string,
  active: boolean,
): Promise<Platform> {
  return inTransaction(db, async (trx) => {
    await platformOrThrow(trx, code);
    await trx
      .updateTable('platforms')
      .set({ active: active ? 1 : 0, updated_at: nowIso() })
      .where('code', '=', code)
      .execute();
    return platformOrThrow(trx, code);
  });
}
