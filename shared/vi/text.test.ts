import { describe, expect, it } from 'vitest';
import { isIsoDate, isoToVi, viToIso } from './dates';
import { cleanText, compareVi, foldVi, pad2, sortByVi, upperVi } from './text';

describe('Vietnamese text helpers', () => {
  it('cleans to NFC with folded spaces', () => {
    expect(cleanText('  Nguye\u0302\u0303n   Thi\u0323  Hue\u0302\u0323 ')).toBe('Nguyễn Thị Huệ');
  });
  it('upper-cases with the Vietnamese locale', () => {
    expect(upperVi('ủy ban nhân dân xã đông sơn')).toBe('ỦY BAN NHÂN DÂN XÃ ĐÔNG SƠN');
  });
  it('folds diacritics, case, NFD and đ for search', () => {
    expect(foldVi('Nguyễn Thị Huệ')).toBe('nguyen thi hue');
    expect(foldVi('Nguye\u0302\u0303n')).toBe('nguyen');
    expect(foldVi('ĐẶNG')).toBe('dang');
  });
  it('sorts the Vietnamese way, numbers as numbers', () => {
    expect(sortByVi(['Thôn 10', 'Thôn 2', 'Thôn Đông', 'Thôn Dừa'], (s) => s)).toEqual([
      'Thôn 2',
      'Thôn 10',
      'Thôn Dừa',
      'Thôn Đông',
    ]);
    expect(compareVi('Ánh', 'Bình')).toBeLessThan(0);
  });
  it('pads numbers below 10', () => {
    expect([pad2(5), pad2(10), pad2(29)]).toEqual(['05', '10', '29']);
  });
  it('converts dates between ISO and dd/mm/yyyy, refusing impossible ones', () => {
    expect(isoToVi('2026-02-05')).toBe('05/02/2026');
    expect(viToIso('5/2/2026')).toBe('2026-02-05');
    expect(viToIso('31/02/2026')).toBeNull();
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('2024-02-29')).toBe(true);
  });
});
