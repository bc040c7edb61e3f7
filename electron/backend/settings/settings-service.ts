import type { Kysely } from 'kysely';
import { inTransaction } from '../db/transaction';
import type { Settings } from '../../../shared/contract/types';
import {
  defaultPeriodConvention,
  periodConventions,
  type PeriodConvention,
} from '../../../shared/domain/periods';
import type { Database } from '../db/schema';

const defaults: Settings = { updateUrl: '', reportingPeriods: defaultPeriodConvention };

function convention(value: string | undefined): PeriodConvention {
  return periodConventions.find((c) => c === value) ?? defaults.reportingPeriods;
}

export async function getSettings(db: Kysely<Database>): Promise<Settings> {
  const rows = await db.selectFrom('settings').selectAll().execute();
  const map = new Map(rows.map((r) => [r.key, r.value]));
  return {
    updateUrl: map.get('updateUrl') ?? defaults.updateUrl,
    reportingPeriods: convention(map.get('reportingPeriods')),
  };
}

/** The convention reporting periods are cut by (the `reportingPeriods` setting). */
export async function getPeriodConvention(db: Kysely<Database>): Promise<PeriodConvention> {
  const row = await db
    .selectFrom('settings')
    .select('value')
    .where('key', '=', 'reportingPeriods')
    .executeTakeFirst();
  return convention(row?.value);
}

/** Writes the settings given; a setting left out keeps its value. */
export async function updateSettings(db: Kysely<Database>, settings: Partial<Settings>): Promise<Settings> {
  await inTransaction(db, async (trx) => {
    for (const [key, value] of Object.entries(settings)) {
      if (value === undefined) continue;
      await trx
        .insertInto('settings')
        .values({ key, value })
        .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
        .execute();
    }
  });
  return getSettings(db);
}
