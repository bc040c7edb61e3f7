/** Test support: a small commune with teams and members, for the monthly-work tests. */
import type { PersonSaved, Team, Village } from '../shared/contract/types';
import type { Backend } from '../electron/backend/backend';
import { contractCaller } from './temp';

export interface MonthlyFixture {
  anHai: Village;
  binhTri: Village;
  commune: Team;
  anHaiTeam: Team;
  binhTriTeam: Team;
  people: string[];
}

/** Two villages (300 and 100 households), the commune team and a team per village, founded 05/01/2026. */
export async function monthlyFixture(backend: Backend): Promise<MonthlyFixture> {
  const { call } = contractCaller(() => backend);
  const anHai = await call<Village>('createVillage', { name: 'Thôn An Hải', kind: 'thon', households: 300 });
  const binhTri = await call<Village>('createVillage', {
    name: 'Thôn Bình Trị',
    kind: 'thon',
    households: 100,
  });
  const commune = await call<Team>('createTeam', { level: 'commune', name: 'Tổ CNSCĐ xã Đông Sơn' });
  const anHaiTeam = await call<Team>('createTeam', {
    level: 'village',
    name: 'Tổ CNSCĐ thôn An Hải',
    villageId: anHai.id,
  });
  const binhTriTeam = await call<Team>('createTeam', {
    level: 'village',
    name: 'Tổ CNSCĐ thôn Bình Trị',
    villageId: binhTri.id,
  });
  const people: string[] = [];
  for (const [i, fullName] of ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường'].entries()) {
    const id = (await call<PersonSaved>('createPerson', { fullName })).person.id;
    people.push(id);
    const team = [commune, anHaiTeam, binhTriTeam][i];
    await call('addMember', { teamId: team?.id, personId: id, role: 'leader', startDate: '2026-01-05' });
  }
  return { anHai, binhTri, commune, anHaiTeam, binhTriTeam, people };
}
