/**
 * Activities of the teams: added (one or a batch, in one transaction), updated, deleted
 * (soft), listed with filters. Every write keeps `activity_totals` — the half-month summary the
 * progress query reads — exact in the same transaction.
 */
import { sql, type Kysely } from 'kysely';
import type { ActivityInput, ActivityQuery } from '../../../shared/contract/monthly-schemas';
import type { Activity, ActivitySaved, ActivityWarning } from '../../../shared/contract/monthly-types';
import { AppError } from '../../../shared/contract/errors';
import { activityKindLabels } from '../../../shared/domain/activities';
import { periodRange } from '../../../shared/domain/periods';
import { isoToVi } from '../../../shared/vi/dates';
import { nowIso } from '../clock';
import { insertInChunks } from '../db/bulk';
import { chunks, liveIds } from '../db/live-ids';
import type { ActivitiesTable, Database } from '../db/schema';
import { inTransaction } from '../db/transaction';
import { newId } from '../ids';
import { missingIndicator, missingPlatform, missingTeam } from '../catalog/register-checks';
import { getPeriodConvention } from '../settings/settings-service';
import { applyContribution } from './totals';

export interface TeamFacts {
  id: string;
  name: string;
  villageId: string | null;
  villageName: string | null;
  /** The first day anyone was a member; null before the team has members. */
  founded: string | null;
  /** The day the last membership ended, for a dissolved team. */
  dissolved: string | null;
}

export async function teamFacts(
  db: Kysely<Database>,
  ids: readonly string[],
): Promise<Map<string, TeamFacts>> {
  const facts = new Map<string, TeamFacts>();
  for (const part of chunks([...new Set(ids)])) {
    const rows = await db
      .selectFrom('teams as t')
      .leftJoin('villages as v', 'v.id', 't.village_id')
      .leftJoin('memberships as m', (join) =>
        join.onRef('m.team_id', '=', 't.id').on('m.deleted_at', 'is', null),
      )
      .select((eb) => [
        't.id',
        't.name',
        't.status',
        't.village_id',
        'v.name as village_name',
        eb.fn.min('m.start_date').as('founded'),
        eb.fn.max('m.end_date').as('last_end'),
      ])
      .where('t.id', 'in', part)
      .where('t.deleted_at', 'is', null)
      .groupBy('t.id')
      .execute();
    for (const r of rows) {
      facts.set(r.id, {
        id: r.id,
        name: r.name,
        villageId: r.village_id,
        villageName: r.village_name,
        founded: r.founded,
        dissolved: r.status === 'dissolved' ? r.last_end : null,
      });
    }
  }
  return facts;
}

export interface CatalogFacts {
  indicators: Map<string, { name: string; active: boolean }>;
  platforms: Map<string, { name: string; active: boolean }>;
}

export async function catalogFacts(db: Kysely<Database>): Promise<CatalogFacts> {
  const [indicators, platforms] = await Promise.all([
    db.selectFrom('indicators').select(['code', 'name', 'active']).execute(),
    db.selectFrom('platforms').select(['code', 'name', 'active']).execute(),
  ]);
  return {
    indicators: new Map(indicators.map((i) => [i.code, { name: i.name, active: i.active === 1 }])),
    platforms: new Map(platforms.map((p) => [p.code, { name: p.name, active: p.active === 1 }])),
  };
}

function refuse(position: string, message: string, details?: Record<string, unknown>): never {
  throw new AppError(
    details?.warning === undefined ? 'validation' : 'conflict',
    `${position}${message}`,
    details,
  );
}

/** Why `date` lies outside the team's life (before its first member, after dissolution), or null. */
export function teamLifeProblem(team: TeamFacts, date: string): string | null {
  if (team.founded === null) return `${team.name} chưa có thành viên nào (chưa thành lập)`;
  if (date < team.founded) {
    return `${team.name} được thành lập ngày ${isoToVi(team.founded)}, sau ngày hoạt động ${isoToVi(date)}`;
  }
  if (team.dissolved !== null && date > team.dissolved) {
    return `${team.name} đã giải thể ngày ${isoToVi(team.dissolved)}, trước ngày hoạt động ${isoToVi(date)}`;
  }
  return null;
}

interface Kept {
  platforms: ReadonlySet<string>;
  indicators: ReadonlySet<string>;
}

