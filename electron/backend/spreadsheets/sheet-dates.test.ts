import { describe, expect, it } from 'vitest';
import { parseDateCell } from './sheet-dates';

describe('parseDateCell', () => {
  it('reads the ways offices type a day', () => {
    expect(parseDateCell('05/9/2022')).toEqual({ date: '2022-09-05' });
    expect(parseDateCell('5.9.2022')).toEqual({ date: '2022-09-05' });
    expect(parseDateCell('05-09-2022')).toEqual({ date: '2022-09-05' });
    expect(parseDateCell('2022-09-05')).toEqual({ date: '2022-09-05' });
    expect(parseDateCell(new Date(Date.UTC(2022, 8, 5)))).toEqual({ date: '2022-09-05' });
    expect(parseDateCell(null)).toEqual({ date: null });
    expect(parseDateCell('  ')).toEqual({ date: null });
  });

  it('says what it could not read, never guesses', () => {
    expect(parseDateCell('31/02/2022')).toEqual({
      date: null,
      problem: 'không hiểu ngày «31/02/2022» (cần dạng ngày/tháng/năm, ví dụ 05/09/2022)',
    });
    expect(parseDateCell('tháng 9').problem).toMatch(/^không hiểu ngày «tháng 9»/u);
    expect(parseDateCell(44809).problem).toMatch(/^không hiểu ngày «44809»/u);
  });

  it('reads an Excel serial day only where the column holds dates alone', () => {
    expect(parseDateCell(46086, { serials: true })).toEqual({ date: '2026-03-05' });
    expect(parseDateCell(61, { serials: true })).toEqual({ date: '1900-03-01' });
    expect(parseDateCell(60, { serials: true }).problem).toMatch(/^không hiểu ngày/u);
    expect(parseDateCell(46086.5, { serials: true }).problem).toMatch(/^không hiểu ngày/u);
    expect(parseDateCell('05/3/2026', { serials: true })).toEqual({ date: '2026-03-05' });
  });
});
