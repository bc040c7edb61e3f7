/**
 * The half-month summary of results (`activity_totals`), changed by deltas inside the
 * transaction of each write so that it always equals the sum over live activities.
 */
import { sql, type Kysely } from 'kysely';
import { halfMonthBucket } from '../../../shared/domain/periods';
import type { Database } from '../db/schema';

/** Delta per "bucket|team|indicator". */
export type Totals = Map<string, number>;

export function totalsOf(
  totals: Totals,
  date: string,
  teamId: string,
  results: readonly { indicator: string; value: number }[],
  sign: 1 | -1,
): void {
  const bucket = halfMonthBucket(date);
  for (const r of results) {
    const key = `${bucket}|${teamId}|${r.indicator}`;
    totals.set(key, (totals.get(key) ?? 0) + sign * r.value);
  }
}

const CHUNK = 500;

/** Applies the deltas (positive or negative); rows that fall to zero are removed. */
export async function addTotals(trx: Kysely<Database>, totals: Totals): Promise<void> {
  const rows = [...totals]
    .filter(([, value]) => value !== 0)
    .map(([key, value]) => {
      const [bucket, team_id, indicator_code] = key.split('|') as [string, string, string];
      return { bucket: Number(bucket), team_id, indicator_code, value };
    });
  const positive = rows.filter((r) => r.value > 0);
  for (let i = 0; i < positive.length; i += CHUNK) {
    await trx
      .insertInto('activity_totals')
      .values(positive.slice(i, i + CHUNK))
      .onConflict((oc) =>
        oc
          .columns(['bucket', 'team_id', 'indicator_code'])
          .doUpdateSet({ value: sql<number>`activity_totals.value + excluded.value` }),
      )
      .execute();
  }
  for (const r of rows.filter((row) => row.value < 0)) {
    await trx
      .updateTable('activity_totals')
      .set({ value: sql<number>`value + ${r.value}` })
      .where('bucket', '=', r.bucket)
      .where('team_id', '=', r.team_id)
      .where('indicator_code', '=', r.indicator_code)
      .execute();
    await trx
      .deleteFrom('activity_totals')
      .where('bucket', '=', r.bucket)
      .where('team_id', '=', r.team_id)
      .where('indicator_code', '=', r.indicator_code)
      .where('value', '=', 0)
      .execute();
  }
}

/** Same as addTotals (the deltas carry their sign); named for readability at call sites. */
export const subtractTotals = addTotals;