/** The checks every write shares; returns the warning about the team's life, if any. */
function checkInput(
  input: ActivityInput,
  position: string,
  team: TeamFacts | undefined,
  catalog: CatalogFacts,
  people: Set<string>,
  /** On a change: the platforms and indicators the activity names already (retired ones stay). */
  kept: Kept = { platforms: new Set(), indicators: new Set() },
): ActivityWarning | null {
  if (team === undefined) {
    throw new AppError('not_found', `${position}${missingTeam}`);
  }
  for (const code of input.platforms) {
    const platform = catalog.platforms.get(code);
    if (platform === undefined) {
      refuse(position, missingPlatform(code));
    }
    if (!platform.active && !kept.platforms.has(code)) {
      refuse(
        position,
        `Nền tảng "${platform.name}" đã ngừng sử dụng: không ghi thêm hoạt động cho nền tảng này.`,
      );
    }
  }
  for (const { indicator } of input.results) {
    const found = catalog.indicators.get(indicator);
    if (found === undefined) {
      refuse(position, missingIndicator(indicator));
    }
    if (!found.active && !kept.indicators.has(indicator)) {
      refuse(position, `Chỉ tiêu "${found.name}" đã ngừng sử dụng: không ghi thêm kết quả cho chỉ tiêu này.`);
    }
  }
  for (const id of input.memberIds) {
    if (!people.has(id)) refuse(position, 'Có người tham gia không còn trong danh sách người. Hãy chọn lại.');
  }
  const problem = teamLifeProblem(team, input.date);
  if (problem === null) return null;
  const warning: ActivityWarning = {
    code: 'outside_team_life',
    message: `${problem}. Nếu ngày đúng, hãy xác nhận để lưu.`,
    activityIds: [],
  };
  if (!input.confirmOutsideTeamLife) {
    refuse(position, warning.message, { warning: 'outside_team_life' });
  }
  return warning;
}

export function duplicateKey(teamId: string, date: string, kind: string): string {
  return `${teamId}|${date}|${kind}`;
}

export interface Candidate {
  id: string;
  platforms: string[];
}

export function sharesPlatform(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 && b.length === 0) return true;
  return a.some((p) => b.includes(p));
}

/** Live activities with the same team, date and kind as any of `inputs`, by key. */
export async function existingCandidates(
  db: Kysely<Database>,
  inputs: readonly ActivityInput[],
  excludeId: string | null,
): Promise<Map<string, Candidate[]>> {
  const map = new Map<string, Candidate[]>();
  const pairs = [
    ...new Map(inputs.map((i) => [`${i.teamId}|${i.date}`, [i.teamId, i.date] as const])).values(),
  ];
  // One indexed lookup per (team, day) pair; the pairs go in as one bound JSON array, so the
  // statement's text is the same for every batch (prepared once, nothing to compile per pair).
  for (const part of chunks(pairs)) {
    const keys = JSON.stringify(part);
    const rows = await db
      .selectFrom('activities as a')
      .select([
        'a.id',
        'a.team_id',
        'a.date',
        'a.kind',
        sql<
          string | null
        >`(select group_concat(platform_code) from activity_platforms p where p.activity_id = a.id)`.as(
          'platforms',
        ),
      ])
      .where(sql<boolean>`(a.team_id, a.date) in (select value ->> 0, value ->> 1 from json_each(${keys}))`)
      .where('a.deleted_at', 'is', null)
      .$if(excludeId !== null, (q) => q.where('a.id', '!=', excludeId ?? ''))
      .execute();
    for (const r of rows) {
      const key = duplicateKey(r.team_id, r.date, r.kind);
      const list = map.get(key) ?? [];
      list.push({ id: r.id, platforms: r.platforms === null ? [] : r.platforms.split(',') });
      map.set(key, list);
    }
  }
  return map;
}

function duplicateWarning(
  input: ActivityInput,
  team: TeamFacts,
  matches: readonly Candidate[],
): ActivityWarning {
  return {
    code: 'duplicate',
    message:
      `Có thể trùng: ${team.name} đã có hoạt động "${activityKindLabels[input.kind]}" ngày ${isoToVi(input.date)} ` +
      'cùng nền tảng. Hãy kiểm tra lại; nếu là hai hoạt động khác nhau thì giữ cả hai.',
    activityIds: matches.map((m) => m.id),
  };
}

