/**
 * Progress for a period: the results of activities against the year's targets, per indicator,
 * per team and per pillar, with the lagging flag (year-to-date result behind the elapsed share of
 * the yearly target). Reads the summaries (per year for a year, per half-month otherwise), so it
 * stays fast on large databases.
 */
import type { Kysely } from 'kysely';
import type { Progress, ProgressLine, TeamProgress } from '../../../shared/contract/monthly-types';
import { pillarLabels, pillars } from '../../../shared/domain/activities';
import { elapsedShareOfYear, type Period } from '../../../shared/domain/periods';
import { todayIso } from '../../../shared/vi/dates';
import { compareVi } from '../../../shared/vi/text';
import type { Database } from '../db/schema';
import {
  indicatorCatalog,
  percentOf,
  resultTotals,
  yearTargets,
  type IndicatorInfo,
} from '../report/figures-results';
import { periodInfo } from '../report/report-period';
import { getPeriodConvention } from '../settings/settings-service';

function line(
  info: IndicatorInfo,
  target: number | null,
  result: number,
  yearToDate: number,
  elapsed: number,
): ProgressLine {
  return {
    code: info.code,
    name: info.name,
    unit: info.unit,
    pillar: info.pillar,
    target,
    result,
    percent: percentOf(result, target),
    yearToDate,
    lagging: target !== null && target > 0 && yearToDate < target * elapsed,
  };
}

/**
 * A team's mean achievement of the year (year-to-date ÷ target, each capped at 100 %) over the
 * indicators it has a target for, 0–1; null without any target. It is behind when this is below
 * the elapsed share of the year.
 */
function achievementOf(lines: readonly ProgressLine[]): number | null {
  const withTarget = lines.filter((l) => l.target !== null && l.target > 0);
  if (withTarget.length === 0) return null;
  return withTarget.reduce((s, l) => s + Math.min(1, l.yearToDate / (l.target ?? 1)), 0) / withTarget.length;
}

export async function getProgress(
  db: Kysely<Database>,
  period: Period,
  today: string = todayIso(),
): Promise<Progress> {
  const convention = await getPeriodConvention(db);
  const info = periodInfo(period, convention);
  const range = { from: info.from, to: info.to };
  const elapsed = elapsedShareOfYear(period.year, range, today, convention);

  const [catalog, targetRows, totals, teamRows] = await Promise.all([
    indicatorCatalog(db),
    yearTargets(db, period.year),
    // The same results as the periodic report's (report/figures-results.ts).
    resultTotals(db, null, period, convention),
    db
      .selectFrom('teams')
      .select(['id', 'name', 'village_id', 'status', 'level'])
      .where('deleted_at', 'is', null)
      .where('level', 'in', ['commune', 'village'])
      .execute(),
  ]);

  const indicators = new Map<string, IndicatorInfo>(catalog.map((i) => [i.code, i]));
  const communeTargets = new Map<string, number>();
  const teamTargets = new Map<string, Map<string, number>>();
  for (const t of targetRows) {
    if (t.teamId === null) communeTargets.set(t.indicator, t.value);
    else {
      const map = teamTargets.get(t.teamId) ?? new Map<string, number>();
      map.set(t.indicator, t.value);
      teamTargets.set(t.teamId, map);
    }
  }
  const communeResult = new Map<string, { result: number; ytd: number }>();
  const teamResults = new Map<string, Map<string, { result: number; ytd: number }>>();
  for (const row of totals) {
    const { result, cumulative: ytd } = row;
    const sum = communeResult.get(row.indicator) ?? { result: 0, ytd: 0 };
    sum.result += result;
    sum.ytd += ytd;
    communeResult.set(row.indicator, sum);
    const map = teamResults.get(row.teamId) ?? new Map<string, { result: number; ytd: number }>();
    map.set(row.indicator, { result, ytd });
    teamResults.set(row.teamId, map);
  }

  // Active indicators, and retired ones that still have a target or a result this year.
  const shown = [...indicators.values()].filter(
    (i) => i.active || communeTargets.has(i.code) || communeResult.has(i.code),
  );
  const lines = shown.map((i) => {
    const r = communeResult.get(i.code) ?? { result: 0, ytd: 0 };
    return line(i, communeTargets.get(i.code) ?? null, r.result, r.ytd, elapsed);
  });

  const teams: TeamProgress[] = teamRows
    .filter((t) => t.status === 'active' || teamResults.has(t.id) || teamTargets.has(t.id))
    .map((t) => {
      const targets = teamTargets.get(t.id) ?? new Map<string, number>();
      const results = teamResults.get(t.id) ?? new Map<string, { result: number; ytd: number }>();
      const teamLines = shown
        .filter((i) => targets.has(i.code) || results.has(i.code))
        .map((i) => {
          const r = results.get(i.code) ?? { result: 0, ytd: 0 };
          return line(i, targets.get(i.code) ?? null, r.result, r.ytd, elapsed);
        });
      const achievement = achievementOf(teamLines);
      return {
        teamId: t.id,
        teamName: t.name,
        villageId: t.village_id,
        lagging: achievement !== null && achievement < elapsed,
        achievement: achievement === null ? null : Math.round(achievement * 10_000) / 100,
        indicators: teamLines,
        level: t.level,
      };
    })
    .sort(
      (a, b) =>
        Number(a.level === 'village') - Number(b.level === 'village') || compareVi(a.teamName, b.teamName),
    )
    .map(({ level: _level, ...team }) => team);

  const pillarProgress = pillars.map((pillar) => {
    const withTarget = lines.filter((l) => l.pillar === pillar && l.percent !== null);
    const percent =
      withTarget.length === 0
        ? null
        : Math.round(
            (withTarget.reduce((s, l) => s + Math.min(100, l.percent ?? 0), 0) / withTarget.length) * 100,
          ) / 100;
    return {
      pillar,
      label: pillarLabels[pillar],
      percent,
      indicators: lines.filter((l) => l.pillar === pillar).length,
      lagging: lines.filter((l) => l.pillar === pillar && l.lagging).length,
    };
  });

  return {
    period: info,
    elapsedShare: Math.round(elapsed * 10_000) / 10_000,
    indicators: lines,
    pillars: pillarProgress,
    teams,
  };
}
