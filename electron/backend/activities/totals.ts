/**
 * The summaries of results, changed by deltas inside the transaction of each write so that they
 * always equal the sums over live activities: `activity_totals` per half-month (any period of
 * either convention is a union of them) and `activity_year_totals` per reporting year under each
 * convention (a year's progress reads one row per team and indicator).
 */
import { sql, type Kysely } from 'kysely';
import { halfMonthBucket, periodConventions, yearOfBucket } from '../../../shared/domain/periods';
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

interface HalfMonthRow {
  bucket: number;
  team_id: string;
  indicator_code: string;
  value: number;
}

interface YearRow {
  convention: (typeof periodConventions)[number];
  year: number;
  team_id: string;
  indicator_code: string;
  value: number;
}

function halfMonthRows(totals: Totals): HalfMonthRow[] {
  return [...totals]
    .filter(([, value]) => value !== 0)
    .map(([key, value]) => {
      const [bucket, team_id, indicator_code] = key.split('|') as [string, string, string];
      return { bucket: Number(bucket), team_id, indicator_code, value };
    });
}

/** The same deltas gathered per reporting year, for each convention. */
function yearRows(rows: readonly HalfMonthRow[]): YearRow[] {
  const byKey = new Map<string, YearRow>();
  for (const r of rows) {
    for (const convention of periodConventions) {
      const year = yearOfBucket(r.bucket, convention);
      const key = `${convention}|${year}|${r.team_id}|${r.indicator_code}`;
      const row = byKey.get(key);
      if (row === undefined)
        byKey.set(key, {
          convention,
          year,
          team_id: r.team_id,
          indicator_code: r.indicator_code,
          value: r.value,
        });
      else row.value += r.value;
    }
  }
  return [...byKey.values()].filter((r) => r.value !== 0);
}

/** Adds the positive deltas (insert or add) and takes the negative ones away (rows at zero go). */
async function applyHalfMonths(trx: Kysely<Database>, rows: readonly HalfMonthRow[]): Promise<void> {
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

async function applyYears(trx: Kysely<Database>, rows: readonly YearRow[]): Promise<void> {
  const positive = rows.filter((r) => r.value > 0);
  for (let i = 0; i < positive.length; i += CHUNK) {
    await trx
      .insertInto('activity_year_totals')
      .values(positive.slice(i, i + CHUNK))
      .onConflict((oc) =>
        oc
          .columns(['convention', 'year', 'team_id', 'indicator_code'])
          .doUpdateSet({ value: sql<number>`activity_year_totals.value + excluded.value` }),
      )
      .execute();
  }
  for (const r of rows.filter((row) => row.value < 0)) {
    await trx
      .updateTable('activity_year_totals')
      .set({ value: sql<number>`value + ${r.value}` })
      .where('convention', '=', r.convention)
      .where('year', '=', r.year)
      .where('team_id', '=', r.team_id)
      .where('indicator_code', '=', r.indicator_code)
      .execute();
    await trx
      .deleteFrom('activity_year_totals')
      .where('convention', '=', r.convention)
      .where('year', '=', r.year)
      .where('team_id', '=', r.team_id)
      .where('indicator_code', '=', r.indicator_code)
      .where('value', '=', 0)
      .execute();
  }
}

/** Applies the deltas (positive or negative) to both summaries. */
export async function addTotals(trx: Kysely<Database>, totals: Totals): Promise<void> {
  const rows = halfMonthRows(totals);
  await applyHalfMonths(trx, rows);
  await applyYears(trx, yearRows(rows));
}

/** Same as addTotals (the deltas carry their sign); named for readability at call sites. */
export const subtractTotals = addTotals;