function toActivity(
  id: string,
  input: ActivityInput,
  team: TeamFacts,
  createdAt: string,
  updatedAt: string,
): Activity {
  return {
    id,
    date: input.date,
    teamId: input.teamId,
    teamName: team.name,
    villageId: team.villageId,
    villageName: team.villageName,
    kind: input.kind,
    platforms: [...input.platforms],
    place: input.place,
    peopleReached: input.peopleReached,
    householdsReached: input.householdsReached,
    results: input.results.map((r) => ({ indicator: r.indicator, value: r.value })),
    memberIds: [...input.memberIds],
    note: input.note,
    createdAt,
    updatedAt,
  };
}

async function insertChildren(
  trx: Kysely<Database>,
  entries: readonly { id: string; input: ActivityInput }[],
) {
  await insertInChunks(
    trx,
    'activity_platforms',
    entries.flatMap(({ id, input }) =>
      input.platforms.map((platform_code) => ({ activity_id: id, platform_code })),
    ),
  );
  await insertInChunks(
    trx,
    'activity_results',
    entries.flatMap(({ id, input }) =>
      input.results.map((r) => ({ activity_id: id, indicator_code: r.indicator, value: r.value })),
    ),
  );
  await insertInChunks(
    trx,
    'activity_members',
    entries.flatMap(({ id, input }) => input.memberIds.map((person_id) => ({ activity_id: id, person_id }))),
  );
}

/** An activity checked against the register, with its new id and (when imported) its row's key. */
export interface CheckedActivity {
  id: string;
  input: ActivityInput;
  sourceKey: string | null;
}

/**
 * Writes checked activities with their platforms, results and members, and their share of the
 * summaries (half-month and year); call inside the caller's transaction, in batches (db/bulk.ts).
 */
export async function insertActivities(
  trx: Kysely<Database>,
  entries: readonly CheckedActivity[],
  now: string,
  /** Called after each batch of activities written (a job's progress and cancel point). */
  onChunk?: (rows: number) => void,
): Promise<void> {
  const rows: ActivitiesTable[] = entries.map(({ id, input, sourceKey }) => {
    return {
      id,
      date: input.date,
      team_id: input.teamId,
      kind: input.kind,
      place: input.place,
      people_reached: input.peopleReached,
      households_reached: input.householdsReached,
      note: input.note,
      source_key: sourceKey,
      created_at: now,
      updated_at: now,
      deleted_at: null,
    };
  });
  await insertInChunks(trx, 'activities', rows, onChunk);
  await insertChildren(trx, entries);
  await applyContribution(
    trx,
    entries.map((e) => e.id),
    1,
  );
}

/**
 * Adds activities in one transaction: all or none. Each comes back with its warnings (possible
 * duplicates, confirmed dates outside the team's life); an unconfirmed date outside the team's
 * life refuses the whole batch.
 */
export async function addActivities(
  db: Kysely<Database>,
  inputs: readonly ActivityInput[],
): Promise<ActivitySaved[]> {
  return inTransaction(db, async (trx) => {
    const [teams, catalog, people, existing] = await Promise.all([
      teamFacts(
        trx,
        inputs.map((i) => i.teamId),
      ),
      catalogFacts(trx),
      liveIds(
        trx,
        'people',
        inputs.flatMap((i) => i.memberIds),
      ),
      existingCandidates(trx, inputs, null),
    ]);
    const now = nowIso();
    const saved: ActivitySaved[] = [];
    const entries: CheckedActivity[] = [];
    inputs.forEach((input, index) => {
      const position = inputs.length > 1 ? `Hoạt động thứ ${index + 1}: ` : '';
      const team = teams.get(input.teamId);
      const lifeWarning = checkInput(input, position, team, catalog, people);
      if (team === undefined) return;
      const id = newId();
      const key = duplicateKey(input.teamId, input.date, input.kind);
      const candidates = existing.get(key) ?? [];
      const matches = candidates.filter((c) => sharesPlatform(c.platforms, input.platforms));
      candidates.push({ id, platforms: input.platforms });
      existing.set(key, candidates);
      const warnings: ActivityWarning[] = [];
      if (matches.length > 0) warnings.push(duplicateWarning(input, team, matches));
      if (lifeWarning !== null) warnings.push(lifeWarning);
      entries.push({ id, input, sourceKey: null });
      saved.push({ activity: toActivity(id, input, team, now, now), warnings });
    });
    await insertActivities(trx, entries, now);
    return saved;
  });
}

