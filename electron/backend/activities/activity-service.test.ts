import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ActivityInput } from '../../../shared/contract/monthly-schemas';
import type { Activity, ActivitySaved, Progress } from '../../../shared/contract/monthly-types';
import type { Backend } from '../backend';
import { monthlyFixture, type MonthlyFixture } from '../../../test-support/monthly-fixture';
import { contractCaller, tempBackend } from '../../../test-support/temp';
import { addActivities } from './activity-service';

let backend: Backend & { dir: string };
let f: MonthlyFixture;
beforeEach(async () => {
  backend = await tempBackend();
  f = await monthlyFixture(backend);
});
afterEach(async () => {
  reader?.close();
  reader = undefined;
  await backend.close();
});
const { call, refused } = contractCaller(() => backend);

let reader: BetterSqlite3.Database | undefined;
/** A second, read-only connection to the same file: what was committed. */
function sqlite(): BetterSqlite3.Database {
  reader ??= new BetterSqlite3(path.join(backend.dir, 'data.sqlite3'), { readonly: true });
  return reader;
}

/** The summary must always equal the sum over live activities. */
async function expectTotalsExact(): Promise<void> {
  const db = sqlite();
  const fromSummary = db
    .prepare(
      'select bucket, team_id, indicator_code, value from activity_totals where value > 0 order by 1, 2, 3',
    )
    .all();
  const fromActivities = db
    .prepare(
      `select ((cast(substr(a.date, 1, 4) as integer) * 12 + cast(substr(a.date, 6, 2) as integer) - 1) * 2
                + (cast(substr(a.date, 9, 2) as integer) >= 15)) as bucket,
              a.team_id, r.indicator_code, sum(r.value) as value
         from activities a join activity_results r on r.activity_id = a.id
        where a.deleted_at is null group by 1, 2, 3 having sum(r.value) > 0 order by 1, 2, 3`,
    )
    .all();
  expect(fromSummary).toEqual(fromActivities);
  // The yearly summary: calendar years, and Decree 09 years (15 December of the year before on).
  for (const [convention, shift] of [
    ['calendar', 0],
    ['decree09', 1],
  ] as const) {
    const years = db
      .prepare(
        `select year, team_id, indicator_code, value from activity_year_totals
          where convention = ? and value > 0 order by 1, 2, 3`,
      )
      .all(convention);
    const fromDays = db
      .prepare(
        `select cast(substr(date(a.date, '+' || ? || ' days'), 1, 4) as integer) as year,
                a.team_id, r.indicator_code, sum(r.value) as value
           from activities a join activity_results r on r.activity_id = a.id
          where a.deleted_at is null group by 1, 2, 3 having sum(r.value) > 0 order by 1, 2, 3`,
      )
      // Decree 09: a day from 15 December on counts for the next year — 17 days later it is in it.
      .all(shift === 0 ? 0 : 17);
    expect(years, convention).toEqual(fromDays);
  }
  // The activities per half-month, team and kind: every row a live count (none left at zero).
  const kinds = db
    .prepare(
      'select bucket, team_id, kind, activities, people, households from activity_kind_totals order by 1, 2, 3',
    )
    .all();
  const fromRows = db
    .prepare(
      `select ((cast(substr(date, 1, 4) as integer) * 12 + cast(substr(date, 6, 2) as integer) - 1) * 2
                + (cast(substr(date, 9, 2) as integer) >= 15)) as bucket,
              team_id, kind, count(*) as activities, coalesce(sum(people_reached), 0) as people,
              coalesce(sum(households_reached), 0) as households
         from activities where deleted_at is null group by 1, 2, 3 order by 1, 2, 3`,
    )
    .all();
  expect(kinds).toEqual(fromRows);
}

function count(table: string): number {
  return sqlite().prepare(`select count(*) from ${table}`).pluck().get() as number;
}

const base = {
  date: '2026-05-04',
  kind: 'guidance',
  platforms: ['vneid'],
  place: 'Nhà văn hóa thôn An Hải',
  peopleReached: 40,
  householdsReached: 25,
  results: [{ indicator: 'vneid_activated', value: 12 }],
};

