/**
 * THE figures of a periodic report, for a scope and a period: teams and members, activities and
 * reach, results per indicator against the year's target, trainings, one row per village team,
 * and the warnings. The report .docx, its .xlsx, `report data` and the dashboard read these
 * numbers (the dashboard through the same figures-*.ts functions); nothing else counts them.
 */
import type { Kysely } from 'kysely';
import type {
  ReportFigures,
  ReportIndicatorLine,
  ReportVillageRow,
} from '../../../shared/contract/report-types';
import type { Period, PeriodConvention } from '../../../shared/domain/periods';
import { compareVi } from '../../../shared/vi/text';
import type { Database } from '../db/schema';
import { getPeriodConvention } from '../settings/settings-service';
import { activityFigures } from './figures-activities';
import { indicatorCatalog, percentOf, resultTotals, yearTargets } from './figures-results';
import { activeDuring, loadScopeTeams, memberFigures, reorganizedTeams, teamFigures } from './figures-teams';
import { trainingFigures } from './figures-trainings';
import { reportWarnings } from './figures-warnings';
import { groupByPillar } from './pillar-groups';
import { reportPeriod } from './report-period';
import { teamFilter, type ReportScope } from './scope';

export async function computeReportFigures(
  db: Kysely<Database>,
  scope: ReportScope,
  period: Period,
  today: string,
  /** The period convention to count with; omitted: this database's own (a receiving unit passes its own). */
  conventionOverride?: PeriodConvention,
): Promise<ReportFigures> {
  const convention = conventionOverride ?? (await getPeriodConvention(db));
  const info = reportPeriod(period, convention, today);
  const range = { from: info.from, to: info.to };
  const teamIds = await teamFilter(db, scope.teamIds);
  const [scopeTeams, activities, results, catalog, targets, reorganized] = await Promise.all([
    loadScopeTeams(db, teamIds),
    activityFigures(db, teamIds, range),
    resultTotals(db, teamIds, period, convention),
    indicatorCatalog(db),
    yearTargets(db, period.year),
    reorganizedTeams(db, teamIds, range),
  ]);
  // Trainings keep the list itself: one held for no team counts when a listed team's member attended.
  const trainings = await trainingFigures(db, scope.teamIds, range, scopeTeams.memberships);
  const members = memberFigures(scopeTeams, range);

  // The scope's target: the commune's own (a team's share is not added again).
  const target = new Map(targets.filter((t) => t.teamId === null).map((t) => [t.indicator, t.value]));
  const sums = new Map<string, { result: number; cumulative: number }>();
  const teamResults = new Map<string, Record<string, number>>();
  for (const r of results) {
    const sum = sums.get(r.indicator) ?? { result: 0, cumulative: 0 };
    sum.result += r.result;
    sum.cumulative += r.cumulative;
    sums.set(r.indicator, sum);
    if (r.result > 0) {
      const team = teamResults.get(r.teamId) ?? {};
      team[r.indicator] = r.result;
      teamResults.set(r.teamId, team);
    }
  }
  const indicators: ReportIndicatorLine[] = catalog
    .filter((i) => target.has(i.code) || (sums.get(i.code)?.cumulative ?? 0) > 0)
    .map((i) => {
      const sum = sums.get(i.code) ?? { result: 0, cumulative: 0 };
      const goal = target.get(i.code) ?? null;
      return {
        code: i.code,
        name: i.name,
        unit: i.unit,
        pillar: i.pillar,
        target: goal,
        result: sum.result,
        cumulative: sum.cumulative,
        percent: percentOf(sum.cumulative, goal),
      };
    });
  const pillarLines = groupByPillar(indicators);

  const villages: ReportVillageRow[] = scopeTeams.teams
    .filter((t) => t.level === 'village' && activeDuring(t, range))
    .map((t) => {
      const done = activities.byTeam.get(t.id);
      return {
        teamId: t.id,
        teamName: t.name,
        villageName: t.villageName ?? '',
        members: members.byTeam.get(t.id) ?? 0,
        activities: done?.activities ?? 0,
        people: done?.people ?? 0,
        households: done?.households ?? 0,
        trainedMembers: trainings.trainedByTeam.get(t.id) ?? 0,
        results: teamResults.get(t.id) ?? {},
      };
    })
    .sort((a, b) => compareVi(a.villageName, b.villageName) || compareVi(a.teamName, b.teamName));

  return {
    scope: scope.info,
    period: info,
    teams: teamFigures(scopeTeams.teams, range, reorganized),
    members: {
      total: members.total,
      commune: members.commune,
      village: members.village,
      joined: members.joined,
      left: members.left,
    },
    activities: { total: activities.activities, byKind: activities.byKind },
    reached: { people: activities.people, households: activities.households },
    indicators,
    pillars: pillarLines,
    trainings: {
      sessions: trainings.sessions,
      hours: trainings.hours,
      attendances: trainings.attendances,
      trainedMembers: trainings.trainedMembers,
    },
    villages,
    warnings: await reportWarnings(db, teamIds, info, today, indicators, villages),
  };
}