export async function addActivity(db: Kysely<Database>, input: ActivityInput): Promise<ActivitySaved> {
  const [saved] = await addActivities(db, [input]);
  if (saved === undefined) throw new AppError('internal', 'Không lưu được hoạt động.');
  return saved;
}

async function liveRow(db: Kysely<Database>, id: string) {
  const row = await db
    .selectFrom('activities')
    .selectAll()
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  if (row === undefined) {
    throw new AppError(
      'not_found',
      'Không tìm thấy hoạt động này (có thể đã bị xóa). Hãy tải lại danh sách.',
    );
  }
  return row;
}

export async function updateActivity(
  db: Kysely<Database>,
  id: string,
  input: ActivityInput,
): Promise<ActivitySaved> {
  return inTransaction(db, async (trx) => {
    const old = await liveRow(trx, id);
    const [teams, catalog, people, existing] = await Promise.all([
      teamFacts(trx, [input.teamId]),
      catalogFacts(trx),
      liveIds(trx, 'people', input.memberIds),
      existingCandidates(trx, [input], id),
    ]);
    const team = teams.get(input.teamId);
    const [keptResults, keptPlatforms] = await Promise.all([
      trx.selectFrom('activity_results').select('indicator_code').where('activity_id', '=', id).execute(),
      trx.selectFrom('activity_platforms').select('platform_code').where('activity_id', '=', id).execute(),
    ]);
    const lifeWarning = checkInput(input, '', team, catalog, people, {
      indicators: new Set(keptResults.map((r) => r.indicator_code)),
      platforms: new Set(keptPlatforms.map((r) => r.platform_code)),
    });
    if (team === undefined) throw new AppError('not_found', missingTeam);
    await applyContribution(trx, [id], -1);
    for (const table of ['activity_platforms', 'activity_results', 'activity_members'] as const) {
      await trx.deleteFrom(table).where('activity_id', '=', id).execute();
    }
    const now = nowIso();
    await trx
      .updateTable('activities')
      .set({
        date: input.date,
        team_id: input.teamId,
        kind: input.kind,
        place: input.place,
        people_reached: input.peopleReached,
        households_reached: input.householdsReached,
        note: input.note,
        updated_at: now,
      })
      .where('id', '=', id)
      .execute();
    await insertChildren(trx, [{ id, input }]);
    await applyContribution(trx, [id], 1);
    const matches = (existing.get(duplicateKey(input.teamId, input.date, input.kind)) ?? []).filter((c) =>
      sharesPlatform(c.platforms, input.platforms),
    );
    const warnings: ActivityWarning[] = [];
    if (matches.length > 0) warnings.push(duplicateWarning(input, team, matches));
    if (lifeWarning !== null) warnings.push(lifeWarning);
    return { activity: toActivity(id, input, team, old.created_at, now), warnings };
  });
}

/** Soft delete: the activity stays (deleted_at set) so the monthly bundle carries the deletion. */
export async function deleteActivity(db: Kysely<Database>, id: string): Promise<{ removed: true }> {
  return inTransaction(db, async (trx) => {
    await liveRow(trx, id);
    await applyContribution(trx, [id], -1);
    const now = nowIso();
    await trx
      .updateTable('activities')
      .set({ deleted_at: now, updated_at: now })
      .where('id', '=', id)
      .execute();
    return { removed: true as const };
  });
}

export async function getActivity(db: Kysely<Database>, id: string): Promise<Activity> {
  await liveRow(db, id);
  const [activity] = await queryActivities(db, { ids: [id] });
  if (activity === undefined) throw new AppError('not_found', 'Không tìm thấy hoạt động này.');
  return activity;
}

/** Activities matching the filters, newest first. */
export async function listActivities(db: Kysely<Database>, query: ActivityQuery = {}): Promise<Activity[]> {
  const q = query ?? {};
  let from = q.from;
  let to = q.to;
  if (q.period !== undefined) {
    const range = periodRange(q.period, await getPeriodConvention(db));
    from = from === undefined || range.from > from ? range.from : from;
    to = to === undefined || range.to < to ? range.to : to;
  }
  return queryActivities(db, { ...q, from, to });
}

