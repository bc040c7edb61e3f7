import type { Kysely } from 'kysely';
import type { z } from 'zod';
import { AppError } from '../../../shared/contract/errors';
import type { teamInputSchema, teamUpdateSchema } from '../../../shared/contract/schemas';
import type { Member, Team, TeamDetail, TeamSummary, TeamWarning } from '../../../shared/contract/types';
import { roleLabels, roleRank, type Role, type TeamStatus } from '../../../shared/domain/teams';
import { checkComposition } from '../../../shared/rules/composition';
import { previousDay, todayIso } from '../../../shared/vi/dates';
import { compareVi } from '../../../shared/vi/text';
import { nowIso } from '../clock';
import type { Database } from '../db/schema';
import { inTransaction } from '../db/transaction';
import { newId } from '../ids';
import { parseTags } from '../people/people-service';
import { assertLiveVillage, registerVillageReferrer } from '../villages/village-service';

export type TeamData = z.output<typeof teamInputSchema>;
export type TeamUpdateData = Omit<z.output<typeof teamUpdateSchema>, 'id'>;

function selectTeams(db: Kysely<Database>) {
  return db
    .selectFrom('teams')
    .leftJoin('villages', 'villages.id', 'teams.village_id')
    .selectAll('teams')
    .select(['villages.name as village_name', 'villages.households as village_households'])
    .where('teams.deleted_at', 'is', null);
}
type TeamRow = Awaited<ReturnType<ReturnType<typeof selectTeams>['executeTakeFirstOrThrow']>>;

