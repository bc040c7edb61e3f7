/**
 * The activities of a period: how many, of which kind, the people and households they reached,
 * per team and in all. Read from the half-month summary `activity_kind_totals` (every period of
 * either convention is a union of half-months), so a month costs the same at 10,000 or 1,000,000
 * activities. The dashboard's key figures and the periodic report both count here.
 */
import type { Kysely } from 'kysely';
import { activityKinds, type ActivityKind } from '../../../shared/domain/activities';
import { bucketSpan, type DateRange } from '../../../shared/domain/periods';
import type { Database } from '../db/schema';
import { teamOf } from './scope';

export interface ActivityCounts {
  activities: number;
  people: number;
  households: number;
}

export interface ActivityFigures extends ActivityCounts {
  byKind: Record<ActivityKind, number>;
  /** Per team with at least one activity in the period. */
  byTeam: Map<string, ActivityCounts>;
}

/** The half-months a period covers; every period of either convention is a union of them. */
export function bucketsOf(range: DateRange): [number, number] {
  const span = bucketSpan(range);
  if (span === null) throw new RangeError(`${range.from}–${range.to} is not a union of half-months`);
  return span;
}

export async function activityFigures(
  db: Kysely<Database>,
  teamIds: readonly string[] | null,
  range: DateRange,
): Promise<ActivityFigures> {
  const [first, last] = bucketsOf(range);
  const rows = await db
    .selectFrom('activity_kind_totals')
    .select((eb) => [
      'team_id',
      'kind',
      eb.fn.sum<number>('activities').as('activities'),
      eb.fn.sum<number>('people').as('people'),
      eb.fn.sum<number>('households').as('households'),
    ])
    .where('bucket', '>=', first)
    .where('bucket', '<=', last)
    .$if(teamIds !== null, (qb) => qb.where(teamOf('team_id', teamIds ?? [])))
    .groupBy(['team_id', 'kind'])
    .execute();
  const figures: ActivityFigures = {
    activities: 0,
    people: 0,
    households: 0,
    byKind: Object.fromEntries(activityKinds.map((k) => [k, 0])) as Record<ActivityKind, number>,
    byTeam: new Map(),
  };
  for (const row of rows) {
    const activities = Number(row.activities);
    const people = Number(row.people);
    const households = Number(row.households);
    figures.activities += activities;
    figures.people += people;
    figures.households += households;
    figures.byKind[row.kind] += activities;
    const team = figures.byTeam.get(row.team_id) ?? { activities: 0, people: 0, households: 0 };
    team.activities += activities;
    team.people += people;
    team.households += households;
    figures.byTeam.set(row.team_id, team);
  }
  return figures;
}