async function queryActivities(
  db: Kysely<Database>,
  q: Omit<NonNullable<ActivityQuery>, 'period'> & { ids?: string[] },
): Promise<Activity[]> {
  const rows = await db
    .selectFrom('activities as a')
    .innerJoin('teams as t', 't.id', 'a.team_id')
    .leftJoin('villages as v', 'v.id', 't.village_id')
    .select([
      'a.id',
      'a.date',
      'a.team_id',
      't.name as team_name',
      't.village_id',
      'v.name as village_name',
      'a.kind',
      'a.place',
      'a.people_reached',
      'a.households_reached',
      'a.note',
      'a.created_at',
      'a.updated_at',
      // Each activity's platforms, results and members in the same statement (one index seek
      // each), as JSON arrays in their key order.
      sql<string>`(select json_group_array(p.platform_code order by p.platform_code)
        from activity_platforms p where p.activity_id = a.id)`.as('platforms_json'),
      sql<string>`(select json_group_array(json_array(r.indicator_code, r.value) order by r.indicator_code)
        from activity_results r where r.activity_id = a.id)`.as('results_json'),
      sql<string>`(select json_group_array(m.person_id order by m.person_id)
        from activity_members m where m.activity_id = a.id)`.as('members_json'),
    ])
    .where('a.deleted_at', 'is', null)
    .$if(q.ids !== undefined, (b) => b.where('a.id', 'in', q.ids ?? []))
    .$if(q.from !== undefined, (b) => b.where('a.date', '>=', q.from ?? ''))
    .$if(q.to !== undefined, (b) => b.where('a.date', '<=', q.to ?? ''))
    .$if(q.teamId !== undefined, (b) => b.where('a.team_id', '=', q.teamId ?? ''))
    .$if(q.villageId !== undefined, (b) => b.where('t.village_id', '=', q.villageId ?? ''))
    .$if(q.kind !== undefined, (b) => b.where('a.kind', '=', q.kind ?? 'meeting'))
    .$if(q.platform !== undefined, (b) =>
      b.where((eb) =>
        eb.exists(
          eb
            .selectFrom('activity_platforms as p')
            .select('p.activity_id')
            .whereRef('p.activity_id', '=', 'a.id')
            .where('p.platform_code', '=', q.platform ?? ''),
        ),
      ),
    )
    .$if(q.indicator !== undefined, (b) =>
      b.where((eb) =>
        eb.exists(
          eb
            .selectFrom('activity_results as r')
            .select('r.activity_id')
            .whereRef('r.activity_id', '=', 'a.id')
            .where('r.indicator_code', '=', q.indicator ?? ''),
        ),
      ),
    )
    .$if(q.pillar !== undefined, (b) =>
      b.where((eb) =>
        eb.or([
          eb.exists(
            eb
              .selectFrom('activity_results as r')
              .innerJoin('indicators as i', 'i.code', 'r.indicator_code')
              .select('r.activity_id')
              .whereRef('r.activity_id', '=', 'a.id')
              .where('i.pillar', '=', q.pillar ?? 'digital_society'),
          ),
          eb.exists(
            eb
              .selectFrom('activity_platforms as p')
              .innerJoin('indicators as i', 'i.platform_code', 'p.platform_code')
              .select('p.activity_id')
              .whereRef('p.activity_id', '=', 'a.id')
              .where('i.pillar', '=', q.pillar ?? 'digital_society'),
          ),
        ]),
      ),
    )
    .orderBy('a.date', 'desc')
    .orderBy('a.id', 'desc')
    .execute();

  return rows.map((r) => ({
    id: r.id,
    date: r.date,
    teamId: r.team_id,
    teamName: r.team_name,
    villageId: r.village_id,
    villageName: r.village_name,
    kind: r.kind,
    platforms: JSON.parse(r.platforms_json) as string[],
    place: r.place,
    peopleReached: r.people_reached,
    householdsReached: r.households_reached,
    results: (JSON.parse(r.results_json) as [string, number][]).map(([indicator, value]) => ({
      indicator,
      value,
    })),
    memberIds: JSON.parse(r.members_json) as string[],
    note: r.note,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  }));
}