function toTeam(row: TeamRow): Team {
  return {
    id: row.id,
    level: row.level,
    name: row.name,
    villageId: row.village_id,
    villageName: row.village_name,
    villageHouseholds: row.village_households,
    zaloLink: row.zalo_link,
    zaloHouseholds: row.zalo_households,
    status: row.status,
    notes: row.notes,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Commune team first, then village teams in the order of their villages. */
function compareTeams(a: Team, b: Team): number {
  const levelOrder = ['province', 'district', 'commune', 'village'];
  return (
    levelOrder.indexOf(a.level) - levelOrder.indexOf(b.level) ||
    compareVi(a.villageName ?? '', b.villageName ?? '') ||
    compareVi(a.name, b.name)
  );
}

export function compareMembers(a: Member, b: Member): number {
  return (
    roleRank(a.role) - roleRank(b.role) || a.sortOrder - b.sortOrder || a.startDate.localeCompare(b.startDate)
  );
}

function notFound(): AppError {
  return new AppError('not_found', 'Không tìm thấy Tổ này (có thể đã bị xóa). Hãy tải lại danh sách.');
}

export async function getTeamRow(db: Kysely<Database>, id: string): Promise<Team> {
  const row = await selectTeams(db).where('teams.id', '=', id).executeTakeFirst();
  if (!row) throw notFound();
  return toTeam(row);
}

/** Every membership of the given teams (ended ones too), with the person's details. */
export async function membershipsOf(db: Kysely<Database>, teamIds: string[]): Promise<Map<string, Member[]>> {
  const result = new Map<string, Member[]>(teamIds.map((id) => [id, []]));
  if (teamIds.length === 0) return result;
  const rows = await db
    .selectFrom('memberships')
    .innerJoin('people', 'people.id', 'memberships.person_id')
    .leftJoin('villages', 'villages.id', 'people.village_id')
    .select([
      'people.village_id',
      'villages.name as village_name',
      'memberships.id',
      'memberships.team_id',
      'memberships.person_id',
      'people.full_name',
      'people.gender',
      'people.birth_year',
      'people.phone',
      'people.position',
      'people.tags',
      'memberships.role',
      'memberships.start_date',
      'memberships.end_date',
      'memberships.decision_id',
      'memberships.sort_order',
    ])
    .where('memberships.team_id', 'in', teamIds)
    .where('memberships.deleted_at', 'is', null)
    .execute();
  for (const row of rows) {
    result.get(row.team_id)?.push({
      membershipId: row.id,
      personId: row.person_id,
      fullName: row.full_name,
      gender: row.gender,
      birthYear: row.birth_year,
      phone: row.phone,
      position: row.position,
      villageId: row.village_id,
      villageName: row.village_name,
      tags: parseTags(row.tags),
      role: row.role,
      startDate: row.start_date,
      endDate: row.end_date,
      decisionId: row.decision_id,
      sortOrder: row.sort_order,
    });
  }
  return result;
}

export function membersOn(all: readonly Member[], date: string): Member[] {
  return all
    .filter((m) => m.startDate <= date && (m.endDate === null || m.endDate >= date))
    .sort(compareMembers);
}

function summarise(team: Team, all: readonly Member[], date: string): TeamSummary {
  const members = membersOn(all, date);
  return {
    ...team,
    members,
    warnings: checkComposition({
      level: team.level,
      villageId: team.villageId,
      villageName: team.villageName,
      members,
    }),
  };
}

export async function listTeams(
  db: Kysely<Database>,
  options: { includeDissolved?: boolean | undefined; date?: string } = {},
): Promise<TeamSummary[]> {
  let query = selectTeams(db);
  if (!options.includeDissolved) query = query.where('teams.status', '=', 'active');
  const teams = (await query.execute()).map(toTeam).sort(compareTeams);
  const memberships = await membershipsOf(
    db,
    teams.map((t) => t.id),
  );
  const date = options.date ?? todayIso();
  return teams.map((t) => summarise(t, memberships.get(t.id) ?? [], date));
}

export async function getTeam(
  db: Kysely<Database>,
  id: string,
  date: string = todayIso(),
): Promise<TeamDetail> {
  const team = await getTeamRow(db, id);
  const all = (await membershipsOf(db, [id])).get(id) ?? [];
  const history = [...all].sort(
    (a, b) => b.startDate.localeCompare(a.startDate) || (b.endDate ?? '9').localeCompare(a.endDate ?? '9'),
  );
  return { ...summarise(team, all, date), date, history };
}

export async function checkTeams(db: Kysely<Database>): Promise<TeamWarning[]> {
  return (await listTeams(db)).flatMap((t) =>
    t.warnings.map((w) => ({ teamId: t.id, teamName: t.name, ...w })),
  );
}

async function assertNoOtherActiveCommuneTeam(db: Kysely<Database>, exceptId?: string): Promise<void> {
  let query = selectTeams(db).where('teams.level', '=', 'commune').where('teams.status', '=', 'active');
  if (exceptId) query = query.where('teams.id', '!=', exceptId);
  const other = await query.executeTakeFirst();
  if (other) {
    throw new AppError(
      'conflict',
      `Xã đã có Tổ cấp xã đang hoạt động ("${other.name}"). Mỗi lúc chỉ có một Tổ cấp xã: ` +
        'hãy kiện toàn Tổ đó, hoặc chuyển nó sang "Đã giải thể" trước.',
      { fields: [{ path: 'level', message: 'Đã có Tổ cấp xã đang hoạt động.' }] },
    );
  }
}

export async function createTeam(db: Kysely<Database>, data: TeamData): Promise<Team> {
  return inTransaction(db, async (trx) => {
    if (data.level === 'commune') await assertNoOtherActiveCommuneTeam(trx);
    if (data.villageId) await assertLiveVillage(trx, data.villageId);
    const now = nowIso();
    const id = newId();
    await trx
      .insertInto('teams')
      .values({
        id,
        level: data.level,
        name: data.name,
        village_id: data.villageId,
        zalo_link: data.zaloLink,
        zalo_households: data.zaloHouseholds,
        status: 'active',
        notes: data.notes,
        created_at: now,
        updated_at: now,
        deleted_at: null,
      })
      .execute();
    return getTeamRow(trx, id);
  });
}

export async function updateTeam(db: Kysely<Database>, id: string, data: TeamUpdateData): Promise<Team> {
  return inTransaction(db, async (trx) => {
    await getTeamRow(trx, id);
    await trx
      .updateTable('teams')
      .set({
        name: data.name,
        zalo_link: data.zaloLink,
        zalo_households: data.zaloHouseholds,
        notes: data.notes,
        updated_at: nowIso(),
      })
      .where('id', '=', id)
      .execute();
    return getTeamRow(trx, id);
  });
}

/** Dissolving a team ends its open memberships on that day; re-activating starts nothing. */
export async function setTeamStatus(
  db: Kysely<Database>,
  id: string,
  status: TeamStatus,
  date: string = todayIso(),
): Promise<Team> {
  return inTransaction(db, async (trx) => {
    const team = await getTeamRow(trx, id);
    if (team.status === status) return team;
    if (status === 'active' && team.level === 'commune') await assertNoOtherActiveCommuneTeam(trx, id);
    const now = nowIso();
    if (status === 'dissolved') {
      await trx
        .updateTable('memberships')
        .set({ end_date: date, updated_at: now })
        .where('team_id', '=', id)
        .where('end_date', 'is', null)
        .where('deleted_at', 'is', null)
        .where('start_date', '<=', date)
        .execute();
    }
    await trx.updateTable('teams').set({ status, updated_at: now }).where('id', '=', id).execute();
    return getTeamRow(trx, id);
  });
}

async function membershipRow(db: Kysely<Database>, id: string) {
  const row = await db
    .selectFrom('memberships')
    .selectAll()
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  if (!row) throw new AppError('not_found', 'Không tìm thấy thành viên này trong Tổ. Hãy tải lại.');
  return row;
}

export interface NewMembership {
  teamId: string;
  personId: string;
  role: Role;
  startDate: string;
}

export async function addMember(db: Kysely<Database>, input: NewMembership): Promise<TeamDetail> {
  return inTransaction(db, async (trx) => {
    const team = await getTeamRow(trx, input.teamId);
    if (team.status !== 'active') {
      throw new AppError('conflict', `${team.name} đã giải thể nên không thêm thành viên được.`);
    }
    const person = await trx
      .selectFrom('people')
      .select(['full_name', 'archived_at'])
      .where('id', '=', input.personId)
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
    if (!person) throw new AppError('not_found', 'Không tìm thấy người này. Hãy tải lại danh sách.');
    if (person.archived_at) {
      throw new AppError(
        'conflict',
        `${person.full_name} đang được lưu trữ. Hãy bỏ lưu trữ trước khi thêm vào Tổ.`,
      );
    }
    const overlapping = await trx
      .selectFrom('memberships')
      .select(['role', 'start_date', 'end_date'])
      .where('team_id', '=', input.teamId)
      .where('person_id', '=', input.personId)
      .where('deleted_at', 'is', null)
      .where((eb) => eb.or([eb('end_date', 'is', null), eb('end_date', '>=', input.startDate)]))
      .executeTakeFirst();
    if (overlapping) {
      throw new AppError(
        'conflict',
        `${person.full_name} đã là ${roleLabels[overlapping.role].toLocaleLowerCase('vi')} của Tổ từ ${overlapping.start_date.split('-').reverse().join('/')}. ` +
          'Muốn đổi chức danh, hãy dùng "Đổi chức danh".',
      );
    }
    const max = await trx
      .selectFrom('memberships')
      .select((eb) => eb.fn.max<number>('sort_order').as('m'))
      .where('team_id', '=', input.teamId)
      .executeTakeFirst();
    const now = nowIso();
    await trx
      .insertInto('memberships')
      .values({
        id: newId(),
        team_id: input.teamId,
        person_id: input.personId,
        role: input.role,
        start_date: input.startDate,
        end_date: null,
        decision_id: null,
        end_decision_id: null,
        sort_order: Number(max?.m ?? 0) + 1,
        created_at: now,
        updated_at: now,
        deleted_at: null,
      })
      .execute();
    return getTeam(trx, input.teamId, input.startDate > todayIso() ? input.startDate : todayIso());
  });
}

/** A role change ends the membership the day before and starts a new one, so history stays true. */
export async function changeRole(
  db: Kysely<Database>,
  membershipId: string,
  role: Role,
  date: string,
): Promise<TeamDetail> {
  return inTransaction(db, async (trx) => {
    const current = await membershipRow(trx, membershipId);
    if (current.end_date !== null) {
      throw new AppError('conflict', 'Thành viên này đã thôi tham gia Tổ nên không đổi chức danh được.');
    }
    if (current.role === role) return getTeam(trx, current.team_id);
    if (date < current.start_date) {
      throw new AppError('validation', 'Ngày đổi chức danh không được trước ngày bắt đầu tham gia Tổ.', {
        fields: [{ path: 'date', message: 'Trước ngày bắt đầu tham gia.' }],
      });
    }
    const now = nowIso();
    if (date === current.start_date) {
      // Same day: a correction of the role just given, not a change in history.
      await trx
        .updateTable('memberships')
        .set({ role, updated_at: now })
        .where('id', '=', membershipId)
        .execute();
    } else {
      await trx
        .updateTable('memberships')
        .set({ end_date: previousDay(date), updated_at: now })
        .where('id', '=', membershipId)
        .execute();
      await trx
        .insertInto('memberships')
        .values({
          ...current,
          id: newId(),
          role,
          start_date: date,
          end_date: null,
          decision_id: null,
          end_decision_id: null,
          created_at: now,
          updated_at: now,
        })
        .execute();
    }
    return getTeam(trx, current.team_id, date > todayIso() ? date : todayIso());
  });
}

export async function endMembership(
  db: Kysely<Database>,
  membershipId: string,
  endDate: string,
): Promise<TeamDetail> {
  return inTransaction(db, async (trx) => {
    const current = await membershipRow(trx, membershipId);
    if (current.end_date !== null)
      throw new AppError('conflict', 'Thành viên này đã thôi tham gia Tổ từ trước.');
    if (endDate < current.start_date) {
      throw new AppError('validation', 'Ngày thôi tham gia không được trước ngày bắt đầu tham gia.', {
        fields: [{ path: 'endDate', message: 'Trước ngày bắt đầu tham gia.' }],
      });
    }
    await trx
      .updateTable('memberships')
      .set({ end_date: endDate, updated_at: nowIso() })
      .where('id', '=', membershipId)
      .execute();
    return getTeam(trx, current.team_id);
  });
}

/** The order the officer sets (within each role) is the order of printed lists. */
export async function reorderMembers(
  db: Kysely<Database>,
  teamId: string,
  membershipIds: string[],
): Promise<TeamDetail> {
  return inTransaction(db, async (trx) => {
    await getTeamRow(trx, teamId);
    const now = nowIso();
    for (const [index, id] of membershipIds.entries()) {
      const result = await trx
        .updateTable('memberships')
        .set({ sort_order: index + 1, updated_at: now })
        .where('id', '=', id)
        .where('team_id', '=', teamId)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) !== 1) {
        throw new AppError('validation', 'Danh sách sắp xếp có thành viên không thuộc Tổ này. Hãy tải lại.');
      }
    }
    return getTeam(trx, teamId);
  });
}

registerVillageReferrer({
  async describe(db, villageId) {
    const rows = await db
      .selectFrom('teams')
      .select('name')
      .where('village_id', '=', villageId)
      .where('deleted_at', 'is', null)
      .execute();
    return rows.length > 0
      ? `còn ${rows.length} Tổ CNSCĐ của đơn vị này (${rows.map((r) => r.name).join(', ')})`
      : null;
  },
});
