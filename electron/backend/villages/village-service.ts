import type { Insertable, Kysely, Selectable } from 'kysely';
import { inTransaction } from '../db/transaction';
import type { z } from 'zod';
import { AppError } from '../../../shared/contract/errors';
import type { villageInputSchema } from '../../../shared/contract/schemas';
import type { Village } from '../../../shared/contract/types';
import { villageKindLabels } from '../../../shared/domain/villages';
import { compareVi, foldVi } from '../../../shared/vi/text';
import { nowIso } from '../clock';
import type { Database, VillagesTable } from '../db/schema';
import { newId } from '../ids';
import { insertInChunks } from '../db/bulk';

export type VillageData = z.output<typeof villageInputSchema>;

/**
 * Tables that point at a village, with the Vietnamese words that explain a refused removal.
 * Later capabilities (people, teams) add themselves here.
 */
export interface VillageReferrer {
  describe(db: Kysely<Database>, villageId: string): Promise<string | null>;
}
const referrers: VillageReferrer[] = [];
export function registerVillageReferrer(referrer: VillageReferrer): void {
  referrers.push(referrer);
}

function toVillage(row: Selectable<VillagesTable>): Village {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    households: row.households,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export async function listVillages(db: Kysely<Database>): Promise<Village[]> {
  const rows = await db.selectFrom('villages').selectAll().where('deleted_at', 'is', null).execute();
  return rows.map(toVillage).sort((a, b) => compareVi(a.name, b.name));
}

async function findLive(db: Kysely<Database>, id: string): Promise<Selectable<VillagesTable>> {
  const row = await db
    .selectFrom('villages')
    .selectAll()
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  if (!row) {
    throw new AppError(
      'not_found',
      'Không tìm thấy thôn, tổ dân phố này (có thể đã bị xóa). Hãy tải lại danh sách.',
    );
  }
  return row;
}

async function assertNameFree(db: Kysely<Database>, name: string, exceptId?: string): Promise<void> {
  let query = db
    .selectFrom('villages')
    .select(['id', 'name', 'kind'])
    .where('name_key', '=', foldVi(name))
    .where('deleted_at', 'is', null);
  if (exceptId) query = query.where('id', '!=', exceptId);
  const clash = await query.executeTakeFirst();
  if (clash) {
    throw new AppError(
      'conflict',
      `Đã có ${villageKindLabels[clash.kind].toLocaleLowerCase('vi')} "${clash.name}". Hãy đặt tên khác hoặc sửa đơn vị đã có.`,
      { fields: [{ path: 'name', message: `Tên "${clash.name}" đã có trong danh sách.` }] },
    );
  }
}

export async function createVillage(db: Kysely<Database>, data: VillageData): Promise<Village> {
  return inTransaction(db, async (trx) => {
    await assertNameFree(trx, data.name);
    const now = nowIso();
    const row = {
      id: newId(),
      name: data.name,
      name_key: foldVi(data.name),
      kind: data.kind,
      households: data.households,
      created_at: now,
      updated_at: now,
      deleted_at: null,
    };
    await trx.insertInto('villages').values(row).execute();
    return toVillage(row);
  });
}

export async function updateVillage(db: Kysely<Database>, id: string, data: VillageData): Promise<Village> {
  return inTransaction(db, async (trx) => {
    await findLive(trx, id);
    await assertNameFree(trx, data.name, id);
    await trx
      .updateTable('villages')
      .set({
        name: data.name,
        name_key: foldVi(data.name),
        kind: data.kind,
        households: data.households,
        updated_at: nowIso(),
      })
      .where('id', '=', id)
      .execute();
    return toVillage(await findLive(trx, id));
  });
}

/** Removal is a soft delete (the record travels in bundles); refused while anything refers to it. */
export async function removeVillage(db: Kysely<Database>, id: string): Promise<{ removed: true }> {
  return inTransaction(db, async (trx) => {
    const village = await findLive(trx, id);
    const reasons: string[] = [];
    for (const referrer of referrers) {
      const reason = await referrer.describe(trx, id);
      if (reason) reasons.push(reason);
    }
    if (reasons.length > 0) {
      throw new AppError(
        'in_use',
        `Không xóa được "${village.name}" vì ${reasons.join('; ')}. ` +
          'Hãy chuyển hoặc xóa các bản ghi đó trước, rồi xóa lại.',
        { reasons },
      );
    }
    const now = nowIso();
    await trx
      .updateTable('villages')
      .set({ deleted_at: now, updated_at: now })
      .where('id', '=', id)
      .execute();
    return { removed: true as const };
  });
}

/** The rows the bulk path writes for `items`: new ids, search keys, one timestamp for all. */
export function villageRows(
  items: readonly VillageData[],
  now: string = nowIso(),
): Insertable<VillagesTable>[] {
  return items.map((v) => ({
    id: newId(),
    name: v.name,
    name_key: foldVi(v.name),
    kind: v.kind,
    households: v.households,
    created_at: now,
    updated_at: now,
    deleted_at: null,
  }));
}

/** Writes prepared rows in one transaction (the caller's, if any), multi-row inserts in chunks. */
export async function insertVillageRows(
  db: Kysely<Database>,
  rows: readonly Insertable<VillagesTable>[],
): Promise<number> {
  await inTransaction(db, (trx) => insertInChunks(trx, 'villages', rows));
  return rows.length;
}

/** Bulk path (demo, imports, bench): one transaction, multi-row inserts in chunks. */
export async function insertVillages(db: Kysely<Database>, items: readonly VillageData[]): Promise<number> {
  return insertVillageRows(db, villageRows(items));
}

/** Refuses a village id that is not (or no longer) in the list, with a message for the field. */
export async function assertLiveVillage(db: Kysely<Database>, villageId: string): Promise<void> {
  const village = await db
    .selectFrom('villages')
    .select('id')
    .where('id', '=', villageId)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  if (!village) {
    throw new AppError('validation', 'Thôn, tổ dân phố đã chọn không còn trong danh sách. Hãy chọn lại.', {
      fields: [{ path: 'villageId', message: 'Thôn, tổ dân phố không còn trong danh sách.' }],
    });
  }
}
