/**
 * A report's figures written by hand (Xã Đông Sơn, tháng 3 năm 2026 under Decree 09: 15/02/2026
 * to 14/3/2026), consistent with itself: the village rows never exceed the totals (the rest is the
 * commune team's own work; village members add up exactly), each pillar holds the indicator lines
 * of its pillar, percents are cumulative ÷ target. The document and
 * spreadsheet tests build from it without a database.
 */
import type { ReportFigures, ReportIndicatorLine } from '../shared/contract/report-types';

function line(
  code: string,
  name: string,
  unit: string,
  pillar: ReportIndicatorLine['pillar'],
  target: number | null,
  result: number,
  cumulative: number,
): ReportIndicatorLine {
  const percent = target === null ? null : Math.round((cumulative / target) * 10_000) / 100;
  return { code, name, unit, pillar, target, result, cumulative, percent };
}

export function monthFigures(): ReportFigures {
  const indicators = [
    line(
      'online_applications',
      'Hồ sơ dịch vụ công trực tuyến được hướng dẫn nộp',
      'hồ sơ',
      'digital_government',
      600,
      57,
      139,
    ),
    line(
      'vneid_activated',
      'Tài khoản định danh điện tử mức 2 được kích hoạt',
      'tài khoản',
      'digital_government',
      1200,
      96,
      251,
    ),
    line('digital_signatures', 'Người dân được cấp chữ ký số', 'người', 'digital_government', null, 4, 9),
    line(
      'cashless_accounts_opened',
      'Tài khoản thanh toán không dùng tiền mặt được mở',
      'tài khoản',
      'digital_economy',
      400,
      31,
      77,
    ),
    line(
      'digital_stores_opened',
      'Gian hàng số, tài khoản thương mại điện tử được mở',
      'gian hàng',
      'digital_economy',
      40,
      0,
      0,
    ),
    line(
      'health_book_installed',
      'Người cài đặt sổ sức khỏe điện tử',
      'người',
      'digital_society',
      900,
      64,
      190,
    ),
    line('propaganda_sessions', 'Buổi tuyên truyền được tổ chức', 'buổi', 'digital_society', 96, 9, 22),
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
