import { describe, expect, it } from 'vitest';
import {
  bucketSpan,
  elapsedShareOfYear,
  halfMonthBucket,
  makePeriod,
  parsePeriod,
  periodContaining,
  periodInTitle,
  periodLabel,
  periodRange,
  type Period,
} from './periods';

function parsed(text: string): Period {
  const result = parsePeriod(text);
  if (!result.ok) throw new Error(result.message);
  return result.period;
}

describe('parsePeriod', () => {
  it.each([
    ['2026', 'year', 0, '2026'],
    ['2026-H1', 'half_year', 1, '2026-H1'],
    ['2026-h2', 'half_year', 2, '2026-H2'],
    ['2026-Q2', 'quarter', 2, '2026-Q2'],
    ['2026-05', 'month', 5, '2026-05'],
    [' 2026-9M ', 'nine_months', 0, '2026-9M'],
  ])('reads %s', (text, kind, index, code) => {
    expect(parsed(text)).toEqual({ kind, year: Number(code.slice(0, 4)), index, code });
  });

  it.each(['2026-13', '2026-00', '2026-Q5', '2026-H3', '26', '2026/05', '1999', '2101-01', 'năm 2026', ''])(
    'refuses %s with a Vietnamese message',
    (text) => {
      const result = parsePeriod(text);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message).toMatch(/Kỳ|Tháng|Năm/u);
    },
  );
});

describe('periodRange under Decree 09 (15th to 14th)', () => {
  it.each([
    ['2026-01', '2025-12-15', '2026-01-14'],
    ['2026-03', '2026-02-15', '2026-03-14'],
    ['2026-12', '2026-11-15', '2026-12-14'],
    ['2026-Q1', '2025-12-15', '2026-03-14'],
    ['2026-Q2', '2026-03-15', '2026-06-14'],
    ['2026-Q4', '2026-09-15', '2026-12-14'],
    ['2026-H1', '2025-12-15', '2026-06-14'],
    ['2026-H2', '2026-06-15', '2026-12-14'],
    ['2026-9M', '2025-12-15', '2026-09-14'],
    ['2026', '2025-12-15', '2026-12-14'],
  ])('%s runs from %s to %s', (code, from, to) => {
    expect(periodRange(parsed(code), 'decree09')).toEqual({ from, to });
  });

  it('is the default convention', () => {
    expect(periodRange(parsed('2026-01'))).toEqual({ from: '2025-12-15', to: '2026-01-14' });
  });
});

describe('periodRange in calendar periods', () => {
  it.each([
    ['2026-01', '2026-01-01', '2026-01-31'],
    ['2024-02', '2024-02-01', '2024-02-29'],
    ['2026-02', '2026-02-01', '2026-02-28'],
    ['2000-02', '2000-02-01', '2000-02-29'],
    ['2100-02', '2100-02-01', '2100-02-28'],
    ['2026-Q2', '2026-04-01', '2026-06-30'],
    ['2026-H2', '2026-07-01', '2026-12-31'],
    ['2026-9M', '2026-01-01', '2026-09-30'],
    ['2026', '2026-01-01', '2026-12-31'],
  ])('%s runs from %s to %s', (code, from, to) => {
    expect(periodRange(parsed(code), 'calendar')).toEqual({ from, to });
  });
});

