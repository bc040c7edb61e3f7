/**
 * The receiving unit's figures: the figures module's output for each commune received (each
 * computed on that commune's own data, with the receiving unit's period), added up. Counts are
 * summed; an indicator's target is the sum of the communes' targets (null when no commune set
 * one) and its percentage is recomputed from the sums, never averaged. A commune whose data of
 * the period have not arrived has a row of its own, marked, and is named in a warning.
 */
import type {
  AggregateCommuneRow,
  AggregateFigures,
  ReportFigures,
  ReportIndicatorLine,
  ReportPeriod,
  ReportScopeInfo,
  ReportWarning,
} from '../../../shared/contract/report-types';
import { activityKinds, pillars } from '../../../shared/domain/activities';
import { compareVi } from '../../../shared/vi/text';
import { percentOf } from './figures-results';
import { notClosedWarning, targetWithoutResultWarning } from './figures-warnings';
import { groupByPillar } from './pillar-groups';

export interface CommuneFigures {
  code: string;
  name: string;
  /** null: nothing of the period received from this commune. */
  figures: ReportFigures | null;
}

function sumOf<T>(list: readonly T[], pick: (item: T) => number): number {
  return list.reduce((s, item) => s + pick(item), 0);
}

/** The indicators of every commune merged by code, in the pillars' order, then as first met. */
function mergeIndicators(all: readonly ReportFigures[]): ReportIndicatorLine[] {
  const merged = new Map<string, ReportIndicatorLine>();
  for (const f of all) {
    for (const line of f.indicators) {
      const seen = merged.get(line.code);
      if (!seen) {
        merged.set(line.code, { ...line });
        continue;
      }
      seen.result += line.result;
      seen.cumulative += line.cumulative;
      if (line.target !== null) seen.target = (seen.target ?? 0) + line.target;
    }
  }
  const order = (l: ReportIndicatorLine) => pillars.indexOf(l.pillar);
  return [...merged.values()]
    .map((l) => ({ ...l, percent: percentOf(l.cumulative, l.target) }))
    .sort((a, b) => order(a) - order(b));
}

function communeRow(c: CommuneFigures): AggregateCommuneRow {
  const f = c.figures;
  if (f === null) {
    return {
      communeCode: c.code,
      communeName: c.name,
      received: false,
      teams: 0,
      members: 0,
      activities: 0,
      people: 0,
      households: 0,
      trainedMembers: 0,
      results: {},
    };
  }
  return {
    communeCode: c.code,
    communeName: c.name,
    received: true,
    teams: f.teams.commune + f.teams.village,
    members: f.members.total,
    activities: f.activities.total,
    people: f.reached.people,
    households: f.reached.households,
    trainedMembers: f.trainings.trainedMembers,
    results: Object.fromEntries(f.indicators.filter((l) => l.result > 0).map((l) => [l.code, l.result])),
  };
}

function missingWarning(missing: readonly CommuneFigures[], period: ReportPeriod): ReportWarning | null {
  if (missing.length === 0) return null;
  return {
    code: 'communes_missing',
    message:
      `${missing.length} xã chưa gửi số liệu ${period.label.toLocaleLowerCase('vi')}: ` +
      `${missing.map((c) => c.name).join(', ')}. Số liệu tổng hợp chưa gồm các xã này; hãy liên hệ để xã gửi gói số liệu.`,
    communeCodes: missing.map((c) => c.code),
  };
}

export function combineFigures(
  scope: ReportScopeInfo,
  period: ReportPeriod,
  communes: readonly CommuneFigures[],
): AggregateFigures {
  const received = communes.flatMap((c) => (c.figures === null ? [] : [c.figures]));
  const indicators = mergeIndicators(received);
  const byKind = Object.fromEntries(
    activityKinds.map((k) => [k, sumOf(received, (f) => f.activities.byKind[k])]),
  ) as AggregateFigures['activities']['byKind'];
  const sorted = [...communes].sort((a, b) => compareVi(a.name, b.name) || a.code.localeCompare(b.code));
  const warnings = [
    notClosedWarning(period),
    missingWarning(
      sorted.filter((c) => c.figures === null),
      period,
    ),
    targetWithoutResultWarning(period, indicators),
  ].filter((w): w is ReportWarning => w !== null);
  return {
    scope,
    period,
    teams: {
      commune: sumOf(received, (f) => f.teams.commune),
      village: sumOf(received, (f) => f.teams.village),
      founded: sumOf(received, (f) => f.teams.founded),
      reorganized: sumOf(received, (f) => f.teams.reorganized),
      dissolved: sumOf(received, (f) => f.teams.dissolved),
    },
    members: {
      total: sumOf(received, (f) => f.members.total),
      commune: sumOf(received, (f) => f.members.commune),
      village: sumOf(received, (f) => f.members.village),
      joined: sumOf(received, (f) => f.members.joined),
      left: sumOf(received, (f) => f.members.left),
    },
    activities: { total: sumOf(received, (f) => f.activities.total), byKind },
    reached: {
      people: sumOf(received, (f) => f.reached.people),
      households: sumOf(received, (f) => f.reached.households),
    },
    indicators,
    pillars: groupByPillar(indicators),
    trainings: {
      sessions: sumOf(received, (f) => f.trainings.sessions),
      hours: sumOf(received, (f) => f.trainings.hours),
      attendances: sumOf(received, (f) => f.trainings.attendances),
      trainedMembers: sumOf(received, (f) => f.trainings.trainedMembers),
    },
    communes: sorted.map(communeRow),
    warnings,
  };
}