describe('activities', () => {
  it('saves an activity with its platforms, results and members, and lists it back', async () => {
    const saved = await call<ActivitySaved>('addActivity', {
      ...base,
      teamId: f.anHaiTeam.id,
      memberIds: [f.people[1]],
      note: 'Theo tin nhắn Zalo ngày 04/5',
    });
    expect(saved.warnings).toEqual([]);
    expect(saved.activity).toMatchObject({
      teamName: 'Tổ CNSCĐ thôn An Hải',
      villageName: 'Thôn An Hải',
      platforms: ['vneid'],
      results: [{ indicator: 'vneid_activated', value: 12 }],
      memberIds: [f.people[1]],
    });
    const again = await call<Activity>('getActivity', { id: saved.activity.id });
    expect(again).toEqual(saved.activity);
    await expectTotalsExact();
  });

  it('filters by period, team, village, kind, platform and pillar', async () => {
    const a = await call<ActivitySaved>('addActivity', { ...base, teamId: f.anHaiTeam.id });
    const b = await call<ActivitySaved>('addActivity', {
      ...base,
      teamId: f.binhTriTeam.id,
      date: '2026-05-20',
      kind: 'propaganda',
      platforms: ['ecommerce'],
      results: [{ indicator: 'digital_stores_opened', value: 2 }],
    });
    const ids = async (query: object) => (await call<Activity[]>('listActivities', query)).map((x) => x.id);
    // Decree 09: May runs 15/4–14/5, so the 20/5 activity belongs to June.
    expect(await ids({ period: '2026-05' })).toEqual([a.activity.id]);
    expect(await ids({ period: '2026-06' })).toEqual([b.activity.id]);
    expect(await ids({ teamId: f.binhTriTeam.id })).toEqual([b.activity.id]);
    expect(await ids({ villageId: f.anHai.id })).toEqual([a.activity.id]);
    expect(await ids({ kind: 'propaganda' })).toEqual([b.activity.id]);
    expect(await ids({ platform: 'vneid' })).toEqual([a.activity.id]);
    expect(await ids({ pillar: 'digital_economy' })).toEqual([b.activity.id]);
    expect(await ids({ pillar: 'digital_government' })).toEqual([a.activity.id]);
    expect(await ids({ from: '2026-05-01', to: '2026-05-31' })).toEqual([b.activity.id, a.activity.id]);
    // Calendar periods, by the setting.
    await call('updateSettings', { updateUrl: '', reportingPeriods: 'calendar' });
    expect(await ids({ period: '2026-05' })).toEqual([b.activity.id, a.activity.id]);
  });

  it('warns of a possible duplicate (same team, date, kind and platform) and still saves it', async () => {
    const first = await call<ActivitySaved>('addActivity', { ...base, teamId: f.anHaiTeam.id });
    const second = await call<ActivitySaved>('addActivity', { ...base, teamId: f.anHaiTeam.id });
    expect(second.warnings).toHaveLength(1);
    expect(second.warnings[0]).toMatchObject({ code: 'duplicate', activityIds: [first.activity.id] });
    expect(second.warnings[0]?.message).toContain('Có thể trùng');
    const otherPlatform = await call<ActivitySaved>('addActivity', {
      ...base,
      teamId: f.anHaiTeam.id,
      platforms: ['online_public_services'],
    });
    expect(otherPlatform.warnings).toEqual([]);
    const otherKind = await call<ActivitySaved>('addActivity', {
      ...base,
      teamId: f.anHaiTeam.id,
      kind: 'meeting',
    });
    expect(otherKind.warnings).toEqual([]);
    expect(count('activities')).toBe(4);
  });

  it('refuses an activity dated before the team was founded unless confirmed, and one after it was dissolved', async () => {
    const before = await refused('addActivity', { ...base, teamId: f.anHaiTeam.id, date: '2025-12-20' });
    expect(before.code).toBe('conflict');
    expect(before.message).toContain('được thành lập ngày 05/01/2026');
    expect(count('activities')).toBe(0);
    const confirmed = await call<ActivitySaved>('addActivity', {
      ...base,
      teamId: f.anHaiTeam.id,
      date: '2025-12-20',
      confirmOutsideTeamLife: true,
    });
    expect(confirmed.warnings.map((w) => w.code)).toEqual(['outside_team_life']);

    await call('setTeamStatus', { id: f.binhTriTeam.id, status: 'dissolved' });
    const after = await refused('addActivity', { ...base, teamId: f.binhTriTeam.id, date: '2099-01-01' });
    expect(after.message).toContain('đã giải thể');
    expect(count('activities')).toBe(1);
  });

  it('refuses unknown teams and indicators, retired indicators and bad counts, writing nothing', async () => {
    const missingTeam = await refused('addActivity', {
      ...base,
      teamId: '01a2295f-9a16-77f5-a44f-740318548423',
    });
    expect(missingTeam.message).toContain('Không có Tổ này');
    const unknown = await refused('addActivity', {
      ...base,
      teamId: f.anHaiTeam.id,
      results: [{ indicator: 'vneid_level_3', value: 1 }],
    });
    expect(unknown.message).toContain('Không có chỉ tiêu mã "vneid_level_3"');
    const negative = await refused('addActivity', { ...base, teamId: f.anHaiTeam.id, peopleReached: -1 });
    expect(negative.message).toContain('Số người được tiếp cận không được âm');
    const fraction = await refused('addActivity', {
      ...base,
      teamId: f.anHaiTeam.id,
      results: [{ indicator: 'vneid_activated', value: 2.5 }],
    });
    expect(fraction.message).toContain('số nguyên');
    const badDate = await refused('addActivity', { ...base, teamId: f.anHaiTeam.id, date: '2101-01-01' });
    expect(badDate.code).toBe('validation');
    await call('setIndicatorActive', { code: 'vneid_activated', active: false });
    const retired = await refused('addActivity', { ...base, teamId: f.anHaiTeam.id });
    expect(retired.message).toContain('đã ngừng sử dụng');
    expect(count('activities') + count('activity_results') + count('activity_totals')).toBe(0);
  });

  it('keeps an old result of a retired indicator when the activity is corrected, and refuses a new one', async () => {
    const old = await call<ActivitySaved>('addActivity', { ...base, teamId: f.anHaiTeam.id });
    await call('setIndicatorActive', { code: 'vneid_activated', active: false });
    // The place is corrected; the result for the retired indicator stays as it was.
    const corrected = await call<ActivitySaved>('updateActivity', {
      ...base,
      id: old.activity.id,
      teamId: f.anHaiTeam.id,
      place: 'Hội trường thôn An Hải',
    });
    expect(corrected.activity.place).toBe('Hội trường thôn An Hải');
    expect(corrected.activity.results).toEqual([{ indicator: 'vneid_activated', value: 12 }]);
    // Another activity cannot take a result for it.
    const other = await call<ActivitySaved>('addActivity', {
      ...base,
      teamId: f.anHaiTeam.id,
      results: [{ indicator: 'health_book_installed', value: 2 }],
    });
    const refusedChange = await refused('updateActivity', {
      ...base,
      id: other.activity.id,
      teamId: f.anHaiTeam.id,
      results: [{ indicator: 'vneid_activated', value: 1 }],
    });
    expect(refusedChange.message).toContain('đã ngừng sử dụng');
    await expectTotalsExact();
  });

  it('refuses a retired platform for a new activity, and keeps it on an old one that is corrected', async () => {
    const old = await call<ActivitySaved>('addActivity', { ...base, teamId: f.anHaiTeam.id });
    await call('setPlatformActive', { code: 'vneid', active: false });
    const refusedNew = await refused('addActivity', { ...base, teamId: f.anHaiTeam.id, date: '2026-05-06' });
    expect(refusedNew.message).toContain('đã ngừng sử dụng: không ghi thêm hoạt động cho nền tảng này');
    expect(count('activities')).toBe(1);
    const corrected = await call<ActivitySaved>('updateActivity', {
      ...base,
      id: old.activity.id,
      teamId: f.anHaiTeam.id,
      peopleReached: 41,
    });
    expect(corrected.activity.platforms).toEqual(['vneid']);
    expect(corrected.activity.peopleReached).toBe(41);
  });

  it('keeps the half-month totals exact through add, update and soft delete', async () => {
    const a = await call<ActivitySaved>('addActivity', { ...base, teamId: f.anHaiTeam.id });
    await call<ActivitySaved>('addActivity', { ...base, teamId: f.anHaiTeam.id, date: '2026-05-14' });
    await expectTotalsExact();
    await call<ActivitySaved>('updateActivity', {
      ...base,
      id: a.activity.id,
      teamId: f.binhTriTeam.id,
      date: '2026-05-15',
      results: [
        { indicator: 'vneid_activated', value: 3 },
        { indicator: 'health_book_installed', value: 7 },
      ],
    });
    await expectTotalsExact();
    await call('deleteActivity', { id: a.activity.id });
    await expectTotalsExact();
    // Soft delete: the row stays with its deletion time, for the monthly bundle.
    const row = sqlite().prepare('select deleted_at from activities where id = ?').get(a.activity.id) as {
      deleted_at: string | null;
    };
    expect(row.deleted_at).not.toBeNull();
    expect(await call<Activity[]>('listActivities', {})).toHaveLength(1);
    const gone = await refused('getActivity', { id: a.activity.id });
    expect(gone.code).toBe('not_found');
  });

  it('keeps every summary equal to a recount from the activities after a bulk insert, a correction and a deletion', async () => {
    const teams = [f.anHaiTeam.id, f.binhTriTeam.id, f.commune.id];
    const kinds = ['propaganda', 'guidance', 'direct_support', 'training', 'meeting'] as const;
    const dates = [
      '2026-01-05',
      '2026-01-14',
      '2026-01-15',
      '2026-06-30',
      '2026-12-14',
      '2026-12-15',
      '2026-12-31',
    ];
    // Many activities on the same half-month, team and kind or indicator in one batch (they add
    // up), counts left empty, a result of 0, a second result on some.
    const inputs: ActivityInput[] = Array.from({ length: 300 }, (_, i) => ({
      teamId: teams[i % teams.length] ?? '',
      date: dates[i % dates.length] ?? '2026-01-05',
      kind: kinds[i % kinds.length] ?? 'guidance',
      platforms: i % 4 === 0 ? [] : ['vneid'],
      place: null,
      peopleReached: i % 5 === 0 ? null : i,
      householdsReached: i % 7 === 0 ? null : i % 30,
      results: [
        { indicator: 'vneid_activated', value: i % 11 },
        ...(i % 3 === 0 ? [{ indicator: 'health_book_installed', value: 1 + (i % 4) }] : []),
      ],
      memberIds: [],
      note: null,
      confirmOutsideTeamLife: false,
    }));
    const saved = await addActivities(backend.ctx.db, inputs);
    expect(count('activities')).toBe(300);
    await expectTotalsExact();
    const [first, second] = saved;
    await call<ActivitySaved>('updateActivity', {
      ...base,
      id: first?.activity.id,
      teamId: f.binhTriTeam.id,
      date: '2026-12-15',
      results: [{ indicator: 'health_book_installed', value: 9 }],
    });
    await expectTotalsExact();
    await call('deleteActivity', { id: second?.activity.id });
    await expectTotalsExact();
  });

  it('keeps the yearly totals exact across 14/15 December, and a year equals its twelve months', async () => {
    const team = f.anHaiTeam.id;
    const on = (date: string, value: number) =>
      call<ActivitySaved>('addActivity', {
        ...base,
        teamId: team,
        date,
        results: [{ indicator: 'vneid_activated', value }],
      });
    await on('2026-12-14', 1); // Decree 09: year 2026; calendar: 2026
    const moved = await on('2026-12-15', 10); // Decree 09: year 2027; calendar: 2026
    await on('2027-01-02', 100); // both: 2027
    await on('2026-06-30', 1000);
    await expectTotalsExact();
    // Moved back across the line (Decree 09 year 2027 → 2026), then deleted.
    await call('updateActivity', {
      ...base,
      id: moved.activity.id,
      teamId: team,
      date: '2026-12-14',
      results: [{ indicator: 'vneid_activated', value: 10 }],
    });
    await expectTotalsExact();
    const resultOf = async (period: string) =>
      (await call<Progress>('getProgress', { period, today: '2027-06-01' })).indicators.find(
        (l) => l.code === 'vneid_activated',
      )?.result ?? 0;
    expect(await resultOf('2026')).toBe(1011);
    expect(await resultOf('2027')).toBe(100);
    let months = 0;
    for (let m = 1; m <= 12; m += 1) months += await resultOf(`2026-${String(m).padStart(2, '0')}`);
    expect(months).toBe(1011);
    await call('deleteActivity', { id: moved.activity.id });
    await expectTotalsExact();
    expect(await resultOf('2026')).toBe(1001);
    // Calendar months: the year reads its own summary under that convention too.
    await call('updateSettings', { updateUrl: '', reportingPeriods: 'calendar' });
    expect(await resultOf('2026')).toBe(1001);
    await on('2026-12-20', 5);
    expect(await resultOf('2026')).toBe(1006);
    expect(await resultOf('2027')).toBe(100);
    await expectTotalsExact();
  });
});
