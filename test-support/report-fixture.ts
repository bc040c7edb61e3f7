/**
 * A report's figures written by hand (Xã Đông Sơn, tháng 3 năm 2026 under Decree 09: 15/02/2026
 * to 14/3/2026), consistent with itself: the village rows never exceed the totals (the rest is the
 * commune team's own work; village members add up exactly), each pillar holds the indicator lines
 * of its pillar, percents are cumulative ÷ target rounded as the figures module rounds them
 * (percentOf). The document and
 * spreadsheet tests build from it without a database.
 */
import type { ReportFigures, ReportIndicatorLine, ReportVillageRow } from '../shared/contract/report-types';
import { sortByVi } from '../shared/vi/text';
import { percentOf } from '../electron/backend/report/figures-results';

/** An indicator line of the fixture, its percent from percentOf. */
export function indicatorLine(
  code: string,
  name: string,
  unit: string,
  pillar: ReportIndicatorLine['pillar'],
  target: number | null,
  result: number,
  cumulative: number,
): ReportIndicatorLine {
  return { code, name, unit, pillar, target, result, cumulative, percent: percentOf(cumulative, target) };
}

export function monthFigures(): ReportFigures {
  const indicators = [
    indicatorLine(
      'online_applications',
      'Hồ sơ dịch vụ công trực tuyến được hướng dẫn nộp',
      'hồ sơ',
      'digital_government',
      600,
      57,
      139,
    ),
    indicatorLine(
      'vneid_activated',
      'Tài khoản định danh điện tử mức 2 được kích hoạt',
      'tài khoản',
      'digital_government',
      1200,
      96,
      251,
    ),
    indicatorLine(
      'digital_signatures',
      'Người dân được cấp chữ ký số',
      'người',
      'digital_government',
      null,
      4,
      9,
    ),
    indicatorLine(
      'cashless_accounts_opened',
      'Tài khoản thanh toán không dùng tiền mặt được mở',
      'tài khoản',
      'digital_economy',
      400,
      31,
      77,
    ),
    indicatorLine(
      'digital_stores_opened',
      'Gian hàng số, tài khoản thương mại điện tử được mở',
      'gian hàng',
      'digital_economy',
      40,
      0,
      0,
    ),
    indicatorLine(
      'health_book_installed',
      'Người cài đặt sổ sức khỏe điện tử',
      'người',
      'digital_society',
      900,
      64,
      190,
    ),
    indicatorLine(
      'propaganda_sessions',
      'Buổi tuyên truyền được tổ chức',
      'buổi',
      'digital_society',
      96,
      9,
      22,
    ),
  ];
  const byPillar = (pillar: ReportIndicatorLine['pillar']) => indicators.filter((l) => l.pillar === pillar);
  return {
    scope: { name: 'Xã Đông Sơn', communeCodes: ['16021'] },
    period: {
      code: '2026-03',
      kind: 'month',
      label: 'Tháng 3/2026',
      from: '2026-02-15',
      to: '2026-03-14',
      convention: 'decree09',
      rangeText: 'Số liệu tính từ ngày 15/02/2026 đến ngày 14/3/2026.',
      closed: true,
    },
    teams: { commune: 1, village: 3, founded: 1, reorganized: 1, dissolved: 0 },
    members: { total: 41, commune: 17, village: 24, joined: 6, left: 2 },
    activities: {
      total: 23,
      byKind: { propaganda: 9, guidance: 8, direct_support: 4, training: 1, meeting: 1 },
    },
    reached: { people: 1064, households: 538 },
    indicators,
    pillars: [
      { pillar: 'digital_government', label: 'Chính quyền số', indicators: byPillar('digital_government') },
      { pillar: 'digital_economy', label: 'Kinh tế số', indicators: byPillar('digital_economy') },
      { pillar: 'digital_society', label: 'Xã hội số', indicators: byPillar('digital_society') },
    ],
    trainings: { sessions: 2, hours: 7, attendances: 29, trainedMembers: 21 },
    villages: [
      {
        teamId: 'team-an-hai',
        teamName: 'Tổ Công nghệ số cộng đồng thôn An Hải',
        villageName: 'Thôn An Hải',
        members: 9,
        activities: 10,
        people: 512,
        households: 260,
        trainedMembers: 8,
        results: {
          online_applications: 30,
          vneid_activated: 50,
          health_book_installed: 30,
          propaganda_sessions: 4,
        },
      },
      {
        teamId: 'team-tan-phu',
        teamName: 'Tổ Công nghệ số cộng đồng thôn Tân Phú',
        villageName: 'Thôn Tân Phú',
        members: 8,
        activities: 9,
        people: 402,
        households: 203,
        trainedMembers: 7,
        results: {
          online_applications: 27,
          vneid_activated: 46,
          cashless_accounts_opened: 31,
          propaganda_sessions: 4,
        },
      },
      {
        teamId: 'team-vinh-an',
        teamName: 'Tổ Công nghệ số cộng đồng thôn Vĩnh An',
        villageName: 'Thôn Vĩnh An',
        members: 7,
        activities: 0,
        people: 0,
        households: 0,
        trainedMembers: 0,
        results: {},
      },
    ],
    warnings: [
      {
        code: 'team_without_activity',
        message:
          'Tổ Công nghệ số cộng đồng thôn Vĩnh An chưa có hoạt động nào trong kỳ. Hãy kiểm tra xem Tổ đã gửi kết quả chưa trước khi lập báo cáo.',
        teamIds: ['team-vinh-an'],
      },
      {
        code: 'target_without_result',
        message:
          'Chỉ tiêu "Gian hàng số, tài khoản thương mại điện tử được mở" đã giao nhưng chưa có kết quả từ đầu năm.',
        indicatorCodes: ['digital_stores_opened'],
      },
    ],
  };
}

