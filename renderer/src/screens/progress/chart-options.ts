/**
 * The options of the progress charts, readable when printed in black and white: every bar
 * carries its number, and what colour tells (the pillar, on or behind schedule) a pattern
 * (ECharts' decal) and the legend tell too.
 */
import type { BarSeriesOption } from 'echarts/charts';
import type { PillarProgress, ProgressLine, TeamProgress } from '../../../../shared/contract/monthly-types';
import { pillarLabels, pillars, type Pillar } from '../../../../shared/domain/activities';
import type { BarChartOption } from './Chart';
import { formatPercent } from './format-progress';

type OneDecal = Exclude<NonNullable<NonNullable<BarSeriesOption['itemStyle']>['decal']>, 'none'>;

/** Distinct patterns: diagonal lines, dots, cross-hatch. */
const patterns: OneDecal[] = [
  {
    symbol: 'rect',
    symbolSize: 1,
    dashArrayX: [1, 0],
    dashArrayY: [3, 5],
    rotation: Math.PI / 4,
    color: 'rgba(255,255,255,0.75)',
  },
  {
    symbol: 'circle',
    symbolSize: 0.7,
    dashArrayX: [[6, 6]],
    dashArrayY: [6, 0],
    color: 'rgba(255,255,255,0.85)',
  },
  {
    symbol: 'rect',
    symbolSize: 1,
    dashArrayX: [1, 0],
    dashArrayY: [2, 4],
    rotation: -Math.PI / 4,
    color: 'rgba(0,0,0,0.45)',
  },
];

const pillarColours: Record<Pillar, string> = {
  digital_government: '#1a4a8a',
  digital_economy: '#ad6800',
  digital_society: '#8fd0a0',
};

const onTrackColour = '#1a4a8a';
const laggingColour = '#b3261e';

const ink = '#1f1f1f';

const labelStyle = { color: ink, fontSize: 12 } as const;

/** Leaves room for long Vietnamese names on the category axis; they wrap rather than run off. */
const categoryAxis = (names: string[]) => ({
  type: 'category' as const,
  data: names,
  inverse: true,
  axisTick: { show: false },
  axisLabel: { width: 250, overflow: 'break' as const, color: ink, fontSize: 12, lineHeight: 15 },
});

const valueAxis = (max: number) => ({
  type: 'value' as const,
  min: 0,
  max,
  interval: max <= 200 ? 25 : 50,
  axisLabel: { formatter: '{value} %', color: ink },
  splitLine: { lineStyle: { color: '#d9d9d9' } },
});

function roundedMax(values: number[]): number {
  const top = Math.max(100, ...values);
  return Math.ceil(top / 50) * 50;
}

/** Chart height for a number of rows. */
export function chartHeight(rows: number): number {
  return Math.max(160, rows * 38 + 70);
}

/**
 * Indicators with a target, as percent of the yearly target reached in the period; one series
 * per pillar (stacked, each row has one), so the pillar is told by colour, pattern and legend.
 */
export function indicatorChartOption(lines: readonly ProgressLine[]): BarChartOption {
  const shown = lines.filter((l) => l.percent !== null);
  return {
    aria: { enabled: true, decal: { show: true } },
    animation: false,
    legend: { top: 0, textStyle: { color: ink }, data: pillars.map((p) => pillarLabels[p]) },
    grid: { left: 8, right: 70, top: 32, bottom: 8, containLabel: true },
    tooltip: { trigger: 'item', valueFormatter: (v) => formatPercent(Number(v)) },
    xAxis: valueAxis(roundedMax(shown.map((l) => l.percent ?? 0))),
    yAxis: categoryAxis(shown.map((l) => l.name)),
    series: pillars.map((pillar, i) => ({
      type: 'bar' as const,
      name: pillarLabels[pillar],
      stack: 'percent',
      barMaxWidth: 22,
      cursor: 'pointer',
      itemStyle: { color: pillarColours[pillar], decal: patterns[i] },
      label: {
        show: true,
        position: 'right' as const,
        ...labelStyle,
        formatter: ({ value }: { value: unknown }) => formatPercent(Number(value)),
      },
      data: shown.map((l) => (l.pillar === pillar ? l.percent : null)),
    })),
  };
}

