/**
 * The teams of a scope and their members over a period: which teams were active at its end and
 * which were founded, re-organised or dissolved during it; the members at its end and who joined
 * or left. A team's life is that of its memberships (founded with its first member, dissolved on
 * the last day of its last member), as the activity checks read it.
 *
 * "At the end of the period" is after its last day: a membership whose last day (`end_date`) is
 * the period's last day has ended by then, and counts among those who left. So the members at
 * the end are those at the start, plus those who joined, minus those who left.
 */
import type { Kysely } from 'kysely';
import type { ReportMembers, ReportTeams } from '../../../shared/contract/report-types';
import type { DateRange } from '../../../shared/domain/periods';
import { nextDay, previousDay } from '../../../shared/vi/dates';
import type { Database } from '../db/schema';
import { teamOf } from './scope';

export interface MembershipSpan {
  teamId: string;
  personId: string;
  /** First day, inclusive. */
  start: string;
  /** Last day, inclusive; null while it lasts. */
  end: string | null;
}

export interface ScopeTeam {
  id: string;
  name: string;
  level: 'commune' | 'village';
  villageName: string | null;
  /** The first day anyone was a member; null before the team has members. */
  founded: string | null;
  /** The last day of its last member, for a dissolved team. */
  dissolved: string | null;
}

export interface ScopeTeams {
  teams: ScopeTeam[];
  memberships: MembershipSpan[];
}

/** The scope's commune and village teams, and their live memberships. */
export async function loadScopeTeams(
  db: Kysely<Database>,
  teamIds: readonly string[] | null,
): Promise<ScopeTeams> {
  const [teamRows, membershipRows] = await Promise.all([
    db
      .selectFrom('teams as t')
      .leftJoin('villages as v', 'v.id', 't.village_id')
      .select(['t.id', 't.name', 't.level', 't.status', 'v.name as village_name'])
      .where('t.deleted_at', 'is', null)
      .$if(teamIds !== null, (qb) => qb.where(teamOf('t.id', teamIds ?? [])))
      .execute(),
    db
      .selectFrom('memberships as m')
      .innerJoin('teams as t', 't.id', 'm.team_id')
      .select(['m.team_id', 'm.person_id', 'm.start_date', 'm.end_date'])
      .where('m.deleted_at', 'is', null)
      .where('t.deleted_at', 'is', null)
      .$if(teamIds !== null, (qb) => qb.where(teamOf('m.team_id', teamIds ?? [])))
      .execute(),
  ]);
  const memberships = membershipRows.map((m) => ({
    teamId: m.team_id,
    personId: m.person_id,
    start: m.start_date,
    end: m.end_date,
  }));
  const life = new Map<string, { first: string; last: string | null }>();
  for (const m of memberships) {
    const known = life.get(m.teamId);
    if (known === undefined) life.set(m.teamId, { first: m.start, last: m.end });
    else {
      if (m.start < known.first) known.first = m.start;
      if (known.last !== null && (m.end === null || m.end > known.last)) known.last = m.end;
    }
  }
  const teams: ScopeTeam[] = [];
  for (const t of teamRows) {
    if (t.level !== 'commune' && t.level !== 'village') continue;
    const span = life.get(t.id);
    teams.push({
      id: t.id,
      name: t.name,
      level: t.level,
      villageName: t.village_name,
      founded: span?.first ?? null,
      dissolved: t.status === 'dissolved' ? (span?.last ?? null) : null,
    });
  }
  const kept = new Set(teams.map((t) => t.id));
  return { teams, memberships: memberships.filter((m) => kept.has(m.teamId)) };
}

/** Active after the last day of the range. */
export function activeAtEnd(team: ScopeTeam, range: DateRange): boolean {
  return (
    team.founded !== null &&
    team.founded <= range.to &&
    (team.dissolved === null || team.dissolved > range.to)
  );
}

/** Active on at least one day of the range. */
export function activeDuring(team: ScopeTeam, range: DateRange): boolean {
  return (
    team.founded !== null &&
    team.founded <= range.to &&
    (team.dissolved === null || team.dissolved >= range.from)
  );
}

function within(date: string | null, range: DateRange): boolean {
  return date !== null && date >= range.from && date <= range.to;
}

/** The team figures; `reorganized` counted by the caller from the register. */
export function teamFigures(teams: readonly ScopeTeam[], range: DateRange, reorganized: number): ReportTeams {
  const atEnd = teams.filter((t) => activeAtEnd(t, range));
  return {
    commune: atEnd.filter((t) => t.level === 'commune').length,
    village: atEnd.filter((t) => t.level === 'village').length,
    founded: teams.filter((t) => within(t.founded, range)).length,
    reorganized,
    dissolved: teams.filter((t) => within(t.dissolved, range)).length,
  };
}

export interface MemberFigures extends ReportMembers {
  /** Per team: its members at the end of the period. */
  byTeam: Map<string, number>;
}

/**
 * One person counts once per team: a role change (one membership ending the day before the next
 * starts) is neither a departure nor an arrival.
 */
export function memberFigures(scope: ScopeTeams, range: DateRange): MemberFigures {
  const level = new Map(scope.teams.map((t) => [t.id, t.level]));
  const spans = new Map<string, MembershipSpan[]>();
  for (const m of scope.memberships) {
    const key = `${m.teamId}\u0000${m.personId}`;
    const list = spans.get(key);
    if (list === undefined) spans.set(key, [m]);
    else list.push(m);
  }
  const memberOn = (list: readonly MembershipSpan[], date: string) =>
    list.some((m) => m.start <= date && (m.end === null || m.end >= date));
  const figures: MemberFigures = { total: 0, commune: 0, village: 0, joined: 0, left: 0, byTeam: new Map() };
  for (const list of spans.values()) {
    const teamId = list[0]?.teamId ?? '';
    if (list.some((m) => m.start <= range.to && (m.end === null || m.end > range.to))) {
      figures.total += 1;
      if (level.get(teamId) === 'commune') figures.commune += 1;
      else figures.village += 1;
      figures.byTeam.set(teamId, (figures.byTeam.get(teamId) ?? 0) + 1);
    }
    if (list.some((m) => within(m.start, range) && !memberOn(list, previousDay(m.start))))
      figures.joined += 1;
    if (list.some((m) => m.end !== null && within(m.end, range) && !memberOn(list, nextDay(m.end)))) {
      figures.left += 1;
    }
  }
  return figures;
}

/** The teams with a re-organisation decision (kiện toàn) issued in the range and not cancelled. */
export async function reorganizedTeams(
  db: Kysely<Database>,
  teamIds: readonly string[] | null,
  range: DateRange,
): Promise<number> {
  const row = await db
    .selectFrom('documents as d')
    .innerJoin('document_teams as dt', 'dt.document_id', 'd.id')
    .select((eb) => eb.fn.count<number>('dt.team_id').distinct().as('count'))
    .where('d.kind', '=', 'reorganization')
    .where('d.status', 'in', ['issued', 'signed'])
    .where('d.deleted_at', 'is', null)
    .where('d.issued_on', '>=', range.from)
    .where('d.issued_on', '<=', range.to)
    .$if(teamIds !== null, (qb) => qb.where(teamOf('dt.team_id', teamIds ?? [])))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}