const villageNames = [
  'An Hải',
  'Châu Thuận Biển',
  'Định Tân',
  'Thanh Thủy',
  'Liên Trì',
  'Phước Hòa',
  'Mỹ Long',
  'Tân Phú',
];

/**
 * monthFigures() for a commune of `count` village teams (a long "Biểu số liệu" that runs over
 * several pages), still consistent with itself: the village teams' members, activities, people,
 * households and results add up to the commune's totals minus the commune team's own work
 * (4 activities, 150 people, 75 households, 6 trained members, no indicator results); the
 * trainings' attendances are at least the members trained (each trained member attended once,
 * some twice).
 */
export function manyVillagesFigures(count: number): ReportFigures {
  const base = monthFigures();
  const codes = [
    'online_applications',
    'vneid_activated',
    'cashless_accounts_opened',
    'health_book_installed',
    'propaganda_sessions',
  ];
  const villages: ReportVillageRow[] = sortByVi(
    Array.from({ length: count }, (_, i): ReportVillageRow => {
      const name = `Thôn ${villageNames[i % villageNames.length] ?? ''} ${Math.floor(i / villageNames.length) + 1}`;
      const activities = i % 7;
      return {
        teamId: `team-${i}`,
        teamName: `Tổ Công nghệ số cộng đồng ${name.replace(/^Thôn/u, 'thôn')}`,
        villageName: name,
        members: 5 + (i % 5),
        activities,
        people: activities * (17 + (i % 11)),
        households: activities * (9 + (i % 5)),
        trainedMembers: i % 4,
        results:
          activities === 0
            ? {}
            : Object.fromEntries(codes.map((code, k) => [code, ((i + 1) * (k + 3)) % 23])),
      };
    }),
    (v) => v.villageName,
  );
  const total = (pick: (v: ReportVillageRow) => number): number => villages.reduce((a, v) => a + pick(v), 0);
  const villageActivities = total((v) => v.activities);
  const indicators = base.indicators.map((line) => {
    const result = total((v) => v.results[line.code] ?? 0);
    const cumulative = result + (line.cumulative - line.result);
    return { ...line, result, cumulative, percent: percentOf(cumulative, line.target) };
  });
  return {
    ...base,
    teams: { ...base.teams, village: count },
    members: {
      ...base.members,
      village: total((v) => v.members),
      total: base.members.commune + total((v) => v.members),
    },
    activities: {
      total: villageActivities + 4,
      byKind: { propaganda: villageActivities, guidance: 2, direct_support: 1, training: 1, meeting: 0 },
    },
    reached: { people: total((v) => v.people) + 150, households: total((v) => v.households) + 75 },
    indicators,
    pillars: base.pillars.map((p) => ({ ...p, indicators: indicators.filter((l) => l.pillar === p.pillar) })),
    trainings: {
      ...base.trainings,
      attendances: total((v) => v.trainedMembers) + 6 + 8,
      trainedMembers: total((v) => v.trainedMembers) + 6,
    },
    villages,
    warnings: [],
  };
}

/** The Biểu's headings of monthFigures(), written by hand: the fixed columns, then its indicators'. */
export const BIEU_FIXED_TITLES = [
  'STT',
  'Thôn, tổ dân phố',
  'Số thành viên',
  'Số hoạt động',
  'Lượt người dân được hỗ trợ',
  'Lượt hộ gia đình được hỗ trợ',
  'Số thành viên được tập huấn',
] as const;

export const BIEU_INDICATOR_TITLES = [
  'Hồ sơ dịch vụ công trực tuyến được hướng dẫn nộp (hồ sơ)',
  'Tài khoản định danh điện tử mức 2 được kích hoạt (tài khoản)',
  'Tài khoản thanh toán không dùng tiền mặt được mở (tài khoản)',
  'Người cài đặt sổ sức khỏe điện tử (người)',
  'Buổi tuyên truyền được tổ chức (buổi)',
] as const;

/** monthFigures() with one pillar of one indicator: 57 of a target of 800 (7,13 %). */
export function figures57of800(): ReportFigures {
  const figures = monthFigures();
  const line = indicatorLine(
    'vneid_activated',
    'Tài khoản định danh',
    'tài khoản',
    'digital_government',
    800,
    57,
    57,
  );
  figures.pillars = [{ pillar: 'digital_government', label: 'Chính quyền số', indicators: [line] }];
  return figures;
}
