/**
 * Test support for the `report` commands: one village team of Xã Đông Sơn with a target for 2025
 * and activities of March 2025 under Decree 09 (15/02 to 14/3), one earlier in the year and one
 * after the cut-off, set up through the contract on the CLI's database.
 */
import type { PersonSaved, Team, Village } from '../shared/contract/types';
import type { CliHarness } from './cli';

/** Returns the team's id. */
export async function seedReportCommune(h: CliHarness): Promise<string> {
  const village = await h.dispatch<Village>('createVillage', {
    name: 'Thôn An Hải',
    kind: 'thon',
    households: 300,
  });
  const teamId = (
    await h.dispatch<Team>('createTeam', {
      level: 'village',
      name: 'Tổ CNSCĐ thôn An Hải',
      villageId: village.id,
    })
  ).id;
  const personId = (await h.dispatch<PersonSaved>('createPerson', { fullName: 'Nguyễn Văn An' })).person.id;
  await h.dispatch('addMember', { teamId, personId, role: 'leader', startDate: '2025-01-05' });
  await h.dispatch('setTarget', { year: 2025, indicator: 'vneid_activated', value: 400 });
  for (const [date, value, people] of [
    ['2025-02-15', 30, 40], // March 2025 under Decree 09 (15/02 to 14/3)
    ['2025-03-14', 20, 10],
    ['2025-01-20', 50, 5], // earlier in the year
    ['2025-03-15', 9, 9], // after the cut-off
  ] as const) {
    await h.dispatch('addActivity', {
      teamId,
      date,
      kind: 'guidance',
      platforms: ['vneid'],
      peopleReached: people,
      householdsReached: 2,
      results: [{ indicator: 'vneid_activated', value }],
    });
  }
  return teamId;
}
