import type { Kysely } from 'kysely';
import { inTransaction } from '../db/transaction';
import type { Settings } from '../../../shared/contract/types';
import type { Database } from '../db/schema';

const defaults: Settings = { updateUrl: '' };

export async function getSettings(db: Kysely<Database>): Promise<Settings> {
  const rows = await db.selectFrom('settings').selectAll().execute();
  const map = new Map(rows.map((r) => [r.key, r.value]));
  return { updateUrl: map.get('updateUrl') ?? defaults.updateUrl };
}

export async function updateSettings(db: Kysely<Database>, settings: Settings): Promise<Settings> {
  await inTransaction(db, async (trx) => {
    for (const [key, value] of Object.entries(settings)) {
      await trx
        .insertInto('settings')
        .values({ key, value })
        .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
        .execute();
    }
  });
  return getSettings(db);
}
