import { describe, expect, it } from 'vitest';
import type { ProgressLine, TeamProgress } from '../../../../shared/contract/monthly-types';
import { indicatorAt, indicatorChartOption, teamAt, teamChartOption } from './chart-options';

const line = (code: string, pillar: ProgressLine['pillar'], percent: number | null): ProgressLine => ({
  code,
  name: `Chỉ tiêu ${code}`,
  unit: 'người',
  pillar,
  target: percent === null ? null : 100,
  result: percent ?? 3,
  percent,
  yearToDate: percent ?? 3,
  lagging: false,
});

const team = (teamId: string, achievement: number | null, lagging: boolean): TeamProgress => ({
  teamId,
  teamName: `Tổ ${teamId}`,
  villageId: null,
  lagging,
  achievement,
  indicators: [],
});

type Series = {
  name?: string;
  data?: unknown[];
  itemStyle?: { decal?: unknown };
  label?: { show?: boolean };
};
const seriesOf = (option: { series?: unknown }) => option.series as Series[];

describe('progress charts printed in black and white', () => {
  const lines = [
    line('a', 'digital_government', 40),
    line('b', 'digital_economy', null),
    line('c', 'digital_society', 120.5),
  ];

  it('draws indicators with a target, one pattern and one label per pillar, and maps a bar back', () => {
    const option = indicatorChartOption(lines);
    expect(option.aria).toMatchObject({ enabled: true, decal: { show: true } });
    const series = seriesOf(option);
    expect(series.map((s) => s.name)).toEqual(['Chính quyền số', 'Kinh tế số', 'Xã hội số']);
    expect(series.map((s) => s.data)).toEqual([
      [40, null],
      [null, null],
      [null, 120.5],
    ]);
    const decals = series.map((s) => JSON.stringify(s.itemStyle?.decal));
    expect(new Set(decals).size).toBe(3);
    expect(series.every((s) => s.label?.show === true)).toBe(true);
    expect(indicatorAt(lines, 1)?.code).toBe('c');
  });

  it('splits teams on and behind schedule into two patterns, against the elapsed share', () => {
    const teams = [team('x', null, false), team('y', 80, false), team('z', 12.5, true)];
    const option = teamChartOption(teams, 0.545);
    const series = seriesOf(option);
    expect(series.map((s) => [s.name, s.data])).toEqual([
      ['Đúng tiến độ', [80, null]],
      ['Chậm tiến độ', [null, 12.5]],
    ]);
    expect(JSON.stringify(series[0])).toContain('"xAxis":54.5');
    expect(JSON.stringify(series[0]?.itemStyle?.decal)).not.toBe(JSON.stringify(series[1]?.itemStyle?.decal));
    expect(teamAt(teams, 1)?.teamId).toBe('z');
  });
});
