/** `report data`: the figures of a periodic report, as the figures module computes them. */
import type { ReportFigures, ReportIndicatorLine } from '../../../shared/contract/report-types';
import { activityKindLabels, activityKinds } from '../../../shared/domain/activities';
import { defineCommand } from '../args';
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

function reportText(f: ReportFigures): string {
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
  lines.push('', 'Từng Tổ thôn, tổ dân phố:');
  lines.push(
    f.villages.length === 0
      ? 'Không có Tổ thôn nào hoạt động trong kỳ.'
      : table(f.villages, [
          { header: 'Thôn, tổ dân phố', value: (v) => v.villageName },
          { header: 'Thành viên', value: (v) => n(v.members), align: 'right' },
          { header: 'Hoạt động', value: (v) => n(v.activities), align: 'right' },
          { header: 'Người', value: (v) => n(v.people), align: 'right' },
          { header: 'Hộ', value: (v) => n(v.households), align: 'right' },
          { header: 'Được bồi dưỡng', value: (v) => n(v.trainedMembers), align: 'right' },
        ]),
  );
  return lines.join('\n');
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
  ],
  examples: ['report data --period 2026-03', 'report data --period 2026-Q1 --json'],
  options: {
    period: { type: 'string', required: true, value: 'KỲ', help: 'Kỳ báo cáo' },
  },
  async run({ api, out }, values) {
    const figures = await api.getReportData({ period: values.period });
    for (const warning of figures.warnings) out.warn(warning.message);
    out.result(figures, () => reportText(figures));
  },
});
