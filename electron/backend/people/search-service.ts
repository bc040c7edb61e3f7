import type { Kysely } from 'kysely';
import type { SearchResults } from '../../../shared/contract/types';
import { foldVi } from '../../../shared/vi/text';
import type { Database } from '../db/schema';
import { listTeams } from '../teams/team-service';
import { listPeople } from './people-service';

/** Search as you type across people and teams: diacritics, case, NFC/NFD and đ/d ignored. */
export async function search(db: Kysely<Database>, query: string, limit = 50): Promise<SearchResults> {
  const tokens = foldVi(query).split(' ').filter(Boolean);
  if (tokens.length === 0) return { people: [], teams: [] };
  const people = (await listPeople(db, { search: query })).slice(0, limit);
  const teams = (await listTeams(db, { includeDissolved: true }))
    .filter((t) => {
      const haystack = foldVi(`${t.name} ${t.villageName ?? ''}`);
      return tokens.every((token) => haystack.includes(token));
    })
    .map(({ members: _members, warnings: _warnings, ...team }) => team)
    .slice(0, limit);
  return { people, teams };
}
