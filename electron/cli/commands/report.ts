/**
 * `report data`: the figures of a periodic report, as the figures module computes them — of the
 * commune at a commune's database, or (`--scope received`) the aggregate of the communes at a
 * receiving unit's.
 */
import type { Api } from '../../../shared/contract/client';
import { AppError } from '../../../shared/contract/errors';
import type {
  ReceivedAggregate,
  ReportIndicatorLine,
  ReportTotals,
  ReportVillageRow,
} from '../../../shared/contract/report-types';
import { activityKindLabels, activityKinds } from '../../../shared/domain/activities';
import { defineCommand, type OptionSpec } from '../args';
import { formatDecimal, formatNumber, formatPercent, table } from '../output';

function indicatorTable(lines: readonly ReportIndicatorLine[]): string {
  return table(lines, [
    { header: 'Chỉ tiêu', value: (l) => l.name },
    { header: 'Đơn vị', value: (l) => l.unit },
    {
      header: 'Chỉ tiêu năm',
      value: (l) => (l.target === null ? '' : formatNumber(l.target)),
      align: 'right',
    },
    { header: 'Trong kỳ', value: (l) => formatNumber(l.result), align: 'right' },
    { header: 'Lũy kế từ đầu năm', value: (l) => formatNumber(l.cumulative), align: 'right' },
    { header: 'Tỷ lệ', value: (l) => formatPercent(l.percent), align: 'right' },
  ]);
}

/** `--scope`: absent, the commune's own figures; "received", the receiving unit's aggregate. */
export const scopeOption = {
  type: 'string',
  value: 'PHẠM VI',
  help: 'received: tổng hợp số liệu các xã đã gửi (chỉ ở cơ quan nhận báo cáo)',
  check: (value: string) =>
    value === 'received'
      ? null
      : `Phạm vi «${value}» không có. Chỉ dùng --scope received (tổng hợp các xã, ở cơ quan nhận báo cáo); ` +
        'bỏ --scope để lấy số liệu của xã.',
} as const satisfies OptionSpec;

/**
 * Refuses the scope that does not fit the database: the aggregate at a commune's, the commune's
 * figures at a receiving unit's (which has no commune of its own), each saying what to type.
 */
export async function checkScope(api: Api, received: boolean): Promise<void> {
  const unit = await api.getReceivingProfile(undefined);
  if (received && unit === null) {
    throw new AppError(
      'not_set_up',
      'Cơ sở dữ liệu này không phải của cơ quan nhận báo cáo, nên không có số liệu các xã gửi lên để tổng hợp. ' +
        'Bỏ --scope received để lấy số liệu của xã, hoặc chỉ --db tới tệp dữ liệu của cơ quan nhận báo cáo.',
    );
  }
  if (!received && unit !== null) {
    throw new AppError(
      'validation',
      `Cơ sở dữ liệu này là của cơ quan nhận báo cáo ${unit.name}, không có số liệu của riêng một xã. ` +
        'Hãy thêm --scope received để lập số liệu tổng hợp các xã đã gửi.',
    );
  }
}

function totalsText(f: ReportTotals): string[] {
  const n = formatNumber;
  const kinds = activityKinds
    .filter((k) => f.activities.byKind[k] > 0)
    .map((k) => `${activityKindLabels[k]} ${n(f.activities.byKind[k])}`);
  const lines = [
    `${f.period.label}${f.scope.name === '' ? '' : ` — ${f.scope.name}`}`,
    f.period.rangeText,
    '',
    `Tổ CNSCĐ cuối kỳ: ${n(f.teams.commune)} Tổ cấp xã, ${n(f.teams.village)} Tổ thôn, tổ dân phố; ` +
      `trong kỳ thành lập ${n(f.teams.founded)}, kiện toàn ${n(f.teams.reorganized)}, giải thể ${n(f.teams.dissolved)}.`,
    `Thành viên cuối kỳ: ${n(f.members.total)} (Tổ cấp xã ${n(f.members.commune)}, Tổ thôn ${n(f.members.village)}); ` +
      `trong kỳ tham gia ${n(f.members.joined)}, thôi tham gia ${n(f.members.left)}.`,
    `Hoạt động: ${n(f.activities.total)}${kinds.length > 0 ? ` (${kinds.join(', ')})` : ''}; ` +
      `tiếp cận ${n(f.reached.people)} người, ${n(f.reached.households)} hộ.`,
    `Bồi dưỡng: ${n(f.trainings.sessions)} lớp, ${formatDecimal(f.trainings.hours)} giờ, ` +
      `${n(f.trainings.attendances)} lượt người dự, ${n(f.trainings.trainedMembers)} thành viên được bồi dưỡng.`,
  ];
  for (const pillar of f.pillars) lines.push('', `${pillar.label}:`, indicatorTable(pillar.indicators));
  if (f.pillars.length === 0) lines.push('', 'Chưa có chỉ tiêu nào được giao hoặc có kết quả trong năm.');
  return lines;
}

