/**
 * Results per indicator: in a period and from the first day of its reporting year to the period's
 * last day, per team. Read from the summaries (the year's own for a year, the half-month one
 * otherwise). Progress (the dashboard) and the periodic report both count here.
 */
import { sql, type Kysely } from 'kysely';
import { makePeriod, periodRange, type Period, type PeriodConvention } from '../../../shared/domain/periods';
import type { Pillar } from '../../../shared/domain/activities';
import type { Database } from '../db/schema';
import { bucketsOf } from './figures-activities';

export interface ResultTotal {
  teamId: string;
  indicator: string;
  /** In the period. */
  result: number;
  /** From the first day of the reporting year to the last day of the period. */
  cumulative: number;
}

/**
 * result ÷ target × 100, two decimals; null without a target (or a target of 0). Multiplied
 * first: 57 of 800 is 7.13, as Excel's ROUND(57/800, 4) shows it (57 / 800 × 10 000 is
 * 712.4999… in floating point and would round to 7.12).
 */
export function percentOf(result: number, target: number | null): number | null {
  if (target === null || target === 0) return null;
  return Math.round((result * 10_000) / target) / 100;
}

export async function resultTotals(
  db: Kysely<Database>,
  teamIds: readonly string[] | null,
  period: Period,
  convention: PeriodConvention,
): Promise<ResultTotal[]> {
  const range = periodRange(period, convention);
  const yearRange = periodRange(makePeriod('year', period.year), convention);
  const [periodFirst] = bucketsOf(range);
  const [yearFirst, last] = bucketsOf({ from: yearRange.from, to: range.to });
  if (period.kind === 'year') {
    // The whole year: its own summary, one row per team and indicator.
    const rows = await db
      .selectFrom('activity_year_totals')
      .select(['team_id', 'indicator_code', 'value'])
      .where('convention', '=', convention)
      .where('year', '=', period.year)
      .execute();
    // The scope's teams are picked here rather than in SQL: the summary holds one row per team and
    // indicator, and testing each against a list of a thousand teams costs more than reading it.
    const scope = teamIds === null ? null : new Set(teamIds);
    return rows
      .filter((r) => scope === null || scope.has(r.team_id))
      .map((r) => ({ teamId: r.team_id, indicator: r.indicator_code, result: r.value, cumulative: r.value }));
  }
  // From the year's first half-month to the period's last: team by team, each team's few rows
  // of each half-month found through the summary's key (bucket, team) and summed per indicator.
  // One GROUP BY over all teams would sort every row of the span (50,000 at a receiving unit in
  // March) on a long text key; a team's own rows are a few dozen.
  const buckets = JSON.stringify(Array.from({ length: last - yearFirst + 1 }, (_, i) => yearFirst + i));
  const teams =
    teamIds === null
      ? sql`select id from teams`
      : sql`select distinct value as id from json_each(${JSON.stringify(teamIds)})`;
  const { rows } = await sql<{ team_id: string; totals: string }>`
    select s.id as team_id, (
      select json_group_array(json_array(g.indicator_code, g.result, g.cumulative)) from (
        select indicator_code, sum(case when bucket >= ${periodFirst} then value else 0 end) as result,
               sum(value) as cumulative
          from activity_totals
         where bucket in (select value from json_each(${buckets})) and team_id = s.id
         group by indicator_code) g) as totals
    from (${teams}) s`.execute(db);
  const out: ResultTotal[] = [];
  for (const r of rows) {
    for (const [indicator, result, cumulative] of JSON.parse(r.totals) as [string, number, number][]) {
      out.push({ teamId: r.team_id, indicator, result, cumulative });
    }
  }
  return out;
}

export interface IndicatorInfo {
  code: string;
  name: string;
  unit: string;
  pillar: Pillar;
  active: boolean;
}

/** Every indicator, retired ones included, in catalog order. */
export async function indicatorCatalog(db: Kysely<Database>): Promise<IndicatorInfo[]> {
  const rows = await db
    .selectFrom('indicators')
    .select(['code', 'name', 'unit', 'pillar', 'active'])
    .orderBy('sort_order')
    .execute();
  return rows.map((i) => ({ ...i, active: i.active === 1 }));
}

export interface YearTarget {
  indicator: string;
  /** null: the commune's own target. */
  teamId: string | null;
  value: number;
}

/** The targets set for a reporting year. */
export async function yearTargets(db: Kysely<Database>, year: number): Promise<YearTarget[]> {
  const rows = await db
    .selectFrom('targets')
    .select(['indicator_code', 'team_id', 'value'])
    .where('year', '=', year)
    .where('deleted_at', 'is', null)
    .execute();
  return rows.map((t) => ({ indicator: t.indicator_code, teamId: t.team_id, value: t.value }));
}
