/**
 * The figures module against numbers counted by hand on the small commune of
 * test-support/report-data.ts (read its header for who is who). Every expected number below was
 * worked out on paper from that data set, not by the code under test.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PeriodFigures, Progress } from '../../../shared/contract/monthly-types';
import type { ReportFigures } from '../../../shared/contract/report-types';
import { parsePeriod, type Period } from '../../../shared/domain/periods';
import type { Backend } from '../backend';
import { reportData, type ReportData } from '../../../test-support/report-data';
import { contractCaller, tempBackend } from '../../../test-support/temp';
import { addActivities } from '../activities/activity-service';
import { computeReportFigures } from './figures';
import { percentOf } from './figures-results';
import { AFTER_CUTOFF_IDS } from './figures-warnings';
import { wholeDatabase } from './scope';

let backend: Backend;
let d: ReportData;
beforeEach(async () => {
  backend = await tempBackend();
  d = await reportData(backend);
});
afterEach(() => backend.close());
const { call, refused } = contractCaller(() => backend);

function period(code: string): Period {
  const parsed = parsePeriod(code);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.period;
}

const scope = { info: { name: 'Xã Đông Sơn', communeCodes: ['21109'] }, teamIds: null };
const march = (today: string) => computeReportFigures(backend.ctx.db, scope, period('2026-03'), today);

describe('the figures of March 2026 under Decree 09 (15/02/2026 to 14/3/2026)', () => {
  it('counts teams, members, activities, reach, results, trainings and villages as counted by hand', async () => {
    const f = await march('2026-03-20');
    expect(f.scope).toEqual({ name: 'Xã Đông Sơn', communeCodes: ['21109'] });
    expect(f.period).toEqual({
      code: '2026-03',
      kind: 'month',
      label: 'Tháng 3/2026',
      from: '2026-02-15',
      to: '2026-03-14',
      convention: 'decree09',
      rangeText: 'Số liệu tính từ ngày 15/02/2026 đến ngày 14/3/2026.',
      closed: true,
    });
    // C, A, B active on 15/3; B founded 20/02; D dissolved 10/3; A re-organised 02/3 (B's is 20/3).
    expect(f.teams).toEqual({ commune: 1, village: 2, founded: 1, reorganized: 1, dissolved: 1 });
    // C: P1, P2; A: P3, P5; B: P6, P7. Joined P2, P6, P7; left P10 (C, on 14/3), P4 (A), P8 (D
    // dissolved). At the start: P1, P10, P3, P4, P5, P8 — six, plus three, minus three.
    expect(f.members).toEqual({ total: 6, commune: 2, village: 4, joined: 3, left: 3 });
    expect(f.activities).toEqual({
      total: 4,
      byKind: { propaganda: 1, guidance: 1, direct_support: 1, training: 1, meeting: 0 },
    });
    expect(f.reached).toEqual({ people: 115, households: 52 });
    expect(f.indicators).toEqual([
      {
        code: 'online_applications',
        name: 'Hồ sơ dịch vụ công trực tuyến được hướng dẫn nộp',
        unit: 'hồ sơ',
        pillar: 'digital_government',
        target: 50,
        result: 3,
        cumulative: 7,
        percent: 14,
      },
      {
        code: 'vneid_activated',
        name: 'Tài khoản định danh điện tử mức 2 được kích hoạt',
        unit: 'tài khoản',
        pillar: 'digital_government',
        target: 270,
        result: 15,
        cumulative: 42,
        percent: 15.56,
      },
      {
        code: 'digital_stores_opened',
        name: 'Gian hàng số, tài khoản thương mại điện tử được mở',
        unit: 'gian hàng',
        pillar: 'digital_economy',
        target: 10,
        result: 0,
        cumulative: 0,
        percent: 0,
      },
      {
        code: 'propaganda_sessions',
        name: 'Buổi tuyên truyền được tổ chức',
        unit: 'buổi',
        pillar: 'digital_society',
        target: null,
        result: 1,
        cumulative: 1,
        percent: null,
      },
    ]);
    expect(f.pillars.map((p) => [p.label, p.indicators.map((l) => l.code)])).toEqual([
      ['Chính quyền số', ['online_applications', 'vneid_activated']],
      ['Kinh tế số', ['digital_stores_opened']],
      ['Xã hội số', ['propaganda_sessions']],
    ]);
    // 16/02 (2 h: P3, P6 not yet a member, Px), 10/3 (1,5 h: P3, P4 gone), 12/3 (P1, P6).
    expect(f.trainings).toEqual({ sessions: 3, hours: 3.5, attendances: 7, trainedMembers: 3 });
    expect(f.villages).toEqual([
      {
        teamId: d.teams.A.id,
        teamName: 'Tổ CNSCĐ thôn Ấp Bắc',
        villageName: 'Thôn Ấp Bắc',
        members: 2,
        activities: 2,
        people: 50,
        households: 12,
        trainedMembers: 1,
        results: { vneid_activated: 15, online_applications: 3 },
      },
      {
        teamId: d.teams.B.id,
        teamName: 'Tổ CNSCĐ thôn Bình Trị',
        villageName: 'Thôn Bình Trị',
        members: 2,
        activities: 1,
        people: 50,
        households: 40,
        trainedMembers: 1,
        results: { propaganda_sessions: 1 },
      },
      {
        teamId: d.teams.D.id,
        teamName: 'Tổ CNSCĐ thôn Cây Sung',
        villageName: 'Thôn Cây Sung',
        members: 0,
        activities: 0,
        people: 0,
        households: 0,
        trainedMembers: 0,
        results: {},
      },
    ]);
  });

  it('warns of the activity after the cut-off, the idle village team and the target without result', async () => {
    const f = await march('2026-03-20');
    expect(f.warnings.map((w) => w.code)).toEqual([
      'after_cutoff',
      'team_without_activity',
      'target_without_result',
    ]);
    const [late, idle, missing] = f.warnings;
    expect(late).toMatchObject({ activityIds: [d.afterCutoffId] });
    expect(late?.message).toContain('Có 1 hoạt động ghi ngày sau ngày 14/3/2026');
    expect(late?.message).toContain('tính vào kỳ sau');
    expect(idle).toMatchObject({ teamIds: [d.teams.D.id] });
    expect(idle?.message).toContain('Tổ CNSCĐ thôn Cây Sung');
    expect(missing).toMatchObject({ indicatorCodes: ['digital_stores_opened'] });
    expect(missing?.message).toContain('Gian hàng số, tài khoản thương mại điện tử được mở');
  });

  it('names the activities after the cut-off only when few, giving the number of many', async () => {
    const late = Array.from({ length: AFTER_CUTOFF_IDS }, () => ({
      teamId: d.teams.B.id,
      date: '2026-03-16',
      kind: 'guidance' as const,
      platforms: [],
      place: null,
      peopleReached: null,
      householdsReached: null,
      results: [],
      memberIds: [],
      note: null,
      confirmOutsideTeamLife: false,
    }));
    await addActivities(backend.ctx.db, late);
    const f = await march('2026-03-20');
    const warning = f.warnings.find((w) => w.code === 'after_cutoff');
    // The one of 15/3 and the hundred of 16/3.
    expect(warning?.message).toContain(`Có ${AFTER_CUTOFF_IDS + 1} hoạt động ghi ngày sau ngày 14/3/2026`);
    expect(warning?.activityIds).toEqual([]);
  });

  it('says the figures are not final while the period runs, and counts no activity after today', async () => {
    const f = await march('2026-03-14');
    expect(f.period.closed).toBe(false);
    expect(f.warnings.map((w) => w.code)).toEqual([
      'not_closed',
      'team_without_activity',
      'target_without_result',
    ]);
    expect(f.warnings[0]?.message).toContain('số liệu chưa chốt');
    expect(f.warnings[0]?.message).toContain('14/3/2026');
  });

  it('counts only the teams of a scope that lists them (a receiving unit passes several communes)', async () => {
    const f = await computeReportFigures(
      backend.ctx.db,
      { info: { name: 'Thôn Ấp Bắc', communeCodes: ['21109'] }, teamIds: [d.teams.A.id] },
      period('2026-03'),
      '2026-03-20',
    );
    expect(f.teams).toEqual({ commune: 0, village: 1, founded: 0, reorganized: 1, dissolved: 0 });
    expect(f.members).toEqual({ total: 2, commune: 0, village: 2, joined: 0, left: 1 });
    expect(f.activities.total).toBe(2);
    expect(f.reached).toEqual({ people: 50, households: 12 });
    expect(f.indicators.map((l) => [l.code, l.result, l.cumulative])).toEqual([
      ['online_applications', 3, 7],
      ['vneid_activated', 15, 42],
      ['digital_stores_opened', 0, 0],
    ]);
    // 16/02 (for no team, P3 of A attended) and 10/3 (for A); not 12/3 (P1 of C, P6 of B).
    expect(f.trainings).toEqual({ sessions: 2, hours: 3.5, attendances: 5, trainedMembers: 1 });
    expect(f.villages.map((v) => v.teamId)).toEqual([d.teams.A.id]);
  });
});

it('counts the same when the scope lists every team of the database (a receiving unit over all its communes)', async () => {
  const whole = await march('2026-03-20');
  const listed = await computeReportFigures(
    backend.ctx.db,
    { ...scope, teamIds: Object.values(d.teams).map((t) => t.id) },
    period('2026-03'),
    '2026-03-20',
  );
  expect(listed).toEqual(whole);
  expect(listed.activities.total).toBe(4);
});

describe('other periods and the calendar convention', () => {
  it('cuts March by the calendar when the office chose it (01/3 to 31/3/2026)', async () => {
    await call('updateSettings', { updateUrl: '', reportingPeriods: 'calendar' });
    const f = await march('2026-04-20');
    expect(f.period).toMatchObject({
      from: '2026-03-01',
      to: '2026-03-31',
      convention: 'calendar',
      rangeText: 'Số liệu tính từ ngày 01/3/2026 đến ngày 31/3/2026.',
    });
    // 01/3 propaganda (B), 14/3 direct support (A), 15/3 guidance (A).
    expect(f.activities.total).toBe(3);
    expect(f.reached).toEqual({ people: 75, households: 45 });
    const vneid = f.indicators.find((l) => l.code === 'vneid_activated');
    // In March 5 + 1; the calendar year from 01/01: 20 + 7 + 10 + 5 + 1 (not 20/12/2025).
    expect(vneid).toMatchObject({ result: 6, cumulative: 43, percent: 15.93 });
    expect(f.indicators.find((l) => l.code === 'online_applications')).toMatchObject({
      result: 3,
      cumulative: 3,
      percent: 6,
    });
    // B and A founded before; both re-organised in March (02/3, 20/3); D dissolved 10/3; E founded 01/4.
    expect(f.teams).toEqual({ commune: 1, village: 2, founded: 0, reorganized: 2, dissolved: 1 });
    // Joined P7 (14/3); left P4 (01/3), P8 (10/3), P10 (14/3).
    expect(f.members).toEqual({ total: 6, commune: 2, village: 4, joined: 1, left: 3 });
  });

  it('counts the first quarter from 15/12/2025 and the year with its own summary', async () => {
    const q1 = await computeReportFigures(backend.ctx.db, scope, period('2026-Q1'), '2026-12-31');
    expect(q1.period.rangeText).toBe('Số liệu tính từ ngày 15/12/2025 đến ngày 14/3/2026.');
    // Every live activity from 20/12/2025 to 14/3/2026: the four of March and three earlier.
    expect(q1.activities.total).toBe(7);
    expect(q1.indicators.find((l) => l.code === 'online_applications')).toMatchObject({
      result: 7,
      cumulative: 7,
    });
    const year = await computeReportFigures(backend.ctx.db, scope, period('2026'), '2026-12-31');
    expect(year.activities.total).toBe(8);
    expect(year.indicators.find((l) => l.code === 'vneid_activated')).toMatchObject({
      result: 43,
      cumulative: 43,
    });
    // E founded 01/4; A and B re-organised; P9 joined.
    expect(year.teams).toEqual({ commune: 1, village: 3, founded: 3, reorganized: 2, dissolved: 1 });
  });
});

describe('the operation and the dashboard', () => {
  it('getReportData answers with the commune of the profile, and refuses a period that does not exist', async () => {
    const f = await call<ReportFigures>('getReportData', { period: '2026-03' });
    expect(f.scope).toEqual({ name: 'Xã Đông Sơn', communeCodes: ['21109'] });
    expect(f.activities.total).toBe(4);
    const bad = await refused('getReportData', { period: '2026-Q5' });
    expect(bad.code).toBe('validation');
    expect(bad.message).toContain('Kỳ "2026-Q5" không hợp lệ');
  });

  it('the dashboard shows the same numbers as the report for the same period', async () => {
    for (const code of ['2026-03', '2026-Q1', '2026']) {
      const f = await computeReportFigures(backend.ctx.db, wholeDatabase, period(code), '2026-12-31');
      const key = await call<PeriodFigures>('getPeriodFigures', { period: code });
      expect(key, code).toMatchObject({
        activities: f.activities.total,
        peopleReached: f.reached.people,
        householdsReached: f.reached.households,
        trainings: f.trainings.sessions,
      });
      const progress = await call<Progress>('getProgress', { period: code, today: '2026-12-31' });
      for (const line of f.indicators) {
        expect(
          progress.indicators.find((l) => l.code === line.code),
          `${code} ${line.code}`,
        ).toMatchObject({
          target: line.target,
          result: line.result,
          yearToDate: line.cumulative,
        });
      }
    }
    // By hand for March: 16/02 P3, P6, Px; 10/3 P3, P4; 12/3 P1, P6: five different people.
    const key = await call<PeriodFigures>('getPeriodFigures', { period: '2026-03' });
    expect(key).toMatchObject({ activities: 4, peopleReached: 115, householdsReached: 52, peopleTrained: 5 });
  });
});

describe('the percent of a target', () => {
  it('rounds to two decimals as a spreadsheet shows ROUND(result / target, 4): 57 of 800 is 7,13', () => {
    expect(percentOf(57, 800)).toBe(7.13);
    expect(percentOf(139, 600)).toBe(23.17);
    expect(percentOf(1, 3)).toBe(33.33);
    expect(percentOf(5, 0)).toBeNull();
    expect(percentOf(5, null)).toBeNull();
  });
});