function villagesText(villages: readonly ReportVillageRow[]): string {
  const n = formatNumber;
  return villages.length === 0
    ? 'Không có Tổ thôn nào hoạt động trong kỳ.'
    : table(villages, [
        { header: 'Thôn, tổ dân phố', value: (v) => v.villageName },
        { header: 'Thành viên', value: (v) => n(v.members), align: 'right' },
        { header: 'Hoạt động', value: (v) => n(v.activities), align: 'right' },
        { header: 'Người', value: (v) => n(v.people), align: 'right' },
        { header: 'Hộ', value: (v) => n(v.households), align: 'right' },
        { header: 'Được bồi dưỡng', value: (v) => n(v.trainedMembers), align: 'right' },
      ]);
}

function aggregateText(f: ReceivedAggregate): string {
  const n = formatNumber;
  const sent = f.communes.filter((c) => c.received).length;
  return [
    ...totalsText(f),
    '',
    `Từng xã, phường (${n(sent)}/${n(f.communes.length)} đã gửi số liệu):`,
    f.communes.length === 0
      ? 'Chưa có xã, phường nào trong danh sách gửi báo cáo.'
      : table(f.communes, [
          { header: 'Mã', value: (c) => c.communeCode },
          { header: 'Xã, phường', value: (c) => c.communeName },
          { header: 'Số Tổ', value: (c) => (c.received ? n(c.teams) : 'Chưa gửi'), align: 'right' },
          { header: 'Thành viên', value: (c) => (c.received ? n(c.members) : ''), align: 'right' },
          { header: 'Hoạt động', value: (c) => (c.received ? n(c.activities) : ''), align: 'right' },
          { header: 'Người', value: (c) => (c.received ? n(c.people) : ''), align: 'right' },
          { header: 'Hộ', value: (c) => (c.received ? n(c.households) : ''), align: 'right' },
        ]),
  ].join('\n');
}

export const reportDataCommand = defineCommand({
  words: ['report', 'data'],
  summary: 'Số liệu của báo cáo định kỳ (tháng, quý, 6 tháng, 9 tháng, năm)',
  details: [
    'KỲ: 2026-03 (tháng), 2026-Q1 (quý), 2026-H1/2026-H2 (6 tháng), 2026-9M (9 tháng), 2026 (năm); tính',
    'theo cài đặt kỳ báo cáo (mặc định Nghị định 09/2019: tháng từ ngày 15 tháng trước đến ngày 14).',
    'Kỳ chưa kết thúc vẫn lập được, kèm cảnh báo "số liệu chưa chốt"; các cảnh báo in ra stderr.',
    'JSON: {scope, period: {code, kind, label, from, to, convention, rangeText, closed}, teams: {commune,',
    'village, founded, reorganized, dissolved}, members: {total, commune, village, joined, left},',
    'activities: {total, byKind}, reached: {people, households}, indicators: [{code, name, unit, pillar,',
    'target, result, cumulative, percent}], pillars, trainings: {sessions, hours, attendances,',
    'trainedMembers}, villages: [{teamId, teamName, villageName, members, activities, people, households,',
    'trainedMembers, results}], warnings: [{code, message, …}]}.',
    '--scope received (ở cơ quan nhận báo cáo): tổng hợp các xã trong danh sách, mỗi xã tính trên số liệu',
    'xã đã gửi, theo cài đặt kỳ báo cáo của cơ quan; xã chưa gửi số liệu của kỳ có dòng "Chưa gửi". JSON như',
    'trên nhưng không có villages, thêm communes: [{communeCode, communeName, received, teams, members,',
    'activities, people, households, trainedMembers, results}] và communeTeams: {MÃ_XÃ: [dòng từng Tổ thôn]}.',
  ],
  examples: [
    'report data --period 2026-03',
    'report data --period 2026-Q1 --json',
    'report data --scope received --period 2026-03',
  ],
  options: {
    period: { type: 'string', required: true, value: 'KỲ', help: 'Kỳ báo cáo' },
    scope: scopeOption,
  },
  async run({ api, out }, values) {
    const received = values.scope === 'received';
    await checkScope(api, received);
    if (received) {
      const aggregate = await api.getAggregateData({ period: values.period });
      for (const warning of aggregate.warnings) out.warn(warning.message);
      out.result(aggregate, () => aggregateText(aggregate));
      return;
    }
    const figures = await api.getReportData({ period: values.period });
    for (const warning of figures.warnings) out.warn(warning.message);
    out.result(figures, () =>
      [...totalsText(figures), '', 'Từng Tổ thôn, tổ dân phố:', villagesText(figures.villages)].join('\n'),
    );
  },
});