describe('periodContaining', () => {
  it('puts 15–31 December into January and the next year under Decree 09', () => {
    expect(periodContaining('2026-12-20', 'month', 'decree09').code).toBe('2027-01');
    expect(periodContaining('2026-12-20', 'year', 'decree09').code).toBe('2027');
    expect(periodContaining('2026-12-14', 'year', 'decree09').code).toBe('2026');
    expect(periodContaining('2026-06-14', 'half_year', 'decree09').code).toBe('2026-H1');
    expect(periodContaining('2026-06-15', 'half_year', 'decree09').code).toBe('2026-H2');
    expect(periodContaining('2026-03-15', 'quarter', 'decree09').code).toBe('2026-Q2');
  });

  it('keeps calendar days in their own month', () => {
    expect(periodContaining('2026-12-20', 'month', 'calendar').code).toBe('2026-12');
    expect(periodContaining('2024-02-29', 'quarter', 'calendar').code).toBe('2024-Q1');
  });

  it('agrees with periodRange: every day of 2024 (leap) and 2026 lies in the range of its month', () => {
    for (const convention of ['decree09', 'calendar'] as const) {
      for (const year of [2024, 2026]) {
        for (let t = Date.UTC(year, 0, 1); t < Date.UTC(year + 1, 0, 1); t += 86_400_000) {
          const day = new Date(t).toISOString().slice(0, 10);
          const range = periodRange(periodContaining(day, 'month', convention), convention);
          expect(day >= range.from && day <= range.to).toBe(true);
        }
      }
    }
  });
});

describe('labels, buckets and the elapsed share', () => {
  it('names periods in Vietnamese', () => {
    expect(periodLabel(parsed('2026-05'))).toBe('Tháng 5/2026');
    expect(periodLabel(parsed('2026-Q2'))).toBe('Quý II/2026');
    expect(periodLabel(parsed('2026-H1'))).toBe('6 tháng đầu năm 2026');
    expect(periodLabel(parsed('2026-9M'))).toBe('9 tháng đầu năm 2026');
    expect(periodLabel(makePeriod('year', 2026))).toBe('Năm 2026');
  });

  it('writes periods as a report’s title does', () => {
    expect(periodInTitle(parsed('2026-03'))).toBe('tháng 3 năm 2026');
    expect(periodInTitle(parsed('2026-Q1'))).toBe('quý I năm 2026');
    expect(periodInTitle(parsed('2026-Q4'))).toBe('quý IV năm 2026');
    expect(periodInTitle(parsed('2026-H1'))).toBe('6 tháng đầu năm 2026');
    expect(periodInTitle(parsed('2026-H2'))).toBe('6 tháng cuối năm 2026');
    expect(periodInTitle(parsed('2026-9M'))).toBe('9 tháng năm 2026');
    expect(periodInTitle(parsed('2026'))).toBe('năm 2026');
  });

  it('maps periods of both conventions onto whole half-month buckets', () => {
    expect(halfMonthBucket('2026-01-14') + 1).toBe(halfMonthBucket('2026-01-15'));
    expect(halfMonthBucket('2025-12-31') + 1).toBe(halfMonthBucket('2026-01-01'));
    expect(bucketSpan(periodRange(parsed('2026'), 'decree09'))).toEqual([
      halfMonthBucket('2025-12-15'),
      halfMonthBucket('2026-12-14'),
    ]);
    expect(bucketSpan(periodRange(parsed('2024-02'), 'calendar'))).toEqual([
      halfMonthBucket('2024-02-01'),
      halfMonthBucket('2024-02-29'),
    ]);
    expect(bucketSpan({ from: '2026-01-03', to: '2026-01-14' })).toBeNull();
    expect(bucketSpan({ from: '2026-01-01', to: '2026-01-20' })).toBeNull();
  });

  it('measures the elapsed share of the reporting year', () => {
    const year = periodRange(parsed('2026'), 'calendar');
    expect(elapsedShareOfYear(2026, year, '2027-03-01', 'calendar')).toBe(1);
    expect(elapsedShareOfYear(2026, year, '2025-06-01', 'calendar')).toBe(0);
    const h1 = periodRange(parsed('2026-H1'), 'calendar');
    expect(elapsedShareOfYear(2026, h1, '2027-01-01', 'calendar')).toBeCloseTo(181 / 365, 6);
    expect(elapsedShareOfYear(2026, year, '2026-01-01', 'calendar')).toBeCloseTo(1 / 365, 6);
    expect(elapsedShareOfYear(2026, periodRange(parsed('2026-H1')), '2027-01-01')).toBeCloseTo(182 / 365, 6);
  });
});
