/**
 * A report's period: its boundaries under both conventions for every kind of period, the
 * reporting year's first month that starts in the December before, leap years, the sentence
 * printed under the title, and when the figures are final.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { ReportFigures } from '../../../shared/contract/report-types';
import { parsePeriod, type Period, type PeriodConvention } from '../../../shared/domain/periods';
import type { Backend } from '../backend';
import { monthlyFixture } from '../../../test-support/monthly-fixture';
import { reportProfile } from '../../../test-support/report-data';
import { contractCaller, tempBackend } from '../../../test-support/temp';
import { computeReportFigures } from './figures';
import { reportPeriod } from './report-period';
import { wholeDatabase } from './scope';

function period(code: string): Period {
  const parsed = parsePeriod(code);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.period;
}

describe('report periods', () => {
  it.each<[PeriodConvention, string, string, string, string, string]>([
    ['decree09', '2026-01', 'Tháng 1/2026', '2025-12-15', '2026-01-14', '15/12/2025 đến ngày 14/01/2026'],
    ['decree09', '2026-03', 'Tháng 3/2026', '2026-02-15', '2026-03-14', '15/02/2026 đến ngày 14/3/2026'],
    ['decree09', '2026-10', 'Tháng 10/2026', '2026-09-15', '2026-10-14', '15/9/2026 đến ngày 14/10/2026'],
    ['decree09', '2026-Q1', 'Quý I/2026', '2025-12-15', '2026-03-14', '15/12/2025 đến ngày 14/3/2026'],
    ['decree09', '2026-Q3', 'Quý III/2026', '2026-06-15', '2026-09-14', '15/6/2026 đến ngày 14/9/2026'],
    [
      'decree09',
      '2026-H1',
      '6 tháng đầu năm 2026',
      '2025-12-15',
      '2026-06-14',
      '15/12/2025 đến ngày 14/6/2026',
    ],
    [
      'decree09',
      '2026-H2',
      '6 tháng cuối năm 2026',
      '2026-06-15',
      '2026-12-14',
      '15/6/2026 đến ngày 14/12/2026',
    ],
    [
      'decree09',
      '2026-9M',
      '9 tháng đầu năm 2026',
      '2025-12-15',
      '2026-09-14',
      '15/12/2025 đến ngày 14/9/2026',
    ],
    ['decree09', '2026', 'Năm 2026', '2025-12-15', '2026-12-14', '15/12/2025 đến ngày 14/12/2026'],
    ['decree09', '2028-03', 'Tháng 3/2028', '2028-02-15', '2028-03-14', '15/02/2028 đến ngày 14/3/2028'],
    ['calendar', '2026-01', 'Tháng 1/2026', '2026-01-01', '2026-01-31', '01/01/2026 đến ngày 31/01/2026'],
    ['calendar', '2026-02', 'Tháng 2/2026', '2026-02-01', '2026-02-28', '01/02/2026 đến ngày 28/02/2026'],
    ['calendar', '2028-02', 'Tháng 2/2028', '2028-02-01', '2028-02-29', '01/02/2028 đến ngày 29/02/2028'],
    ['calendar', '2100-02', 'Tháng 2/2100', '2100-02-01', '2100-02-28', '01/02/2100 đến ngày 28/02/2100'],
    ['calendar', '2026-05', 'Tháng 5/2026', '2026-05-01', '2026-05-31', '01/5/2026 đến ngày 31/5/2026'],
    ['calendar', '2026-Q4', 'Quý IV/2026', '2026-10-01', '2026-12-31', '01/10/2026 đến ngày 31/12/2026'],
    [
      'calendar',
      '2026-H1',
      '6 tháng đầu năm 2026',
      '2026-01-01',
      '2026-06-30',
      '01/01/2026 đến ngày 30/6/2026',
    ],
    [
      'calendar',
      '2026-9M',
      '9 tháng đầu năm 2026',
      '2026-01-01',
      '2026-09-30',
      '01/01/2026 đến ngày 30/9/2026',
    ],
    ['calendar', '2026', 'Năm 2026', '2026-01-01', '2026-12-31', '01/01/2026 đến ngày 31/12/2026'],
  ])('%s %s (%s) runs from %s to %s', (convention, code, label, from, to, range) => {
    expect(reportPeriod(period(code), convention, '2200-01-01')).toEqual({
      code,
      kind: period(code).kind,
      label,
      from,
      to,
      convention,
      rangeText: `Số liệu tính từ ngày ${range}.`,
      closed: true,
    });
  });

  it('is closed only from the day after its last day', () => {
    const march = period('2026-03');
    expect(reportPeriod(march, 'decree09', '2026-03-01').closed).toBe(false);
    expect(reportPeriod(march, 'decree09', '2026-03-14').closed).toBe(false);
    expect(reportPeriod(march, 'decree09', '2026-03-15').closed).toBe(true);
    expect(reportPeriod(march, 'calendar', '2026-03-15').closed).toBe(false);
    expect(reportPeriod(march, 'calendar', '2026-04-01').closed).toBe(true);
  });
});

describe('the figures at the edges of periods', () => {
  let backend: Backend | undefined;
  afterEach(() => backend?.close());

  it('counts 29/02/2028 in March under Decree 09 and in February by the calendar; 15/12 in the next year', async () => {
    const opened = await tempBackend();
    backend = opened;
    const { call } = contractCaller(() => opened);
    const f = await monthlyFixture(opened);
    for (const [date, people] of [
      ['2028-02-29', 7],
      ['2028-02-14', 1],
      ['2028-03-15', 100],
      ['2027-12-15', 30],
      ['2027-12-14', 500],
    ] as const) {
      await call('addActivity', {
        teamId: f.anHaiTeam.id,
        date,
        kind: 'guidance',
        platforms: ['vneid'],
        peopleReached: people,
        results: [{ indicator: 'vneid_activated', value: people }],
      });
    }
    const figures = (code: string) =>
      computeReportFigures(opened.ctx.db, wholeDatabase, period(code), '2030-01-01');
    const vneid = (r: ReportFigures) => r.indicators.find((l) => l.code === 'vneid_activated');

    const decreeMarch = await figures('2028-03'); // 15/02 to 14/3/2028: only 29/02
    expect(decreeMarch.reached.people).toBe(7);
    // The Decree 09 year 2028 starts on 15/12/2027: 30 + 1 + 7.
    expect(vneid(decreeMarch)).toMatchObject({ result: 7, cumulative: 38 });
    const decreeJanuary = await figures('2028-01'); // 15/12/2027 to 14/01/2028
    expect(decreeJanuary.reached.people).toBe(30);

    await call('updateSettings', { updateUrl: '', reportingPeriods: 'calendar' });
    const calendarFebruary = await figures('2028-02'); // 01/02 to 29/02/2028: 14/02 and 29/02
    expect(calendarFebruary.period.rangeText).toBe('Số liệu tính từ ngày 01/02/2028 đến ngày 29/02/2028.');
    expect(calendarFebruary.reached.people).toBe(8);
    expect(vneid(calendarFebruary)).toMatchObject({ result: 8, cumulative: 8 });
    const calendarYear = await figures('2027'); // 15/12 and 14/12/2027
    expect(calendarYear.reached.people).toBe(530);
  });

  it('getReportData needs the commune profile: it names the scope', async () => {
    const opened = await tempBackend();
    backend = opened;
    const { call, refused } = contractCaller(() => opened);
    const before = await refused('getReportData', { period: '2026-03' });
    expect(before.code).toBe('not_set_up');
    expect(before.message).toContain('Chưa thiết lập hồ sơ xã');
    await call('setupProfile', reportProfile);
    const after = await call<ReportFigures>('getReportData', { period: '2026-03' });
    expect(after.scope.name).toBe('Xã Đông Sơn');
    expect(after.villages).toEqual([]);
    expect(after.activities.total).toBe(0);
  });
});
