/** Teams read once per request: composing and issuing ask for the same team several times. */
import type { Kysely } from 'kysely';
import type { TeamDetail } from '../../../../shared/contract/types';
import { todayIso } from '../../../../shared/vi/dates';
import type { Database } from '../../db/schema';
import { getTeam } from '../../teams/team-service';

/** A team as on a date (default today), read from the database the first time only. */
export type TeamLoader = (id: string, date?: string) => Promise<TeamDetail>;

/** A loader for one request; make a new one per request (the teams may change between requests). */
export function teamLoader(db: Kysely<Database>): TeamLoader {
  const loaded = new Map<string, Promise<TeamDetail>>();
  return (id, date = todayIso()) => {
    const key = `${id} ${date}`;
    let team = loaded.get(key);
    if (team === undefined) {
      team = getTeam(db, id, date);
      loaded.set(key, team);
    }
    return team;
  };
}
