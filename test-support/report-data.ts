/**
 * Test support: a small commune whose March 2026 (Decree 09: 15/02/2026 to 14/3/2026) was counted
 * by hand, for the figures module's tests. Everything goes through the contract (and, for a
 * dissolution on a past day, the team service), on a real database file.
 *
 * Teams (founded = first member's day):
 * - C  commune team: P1 since 05/01/2026, P2 since 20/02/2026 (joins in March); P10 from
 *      05/01/2026 to 14/3/2026 (the period's last day is his last: gone at its end).
 * - A  thôn Ấp Bắc: P3, P4, P5 since 01/6/2025; P4 leaves 01/3/2026; P5 becomes deputy on
 *      05/3/2026 (a role change: neither joins nor leaves). Re-organised by a decision of 02/3/2026.
 * - B  thôn Bình Trị: P6 since 20/02/2026 (founded in March), P7 since 14/3/2026 (the last day).
 *      A re-organisation of 20/3/2026 belongs to the next period.
 * - D  thôn Cây Sung: P8 since 01/01/2025; dissolved 10/3/2026.
 * - E  thôn Đông: P9 since 01/4/2026 (not yet founded in March).
 * Px is nobody's member.
 */
import type { ActivitySaved } from '../shared/contract/monthly-types';
import type { DocumentDetail, PersonSaved, Team, TeamDetail, Village } from '../shared/contract/types';
import type { Backend } from '../electron/backend/backend';
import { setTeamStatus } from '../electron/backend/teams/team-service';
import { contractCaller } from './temp';

export interface ReportData {
  teams: { C: Team; A: Team; B: Team; D: Team; E: Team };
  people: Record<'P1' | 'P2' | 'P3' | 'P4' | 'P5' | 'P6' | 'P7' | 'P8' | 'P9' | 'P10' | 'Px', string>;
  /** The activity dated 15/3/2026, the day after the period. */
  afterCutoffId: string;
}

export const reportProfile = {
  provinceCode: '51',
  provinceName: 'Tỉnh Quảng Ngãi',
  communeCode: '21109',
  communeName: 'Xã Đông Sơn',
  issuerName: 'ỦY BAN NHÂN DÂN XÃ ĐÔNG SƠN',
  placeName: 'Đông Sơn',
  chairman: { name: 'Trần Văn Thành', title: 'Chủ tịch' },
  viceChairmen: [],
  receivingLevel: 'Sở Khoa học và Công nghệ tỉnh Quảng Ngãi',
};

