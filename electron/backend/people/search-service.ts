import type { Kysely } from 'kysely';
import type { SearchResults } from '../../../shared/contract/types';
import { foldVi } from '../../../shared/vi/text';
import type { Database } from '../db/schema';
import { listTeams } from '../teams/team-service';
import { listPeople } from './people-service';

/** Search as you type across people and teams: diacritics, case, NFC/NFD and đ/d ignored. */
export async function search(db: Kysely<Database>, query: string, limit = 50): Promise<SearchResults> {
  const tokens = foldVi(query).split(' ').filter(Boolean);
  if (tokens.length === 0) return { people: [], teams: [], peopleTotal: 0, teamsTotal: 0 };
  // The same people the people list shows for this query (its "Xem tất cả" leads there).
  const allPeople = await listPeople(db, { search: query });
  const allTeams = (await listTeams(db, { includeDissolved: true }))
    .filter((t) => {
      const haystack = foldVi(`${t.name} ${t.villageName ?? ''}`);
      return tokens.every((token) => haystack.includes(token));
    })
    .map(({ members: _members, warnings: _warnings, ...team }) => team);
  return {
    people: allPeople.slice(0, limit),
    teams: allTeams.slice(0, limit),
    peopleTotal: allPeople.length,
    teamsTotal: allTeams.length,
  };
}
