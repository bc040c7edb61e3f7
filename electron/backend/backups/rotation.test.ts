/** The rotation as a pure function of the list and today's date, on many calendars. */
import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { planRotation } from './rotation';

/** One copy a day at 08:30 from `from` to `to` (inclusive), local dates. */
function daily(from: string, to: string): { takenAt: string }[] {
  const out: { takenAt: string }[] = [];
  for (let d = dayjs(from); !d.isAfter(dayjs(to)); d = d.add(1, 'day')) {
    out.push({ takenAt: `${d.format('YYYY-MM-DD')}T08:30:00.000` });
  }
  return out;
}

function days(items: { takenAt: string }[]): string[] {
  return items.map((i) => i.takenAt.slice(0, 10));
}

describe('planRotation', () => {
  it('keeps everything while there are few copies', () => {
    const list = daily('2026-11-28', '2026-12-01');
    const plan = planRotation(list, '2026-12-01');
    expect(plan.remove).toEqual([]);
    expect(plan.keep).toHaveLength(4);
  });

  it('after two years of daily copies: 7 days, 4 weeks, 12 months, nothing else', () => {
    const list = daily('2024-12-01', '2026-12-01');
    const plan = planRotation(list, '2026-12-01');
    const kept = days(plan.keep);
    // The last 7 days.
    expect(kept.slice(0, 7)).toEqual([
      '2026-12-01',
      '2026-11-30',
      '2026-11-29',
      '2026-11-28',
      '2026-11-27',
      '2026-11-26',
      '2026-11-25',
    ]);
    // The newest copy of each of the last 4 ISO weeks (2026-12-01 is a Tuesday: its week began
    // on 30/11; the three before end on Sundays 29/11, 22/11, 15/11).
    for (const d of ['2026-11-29', '2026-11-22', '2026-11-15']) expect(kept).toContain(d);
    // The newest of each of the last 12 months (December 2026 back to January 2026): the month's
    // last day; December's and November's are already among the 7 days.
    for (const d of ['2026-10-31', '2026-09-30', '2026-02-28', '2026-01-31']) expect(kept).toContain(d);
    expect(kept).not.toContain('2025-12-31');
    expect(kept).toHaveLength(7 + 2 + 10);
    expect(plan.keep.length + plan.remove.length).toBe(list.length);
  });

  it('across a year boundary: ISO week 53 of 2026 and week 1 of 2027 are different weeks', () => {
    // 2026 has 53 ISO weeks: 28/12/2026–03/01/2027 is 2026-W53; 04/01/2027 starts 2027-W01.
    const list = daily('2026-11-01', '2027-01-20');
    const kept = days(planRotation(list, '2027-01-20').keep);
    expect(kept.slice(0, 7)).toEqual([
      '2027-01-20',
      '2027-01-19',
      '2027-01-18',
      '2027-01-17',
      '2027-01-16',
      '2027-01-15',
      '2027-01-14',
    ]);
    // Weeks: 2027-W03 (today), W02 ends 17/01 (daily already), W01 ends 10/01, 2026-W53 ends 03/01.
    expect(kept).toContain('2027-01-10');
    expect(kept).toContain('2027-01-03');
    expect(kept).not.toContain('2026-12-27');
    // Months: December's last day, November's last day.
    expect(kept).toContain('2026-12-31');
    expect(kept).toContain('2026-11-30');
    expect(kept).toHaveLength(7 + 2 + 2);
  });

  it('a week that spans two years (2020-W53 = 28/12/2020–03/01/2021) keeps one copy for it', () => {
    const list = [
      { takenAt: '2020-12-29T09:00:00.000' },
      { takenAt: '2021-01-02T09:00:00.000' },
      ...daily('2021-01-20', '2021-02-10'),
    ];
    const kept = days(planRotation(list, '2021-02-10').keep);
    // 02/01/2021 is the newest copy of 2020-W53, but that week is not among the last four
    // (2021-W06, W05, W04, W03) and January's newest copy is 31/01: it goes.
    expect(kept).not.toContain('2021-01-02');
    expect(kept).toContain('2021-01-31');
    // December 2020's newest copy stays by the monthly rule, although its week is 2020-W53.
    expect(kept).toContain('2020-12-29');
  });

  it('keeps every copy of today (the undo of a restore) and any dated after today', () => {
    const list = [
      ...daily('2026-01-01', '2026-06-30'),
      { takenAt: '2026-06-30T10:00:00.000' },
      { takenAt: '2026-06-30T10:05:00.000' },
      { takenAt: '2026-07-04T10:05:00.000' },
    ];
    const plan = planRotation(list, '2026-06-30');
    const kept = plan.keep.map((k) => k.takenAt);
    expect(kept).toContain('2026-06-30T08:30:00.000');
    expect(kept).toContain('2026-06-30T10:00:00.000');
    expect(kept).toContain('2026-06-30T10:05:00.000');
    expect(kept).toContain('2026-07-04T10:05:00.000');
    // Today counts as one of the 7 days: six earlier days are kept by the daily rule.
    expect(kept).toContain('2026-06-24T08:30:00.000');
    expect(kept).not.toContain('2026-06-23T08:30:00.000');
  });

  it('a PC switched off for months still keeps its last 7 days of use', () => {
    const list = [...daily('2025-03-01', '2025-03-20'), ...daily('2026-02-01', '2026-02-03')];
    const kept = days(planRotation(list, '2026-02-03').keep);
    expect(kept.slice(0, 7)).toEqual([
      '2026-02-03',
      '2026-02-02',
      '2026-02-01',
      '2025-03-20',
      '2025-03-19',
      '2025-03-18',
      '2025-03-17',
    ]);
    // The fourth ISO week back is 2025-W11 (10–16/03/2025): its newest copy, 16/03, stays too.
    // 12 months back from February 2026 reach March 2025, whose newest is already kept.
    expect(kept[7]).toBe('2025-03-16');
    expect(kept).toHaveLength(8);
  });

  it('leap day: 29/02/2028 is the newest copy of February 2028', () => {
    const list = daily('2028-01-15', '2028-03-15');
    const kept = days(planRotation(list, '2028-03-15').keep);
    expect(kept).toContain('2028-02-29');
    expect(kept).toContain('2028-01-31');
  });

  it('many days: the result never depends on the order of the list, and the kept count is bounded', () => {
    const list = daily('2023-01-01', '2026-12-31');
    for (let i = 0; i < 60; i += 1) {
      const today = dayjs('2023-01-01')
        .add(i * 23, 'day')
        .format('YYYY-MM-DD');
      const upTo = list.filter((b) => b.takenAt.slice(0, 10) <= today);
      const plan = planRotation(upTo, today);
      const reversed = planRotation([...upTo].reverse(), today);
      expect(days(reversed.keep)).toEqual(days(plan.keep));
      expect(plan.keep.length).toBeLessThanOrEqual(7 + 4 + 12);
      expect(plan.keep.length + plan.remove.length).toBe(upTo.length);
      // Today's copy is always kept.
      expect(days(plan.keep)[0]).toBe(today);
    }
  });
});
