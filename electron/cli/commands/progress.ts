import type { ProgressLine } from '../../../shared/contract/monthly-types';
import { isoToVi } from '../../../shared/vi/dates';
import { defineCommand } from '../args';
import { formatNumber, formatPercent as percent, table } from '../output';

function lineJson(l: ProgressLine) {
  return {
    code: l.code,
    target: l.target,
    result: l.result,
    percent: l.percent,
    yearToDate: l.yearToDate,
    lagging: l.lagging,
  };
}

function linesTable(lines: readonly ProgressLine[]): string {
  return table(lines, [
    { header: 'Mã', value: (l) => l.code },
    {
      header: 'Chỉ tiêu năm',
      value: (l) => (l.target === null ? '' : formatNumber(l.target)),
      align: 'right',
    },
    { header: 'Kết quả kỳ', value: (l) => formatNumber(l.result), align: 'right' },
    { header: 'Tỷ lệ', value: (l) => percent(l.percent), align: 'right' },
    { header: 'Lũy kế năm', value: (l) => formatNumber(l.yearToDate), align: 'right' },
    { header: '', value: (l) => (l.lagging ? 'chậm tiến độ' : '') },
  ]);
}

export const progressCommand = defineCommand({
  words: ['progress'],
  summary: 'Tiến độ thực hiện chỉ tiêu trong một kỳ: theo chỉ tiêu và theo từng Tổ',
  details: [
    'KỲ: 2026 (năm), 2026-H1/2026-H2 (6 tháng), 2026-Q2 (quý), 2026-9M (9 tháng), 2026-05 (tháng); tính theo',
    'cài đặt kỳ báo cáo (mặc định Nghị định 09/2019: tháng từ ngày 15 tháng trước đến ngày 14).',
    'Kết quả kỳ so với chỉ tiêu cả năm; "chậm tiến độ" khi lũy kế từ đầu năm thấp hơn phần năm đã qua.',
    'JSON: {period: {code, label, from, to, convention}, elapsedShare, indicators: [{code, target, result,',
    'percent, yearToDate, lagging}], teams: [{teamId, teamName, lagging, indicators: [...]}]}.',
  ],
  examples: ['progress --period 2026-Q2', 'progress --period 2026 --json'],
  options: {
    period: { type: 'string', required: true, value: 'KỲ', help: 'Kỳ báo cáo' },
  },
  async run({ api, out }, values) {
    const p = await api.getProgress({ period: values.period });
    out.result(
      {
        period: {
          code: p.period.code,
          label: p.period.label,
          from: p.period.from,
          to: p.period.to,
          convention: p.period.convention,
        },
        elapsedShare: p.elapsedShare,
        indicators: p.indicators.map(lineJson),
        teams: p.teams.map((t) => ({
          teamId: t.teamId,
          teamName: t.teamName,
          lagging: t.lagging,
          indicators: t.indicators.map(lineJson),
        })),
      },
      () =>
        [
          `${p.period.label} (từ ${isoToVi(p.period.from)} đến ${isoToVi(p.period.to)}); ` +
            `đã qua ${percent(Math.round(p.elapsedShare * 10_000) / 100)} năm.`,
          '',
          linesTable(p.indicators),
          ...p.teams
            .filter((t) => t.indicators.length > 0)
            .flatMap((t) => [
              '',
              `${t.teamName}${t.lagging ? ' — chậm tiến độ' : ''}:`,
              linesTable(t.indicators),
            ]),
        ].join('\n'),
    );
  },
});
