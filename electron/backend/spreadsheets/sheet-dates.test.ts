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
});
