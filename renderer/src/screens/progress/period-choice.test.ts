import { describe, expect, it } from 'vitest';
import { makePeriod } from '../../../../shared/domain/periods';
import {
  defaultPeriod,
  indexOptions,
  periodFromParam,
  reportKinds,
  withKind,
  withYear,
  yearOptions,
} from './period-choice';

describe('the period selector', () => {
  it('starts on the reporting year of the month running today', () => {
    expect(defaultPeriod('2026-12-01', 'decree09').code).toBe('2026');
    // Under Decree 09 figures from the 15th of December count in the next year; not by the calendar.
    expect(defaultPeriod('2026-12-20', 'decree09').code).toBe('2027');
    expect(defaultPeriod('2026-12-20', 'calendar').code).toBe('2026');
  });

  it('switches kind within the year: to the part running today in this year, the first one otherwise', () => {
    const year = makePeriod('year', 2026);
    expect(withKind(year, 'month', '2026-05-20', 'decree09').code).toBe('2026-06');
    expect(withKind(year, 'month', '2026-05-20', 'calendar').code).toBe('2026-05');
    expect(withKind(year, 'quarter', '2026-05-20', 'calendar').code).toBe('2026-Q2');
    expect(withKind(year, 'half_year', '2027-02-01', 'calendar').code).toBe('2026-H1');
    expect(withKind(makePeriod('quarter', 2026, 3), 'year', '2026-05-20', 'calendar').code).toBe('2026');
    expect(withYear(makePeriod('quarter', 2026, 3), 2025).code).toBe('2025-Q3');
  });

  it('reads the period from the address, ignoring what the selector does not offer', () => {
    expect(periodFromParam('2026-q2')?.code).toBe('2026-Q2');
    expect(periodFromParam('2026-05')?.code).toBe('2026-05');
    expect(periodFromParam('2026-9M')).toBeNull();
    expect(periodFromParam('2026-13')).toBeNull();
    expect(periodFromParam(null)).toBeNull();
  });

  it('offers the report the 9 months too: from the address, as a kind with no part to choose', () => {
    expect(periodFromParam('2026-9M', reportKinds)?.code).toBe('2026-9M');
    expect(periodFromParam('2026-03', reportKinds)?.code).toBe('2026-03');
    expect(withKind(makePeriod('month', 2026, 3), 'nine_months', '2026-12-01', 'decree09').code).toBe(
      '2026-9M',
    );
    expect(indexOptions('nine_months')).toEqual([]);
  });

  it('names the parts in Vietnamese and offers the years around today and the one chosen', () => {
    expect(indexOptions('quarter').map((o) => o.label)).toEqual(['Quý I', 'Quý II', 'Quý III', 'Quý IV']);
    expect(indexOptions('half_year').map((o) => o.label)).toEqual(['6 tháng đầu năm', '6 tháng cuối năm']);
    expect(indexOptions('month')).toHaveLength(12);
    expect(indexOptions('year')).toEqual([]);
    expect(yearOptions('2026-12-01', 2026)).toEqual([2027, 2026, 2025, 2024, 2023, 2022, 2021]);
    expect(yearOptions('2026-12-01', 2012).at(-1)).toBe(2012);
    expect(yearOptions('2100-01-01', 2100)[0]).toBe(2100);
  });
});
