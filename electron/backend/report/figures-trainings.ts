/**
 * The trainings of a period: sessions, hours, attendances, the different people who attended and,
 * among them, the members of the scope's teams (a member is someone in a team on the day of the
 * training). The dashboard's key figures and the periodic report both count here.
 */
import type { Kysely } from 'kysely';
import type { DateRange } from '../../../shared/domain/periods';
import type { Database } from '../db/schema';
import type { MembershipSpan } from './figures-teams';

export interface TrainingFigures {
  sessions: number;
  hours: number;
  attendances: number;
  /** Different people at a training of the period, members or not. */
  people: number;
  /** Different members of the scope's teams at a training of the period. */
  trainedMembers: number;
  /** Per team: its different members trained. */
  trainedByTeam: Map<string, number>;
}

/**
 * `memberships` are those of the scope's teams. With `teamIds` null every training of the
 * database counts; otherwise a training counts when it was held for one of the teams, or for
 * no team in particular and a member of the teams attended.
 */
export async function trainingFigures(
  db: Kysely<Database>,
  teamIds: readonly string[] | null,
  range: DateRange,
  memberships: readonly MembershipSpan[],
): Promise<TrainingFigures> {
  const [trainings, attendees] = await Promise.all([
    db
      .selectFrom('trainings')
      .select(['id', 'date', 'hours', 'team_id'])
      .where('deleted_at', 'is', null)
      .where('date', '>=', range.from)
      .where('date', '<=', range.to)
      .execute(),
    db
      .selectFrom('training_attendees as ta')
      .innerJoin('trainings as t', 't.id', 'ta.training_id')
      .select(['ta.training_id', 'ta.person_id'])
      .where('t.deleted_at', 'is', null)
      .where('t.date', '>=', range.from)
      .where('t.date', '<=', range.to)
      .execute(),
  ]);
  const byPerson = new Map<string, MembershipSpan[]>();
  for (const m of memberships) {
    const list = byPerson.get(m.personId);
    if (list === undefined) byPerson.set(m.personId, [m]);
    else list.push(m);
  }
  const teamsOn = (personId: string, date: string): string[] =>
    (byPerson.get(personId) ?? [])
      .filter((m) => m.start <= date && (m.end === null || m.end >= date))
      .map((m) => m.teamId);

  const attendance = new Map<string, string[]>();
  for (const a of attendees) {
    const list = attendance.get(a.training_id);
    if (list === undefined) attendance.set(a.training_id, [a.person_id]);
    else list.push(a.person_id);
  }
  const scopeTeams = teamIds === null ? null : new Set(teamIds);
  const counted = trainings.filter(
    (t) =>
      scopeTeams === null ||
      (t.team_id !== null
        ? scopeTeams.has(t.team_id)
        : (attendance.get(t.id) ?? []).some((p) => teamsOn(p, t.date).length > 0)),
  );

  const people = new Set<string>();
  const members = new Set<string>();
  const byTeam = new Map<string, Set<string>>();
  let attendances = 0;
  for (const t of counted) {
    for (const personId of attendance.get(t.id) ?? []) {
      attendances += 1;
      people.add(personId);
      for (const teamId of teamsOn(personId, t.date)) {
        members.add(personId);
        byTeam.set(teamId, (byTeam.get(teamId) ?? new Set<string>()).add(personId));
      }
    }
  }
  return {
    sessions: counted.length,
    // Hours may be halves (1,5 giờ): summed to two decimals, without binary dust.
    hours: Math.round(counted.reduce((sum, t) => sum + (t.hours ?? 0), 0) * 100) / 100,
    attendances,
    people: people.size,
    trainedMembers: members.size,
    trainedByTeam: new Map([...byTeam].map(([teamId, set]) => [teamId, set.size])),
  };
}
