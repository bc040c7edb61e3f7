/**
 * Results per indicator: in a period and from the first day of its reporting year to the period's
 * last day, per team. Read from the summaries (the year's own for a year, the half-month one
 * otherwise). Progress (the dashboard) and the periodic report both count here.
 */
import { sql, type Kysely, type SqlBool } from 'kysely';
import { makePeriod, periodRange, type Period, type PeriodConvention } from '../../../shared/domain/periods';
import type { Pillar } from '../../../shared/domain/activities';
import type { Database } from '../db/schema';
import { bucketsOf } from './figures-activities';
import { teamOf } from './scope';

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
  const rows =
    period.kind === 'year'
      ? // The whole year: its own summary, one row per team and indicator.
        await db
          .selectFrom('activity_year_totals')
          .select(['team_id', 'indicator_code', 'value as result', 'value as cumulative'])
          .where('convention', '=', convention)
          .where('year', '=', period.year)
          .execute()
      : await db
          .selectFrom('activity_totals')
          .select((eb) => [
            'team_id',
            'indicator_code',
            sql<number>`sum(case when bucket >= ${periodFirst} then value else 0 end)`.as('result'),
            eb.fn.sum<number>('value').as('cumulative'),
          ])
          .where('bucket', '>=', yearFirst)
          .where('bucket', '<=', last)
          .groupBy(['team_id', 'indicator_code'])
          .execute();
  // The scope's teams are picked here rather than in SQL: the summary holds a few rows per team
  // and indicator, and testing each against a list of a thousand teams costs more than the sums.
  const scope = teamIds === null ? null : new Set(teamIds);
  return rows
    .filter((r) => scope === null || scope.has(r.team_id))
    .map((r) => ({
      teamId: r.team_id,
      indicator: r.indicator_code,
      result: Number(r.result),
      cumulative: Number(r.cumulative),
    }));
}

export interface ScopeResults {
  /** The scope's results per indicator: in the period, and from the start of the year. */
  byIndicator: Map<string, { result: number; cumulative: number }>;
  /** Each team's results in the period (only indicators with a result). */
  periodByTeam: Map<string, Record<string, number>>;
}

function addPeriodResult(to: ScopeResults, teamId: string, indicator: string, result: number): void {
  if (result <= 0) return;
  const team = to.periodByTeam.get(teamId) ?? {};
  team[indicator] = result;
  to.periodByTeam.set(teamId, team);
}

/**
 * What the report needs of the results: the scope's sums per indicator and each team's results
 * of the period — the same numbers as `resultTotals`, read in two cheaper parts for a period
 * shorter than the year (the sums from the start of the year per indicator along the
 * indicator's index, each team's only over the period's half-months), so a November report
 * costs about what a January one does.
 */
export async function scopeResults(
  db: Kysely<Database>,
  teamIds: readonly string[] | null,
  period: Period,
  convention: PeriodConvention,
  indicatorCodes: readonly string[],
): Promise<ScopeResults> {
  const out: ScopeResults = { byIndicator: new Map(), periodByTeam: new Map() };
  if (period.kind === 'year') {
    for (const r of await resultTotals(db, teamIds, period, convention)) {
      const sum = out.byIndicator.get(r.indicator) ?? { result: 0, cumulative: 0 };
      sum.result += r.result;
      sum.cumulative += r.cumulative;
      out.byIndicator.set(r.indicator, sum);
      addPeriodResult(out, r.teamId, r.indicator, r.result);
    }
    return out;
  }
  const range = periodRange(period, convention);
  const yearRange = periodRange(makePeriod('year', period.year), convention);
  const [periodFirst, last] = bucketsOf(range);
  const [yearFirst] = bucketsOf({ from: yearRange.from, to: range.to });
  const [sums, teams] = await Promise.all([
    db
      .selectFrom('activity_totals')
      .select((eb) => [
        'indicator_code',
        sql<number>`sum(case when bucket >= ${periodFirst} then value else 0 end)`.as('result'),
        eb.fn.sum<number>('value').as('cumulative'),
      ])
      // One range of the indicator's index per code: no sorting of the year's rows.
      .where(sql<SqlBool>`indicator_code in (select value from json_each(${JSON.stringify(indicatorCodes)}))`)
      .where('bucket', '>=', yearFirst)
      .where('bucket', '<=', last)
      .$if(teamIds !== null, (qb) => qb.where(teamOf('team_id', teamIds ?? [])))
      .groupBy('indicator_code')
      .execute(),
    db
      .selectFrom('activity_totals')
      .select((eb) => ['team_id', 'indicator_code', eb.fn.sum<number>('value').as('result')])
      .where('bucket', '>=', periodFirst)
      .where('bucket', '<=', last)
      .groupBy(['team_id', 'indicator_code'])
      .execute(),
  ]);
  for (const r of sums) {
    out.byIndicator.set(r.indicator_code, { result: Number(r.result), cumulative: Number(r.cumulative) });
  }
  const scope = teamIds === null ? null : new Set(teamIds);
  for (const r of teams) {
    if (scope === null || scope.has(r.team_id))
      addPeriodResult(out, r.team_id, r.indicator_code, Number(r.result));
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