/** The indicator behind the n-th bar of indicatorChartOption. */
export function indicatorAt(lines: readonly ProgressLine[], index: number): ProgressLine | undefined {
  return lines.filter((l) => l.percent !== null)[index];
}

/** Teams with a target: mean year-to-date achievement, behind ones apart, against the elapsed share. */
export function teamChartOption(teams: readonly TeamProgress[], elapsedShare: number): BarChartOption {
  const shown = teams.filter((t) => t.achievement !== null);
  const required = Math.round(elapsedShare * 1000) / 10;
  const series = [
    { name: 'Đúng tiến độ', lagging: false, colour: onTrackColour, decal: patterns[1] },
    { name: 'Chậm tiến độ', lagging: true, colour: laggingColour, decal: patterns[0] },
  ];
  return {
    aria: { enabled: true, decal: { show: true } },
    animation: false,
    legend: { top: 0, textStyle: { color: ink }, data: series.map((s) => s.name) },
    grid: { left: 8, right: 110, top: 56, bottom: 8, containLabel: true },
    tooltip: { trigger: 'item', valueFormatter: (v) => formatPercent(Number(v)) },
    xAxis: valueAxis(100),
    yAxis: categoryAxis(shown.map((t) => t.teamName)),
    series: series.map((s, i) => ({
      type: 'bar' as const,
      name: s.name,
      stack: 'achievement',
      barMaxWidth: 22,
      cursor: 'pointer',
      itemStyle: { color: s.colour, decal: s.decal },
      label: {
        show: true,
        position: 'right' as const,
        ...labelStyle,
        fontWeight: s.lagging ? ('bold' as const) : ('normal' as const),
        formatter: ({ value }: { value: unknown }) =>
          s.lagging ? `${formatPercent(Number(value))} – chậm` : formatPercent(Number(value)),
      },
      data: shown.map((t) => (t.lagging === s.lagging ? t.achievement : null)),
      ...(i === 0
        ? {
            markLine: {
              symbol: 'none',
              silent: true,
              lineStyle: { color: ink, type: 'dashed' as const, width: 1.5 },
              label: {
                ...labelStyle,
                position: 'start' as const,
                formatter: `Yêu cầu theo thời gian: ${formatPercent(required)}`,
              },
              data: [{ xAxis: required }],
            },
          }
        : {}),
    })),
  };
}

/** The team behind the n-th bar of teamChartOption. */
export function teamAt(teams: readonly TeamProgress[], index: number): TeamProgress | undefined {
  return teams.filter((t) => t.achievement !== null)[index];
}

/** A small chart of the three pillars' percent (the overview's card). */
export function pillarChartOption(items: readonly PillarProgress[]): BarChartOption {
  return {
    aria: { enabled: true, decal: { show: true } },
    animation: false,
    grid: { left: 8, right: 56, top: 4, bottom: 4, containLabel: true },
    tooltip: { trigger: 'item', valueFormatter: (v) => formatPercent(Number(v)) },
    xAxis: { ...valueAxis(100), axisLabel: { show: false }, splitLine: { show: false } },
    yAxis: { ...categoryAxis(items.map((p) => p.label)), axisLabel: { color: ink, fontSize: 12 } },
    series: [
      {
        type: 'bar',
        name: 'Mức hoàn thành',
        barMaxWidth: 18,
        cursor: 'pointer',
        label: {
          show: true,
          position: 'right',
          ...labelStyle,
          formatter: ({ value }: { value: unknown }) =>
            value === null || value === undefined ? 'chưa giao' : formatPercent(Number(value)),
        },
        data: items.map((p, i) => ({
          value: p.percent ?? 0,
          itemStyle: { color: pillarColours[p.pillar], decal: patterns[i] },
          label: p.percent === null ? { formatter: 'chưa giao chỉ tiêu' } : {},
        })),
      },
    ],
  };
}