export async function reportData(backend: Backend): Promise<ReportData> {
  const { call } = contractCaller(() => backend);
  await call('setupProfile', reportProfile);
  const village = (name: string) => call<Village>('createVillage', { name, kind: 'thon', households: 100 });
  const team = async (name: string, villageName: string | null) =>
    call<Team>(
      'createTeam',
      villageName === null
        ? { level: 'commune', name }
        : { level: 'village', name, villageId: (await village(villageName)).id },
    );
  const C = await team('Tổ CNSCĐ xã Đông Sơn', null);
  // Created out of order: the report sorts the villages itself.
  const D = await team('Tổ CNSCĐ thôn Cây Sung', 'Thôn Cây Sung');
  const B = await team('Tổ CNSCĐ thôn Bình Trị', 'Thôn Bình Trị');
  const E = await team('Tổ CNSCĐ thôn Đông', 'Thôn Đông');
  const A = await team('Tổ CNSCĐ thôn Ấp Bắc', 'Thôn Ấp Bắc');

  const names = {
    P1: 'Nguyễn Văn An',
    P2: 'Trần Thị Bình',
    P3: 'Lê Văn Cường',
    P4: 'Phạm Thị Dung',
    P5: 'Hoàng Văn Em',
    P6: 'Võ Thị Giang',
    P7: 'Đặng Văn Hải',
    P8: 'Bùi Thị Hoa',
    P9: 'Đỗ Văn Khánh',
    P10: 'Trương Văn Minh',
    Px: 'Ngô Thị Lan',
  } as const;
  const people = {} as ReportData['people'];
  for (const [key, fullName] of Object.entries(names) as [keyof typeof names, string][]) {
    people[key] = (await call<PersonSaved>('createPerson', { fullName })).person.id;
  }
  const join = async (t: Team, person: keyof typeof names, startDate: string, role = 'member') => {
    const detail = await call<TeamDetail>('addMember', {
      teamId: t.id,
      personId: people[person],
      role,
      startDate,
    });
    const m = detail.history.find((h) => h.personId === people[person] && h.endDate === null);
    if (m === undefined) throw new Error(`no membership for ${person}`);
    return m.membershipId;
  };
  await join(C, 'P1', '2026-01-05', 'leader');
  await join(C, 'P2', '2026-02-20');
  const p10 = await join(C, 'P10', '2026-01-05');
  await call('endMembership', { membershipId: p10, endDate: '2026-03-14' });
  await join(A, 'P3', '2025-06-01', 'leader');
  const p4 = await join(A, 'P4', '2025-06-01');
  const p5 = await join(A, 'P5', '2025-06-01');
  await call('endMembership', { membershipId: p4, endDate: '2026-03-01' });
  await call('changeMemberRole', { membershipId: p5, role: 'deputy', date: '2026-03-05' });
  await join(B, 'P6', '2026-02-20', 'leader');
  await join(B, 'P7', '2026-03-14');
  await join(D, 'P8', '2025-01-01', 'leader');
  await setTeamStatus(backend.ctx.db, D.id, 'dissolved', '2026-03-10');
  await join(E, 'P9', '2026-04-01', 'leader');

  for (const [t, date] of [
    [A, '2026-03-02'],
    [B, '2026-03-20'],
  ] as const) {
    const doc = await call<DocumentDetail>('createDecision', { kind: 'reorganization', teamIds: [t.id] });
    await call('issueDocument', { id: doc.id, date, confirmWarnings: true });
  }

  const activity = async (
    t: Team,
    date: string,
    kind: string,
    people: number | null,
    households: number | null,
    results: Record<string, number> = {},
  ) => {
    const platforms = Object.keys(results).flatMap((code) =>
      code === 'vneid_activated'
        ? ['vneid']
        : code === 'online_applications'
          ? ['online_public_services']
          : [],
    );
    const saved = await call<ActivitySaved>('addActivity', {
      teamId: t.id,
      date,
      kind,
      platforms,
      peopleReached: people,
      householdsReached: households,
      results: Object.entries(results).map(([indicator, value]) => ({ indicator, value })),
    });
    return saved.activity.id;
  };
  // In the period.
  await activity(A, '2026-02-15', 'guidance', 30, 12, { vneid_activated: 10 });
  await activity(A, '2026-03-14', 'direct_support', 20, null, { vneid_activated: 5, online_applications: 3 });
  await activity(B, '2026-03-01', 'propaganda', 50, 40, { propaganda_sessions: 1 });
  await activity(C, '2026-02-20', 'training', 15, null);
  // Earlier in the reporting year (from 15/12/2025): only in the cumulative results.
  await activity(A, '2026-02-14', 'guidance', 99, 99, { vneid_activated: 7 });
  await activity(A, '2026-01-10', 'guidance', null, null, { vneid_activated: 20 });
  await activity(A, '2025-12-20', 'direct_support', 8, 8, { online_applications: 4 });
  // The reporting year 2025: not counted at all.
  await activity(A, '2025-12-14', 'direct_support', 8, 8, { online_applications: 100 });
  // After the cut-off: the next period.
  const afterCutoffId = await activity(A, '2026-03-15', 'guidance', 5, 5, { vneid_activated: 1 });
  // Deleted: never counted.
  const gone = await activity(A, '2026-03-02', 'meeting', 1000, 1000, { vneid_activated: 1000 });
  await call('deleteActivity', { id: gone });

  await call('addTraining', {
    date: '2026-02-16',
    topic: 'Kỹ năng số cơ bản',
    organiser: 'VNPT',
    hours: 2,
    attendeeIds: [people.P3, people.P6, people.Px], // P6 joins B only on 20/02
  });
  await call('addTraining', {
    date: '2026-03-10',
    topic: 'Hướng dẫn VNeID',
    organiser: 'Công an xã',
    hours: 1.5,
    teamId: A.id,
    attendeeIds: [people.P3, people.P4], // P4 left A on 01/3
  });
  await call('addTraining', {
    date: '2026-03-12',
    topic: 'An toàn trên mạng',
    organiser: 'Viettel',
    attendeeIds: [people.P1, people.P6],
  });
  await call('addTraining', {
    date: '2026-03-20',
    topic: 'Thanh toán số',
    organiser: 'VNPT',
    attendeeIds: [people.P1],
  });
  const deleted = await call<{ id: string }>('addTraining', {
    date: '2026-03-05',
    topic: 'Ghi nhầm',
    organiser: 'VNPT',
    hours: 10,
    attendeeIds: [people.P2],
  });
  await call('deleteTraining', { id: deleted.id });

  await call('setTarget', { year: 2026, indicator: 'vneid_activated', value: 270 });
  await call('setTarget', { year: 2026, indicator: 'online_applications', value: 50 });
  await call('setTarget', { year: 2026, indicator: 'digital_stores_opened', value: 10 });
  await call('setTarget', { year: 2026, indicator: 'vneid_activated', teamId: A.id, value: 100 });
  await call('setTarget', { year: 2025, indicator: 'cashless_accounts_opened', value: 999 });

  return { teams: { C, A, B, D, E }, people, afterCutoffId };
}
