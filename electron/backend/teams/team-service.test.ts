import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type {
  PersonSaved,
  Team,
  TeamDetail,
  TeamSummary,
  TeamWarning,
  Village,
} from '../../../shared/contract/types';
import type { PersonTag, Role } from '../../../shared/domain/teams';
import type { Backend } from '../backend';
import { contractCaller, tempBackend } from '../../../test-support/temp';

let backend: Backend;
beforeEach(async () => {
  backend = await tempBackend();
});
afterEach(() => backend.close());
const { call, refused } = contractCaller(() => backend);

async function person(fullName: string, ...tags: PersonTag[]): Promise<string> {
  return (await call<PersonSaved>('createPerson', { fullName, tags })).person.id;
}
async function add(
  teamId: string,
  personId: string,
  role: Role,
  startDate = '2026-01-05',
): Promise<TeamDetail> {
  return call<TeamDetail>('addMember', { teamId, personId, role, startDate });
}

describe('teams and memberships', () => {
  it('keeps one active commune team at a time', async () => {
    const first = await call<Team>('createTeam', { level: 'commune', name: 'Tổ CNSCĐ xã Đông Sơn' });
    const error = await refused('createTeam', { level: 'commune', name: 'Tổ thứ hai' });
    expect(error.code).toBe('conflict');
    expect(error.message).toContain('Tổ CNSCĐ xã Đông Sơn');
    await call('setTeamStatus', { id: first.id, status: 'dissolved' });
    await call<Team>('createTeam', { level: 'commune', name: 'Tổ CNSCĐ xã Đông Sơn (2026)' });
  });

  it('ties a village team to a village (more than one per village allowed) and shows the Zalo coverage inputs', async () => {
    const village = await call<Village>('createVillage', {
      name: 'Thôn An Hải',
      kind: 'thon',
      households: 412,
    });
    const team = await call<Team>('createTeam', {
      level: 'village',
      name: 'Tổ CNSCĐ thôn An Hải',
      villageId: village.id,
      zaloLink: 'https://zalo.me/g/anhai',
      zaloHouseholds: 380,
    });
    await call<Team>('createTeam', {
      level: 'village',
      name: 'Tổ CNSCĐ thôn An Hải số 2',
      villageId: village.id,
    });
    expect(team).toMatchObject({
      villageName: 'Thôn An Hải',
      villageHouseholds: 412,
      zaloHouseholds: 380,
      status: 'active',
    });
    expect((await refused('removeVillage', { id: village.id })).message).toContain('Tổ CNSCĐ thôn An Hải');
  });

  it('answers who was in the team on any date, through joins, role changes and leaving', async () => {
    const team = await call<Team>('createTeam', { level: 'commune', name: 'Tổ CNSCĐ xã' });
    const an = await person('Nguyễn Văn An');
    const binh = await person('Trần Thị Bình');
    const added = await add(team.id, an, 'member', '2025-01-10');
    await add(team.id, binh, 'leader', '2025-01-10');
    const anMembership = added.members[0]?.membershipId;
    await call('changeMemberRole', { membershipId: anMembership, role: 'deputy', date: '2025-07-01' });
    const afterChange = await call<TeamDetail>('getTeam', { id: team.id, date: '2025-08-01' });
    const binhMembership = afterChange.members.find((m) => m.fullName === 'Trần Thị Bình')?.membershipId;
    await call('endMembership', { membershipId: binhMembership, endDate: '2025-12-31' });

    const on = async (date: string) =>
      (await call<TeamDetail>('getTeam', { id: team.id, date })).members.map(
        (m) => `${m.fullName}:${m.role}`,
      );
    expect(await on('2025-01-09')).toEqual([]);
    expect(await on('2025-03-01')).toEqual(['Trần Thị Bình:leader', 'Nguyễn Văn An:member']);
    expect(await on('2025-06-30')).toEqual(['Trần Thị Bình:leader', 'Nguyễn Văn An:member']);
    expect(await on('2025-07-01')).toEqual(['Trần Thị Bình:leader', 'Nguyễn Văn An:deputy']);
    expect(await on('2026-01-01')).toEqual(['Nguyễn Văn An:deputy']);
    const history = (await call<TeamDetail>('getTeam', { id: team.id })).history;
    expect(history).toHaveLength(3);
    expect(history.find((m) => m.role === 'member')?.endDate).toBe('2025-06-30');
  });

  it('refuses a second overlapping membership of the same person in the same team, but allows other teams', async () => {
    const village = await call<Village>('createVillage', { name: 'Thôn 2', kind: 'thon', households: 50 });
    const commune = await call<Team>('createTeam', { level: 'commune', name: 'Tổ CNSCĐ xã' });
    const villageTeam = await call<Team>('createTeam', {
      level: 'village',
      name: 'Tổ CNSCĐ thôn 2',
      villageId: village.id,
    });
    const an = await person('Nguyễn Văn An');
    await add(commune.id, an, 'member');
    expect(
      (
        await refused('addMember', {
          teamId: commune.id,
          personId: an,
          role: 'deputy',
          startDate: '2026-02-01',
        })
      ).message,
    ).toContain('Đổi chức danh');
    await add(villageTeam.id, an, 'leader');
    const teams = await call<TeamSummary[]>('listTeams');
    expect(teams.map((t) => t.members.length)).toEqual([1, 1]);
  });

  it('orders members by role, then the order the officer set', async () => {
    const team = await call<Team>('createTeam', { level: 'commune', name: 'Tổ CNSCĐ xã' });
    for (const [name, role] of [
      ['Võ Văn Một', 'member'],
      ['Lê Thị Hai', 'member'],
      ['Trần Văn Ba', 'leader'],
      ['Phan Thị Bốn', 'standing_deputy'],
    ] as const) {
      await add(team.id, await person(name), role);
    }
    let detail = await call<TeamDetail>('getTeam', { id: team.id });
    expect(detail.members.map((m) => m.fullName)).toEqual([
      'Trần Văn Ba',
      'Phan Thị Bốn',
      'Võ Văn Một',
      'Lê Thị Hai',
    ]);
    const [one, two] = detail.members.filter((m) => m.role === 'member');
    detail = await call<TeamDetail>('reorderMembers', {
      teamId: team.id,
      membershipIds: [two?.membershipId, one?.membershipId],
    });
    expect(detail.members.map((m) => m.fullName).slice(2)).toEqual(['Lê Thị Hai', 'Võ Văn Một']);
  });

  it('shows the composition warnings live and drops them when the team is fixed', async () => {
    const team = await call<Team>('createTeam', { level: 'commune', name: 'Tổ CNSCĐ xã' });
    await add(team.id, await person('Trần Văn Thành'), 'leader');
    let warnings = await call<TeamWarning[]>('checkTeams');
    expect(warnings.map((w) => w.ruleId)).toEqual([
      'commune.leader.chairman',
      'commune.standing_deputy.youth_secretary',
      'commune.it_teachers.min2',
    ]);
    expect(warnings[0]).toMatchObject({ teamId: team.id, teamName: 'Tổ CNSCĐ xã' });
    const detail = await call<TeamDetail>('getTeam', { id: team.id });
    const thanh = detail.members[0];
    await call('updatePerson', {
      id: thanh?.personId,
      fullName: 'Trần Văn Thành',
      tags: ['commune_chairman'],
    });
    await add(team.id, await person('Lê Thị Thu', 'youth_union_secretary'), 'standing_deputy');
    await add(team.id, await person('Phạm Văn Hải', 'it_teacher'), 'member');
    await add(team.id, await person('Võ Thị Lan', 'it_teacher'), 'member');
    warnings = await call<TeamWarning[]>('checkTeams');
    expect(warnings).toEqual([]);
  });

  it('warns, never refuses, when a village team takes a member who lives in another village', async () => {
    const tanPhu = await call<Village>('createVillage', {
      name: 'Thôn Tân Phú',
      kind: 'thon',
      households: 120,
    });
    const anHoa = await call<Village>('createVillage', { name: 'Thôn An Hòa', kind: 'thon', households: 90 });
    const team = await call<Team>('createTeam', {
      level: 'village',
      name: 'Tổ CNSCĐ thôn Tân Phú',
      villageId: tanPhu.id,
    });
    const local = await call<PersonSaved>('createPerson', {
      fullName: 'Nguyễn Văn An',
      villageId: tanPhu.id,
    });
    await add(team.id, local.person.id, 'leader');
    let ruleIds = (await call<TeamWarning[]>('checkTeams')).map((w) => w.ruleId);
    expect(ruleIds).not.toContain('village.members.same_village');
    const stranger = await call<PersonSaved>('createPerson', { fullName: 'Lê Thị Hoa', villageId: anHoa.id });
    const detail = await add(team.id, stranger.person.id, 'member');
    expect(detail.members.map((m) => m.fullName)).toContain('Lê Thị Hoa');
    expect(detail.members.find((m) => m.fullName === 'Lê Thị Hoa')?.villageName).toBe('Thôn An Hòa');
    const warning = detail.warnings.find((w) => w.ruleId === 'village.members.same_village');
    expect(warning?.message).toContain('Lê Thị Hoa (Thôn An Hòa)');
    ruleIds = (await call<TeamWarning[]>('checkTeams')).map((w) => w.ruleId);
    expect(ruleIds).toContain('village.members.same_village');
  });

  it('ends open memberships when a team is dissolved, and refuses new members then', async () => {
    const team = await call<Team>('createTeam', { level: 'commune', name: 'Tổ CNSCĐ xã' });
    await add(team.id, await person('Nguyễn Văn An'), 'leader', '2025-01-01');
    await call('setTeamStatus', { id: team.id, status: 'dissolved' });
    const detail = await call<TeamDetail>('getTeam', { id: team.id });
    expect(detail.status).toBe('dissolved');
    expect(detail.history[0]?.endDate).not.toBeNull();
    expect(
      (
        await refused('addMember', {
          teamId: team.id,
          personId: await person('Lê B'),
          role: 'member',
          startDate: '2026-01-01',
        })
      ).code,
    ).toBe('conflict');
    expect(await call<TeamSummary[]>('listTeams')).toEqual([]);
    expect(await call<TeamSummary[]>('listTeams', { includeDissolved: true })).toHaveLength(1);
  });
});
