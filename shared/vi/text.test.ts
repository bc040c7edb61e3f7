import { describe, expect, it } from 'vitest';
import { isIsoDate, isoToVi, viToIso } from './dates';
import {
  capitalFirst,
  cleanText,
  compareVi,
  editDistance,
  foldVi,
  nearestFolded,
  pad2,
  sortByVi,
  upperVi,
} from './text';

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

describe('the text sanitiser', () => {
  it('removes control characters, keeping every visible letter', () => {
    expect(cleanText('\u001b[31mNguyễn\u0000 Văn\u007f A\u0085B\u009b')).toBe('[31mNguyễn Văn A B');
    expect(cleanText('Trần\u202e Thị\u2066 Bình\u2069\u200b\ufeff')).toBe('Trần Thị Bình');
    expect(cleanText('Lê\u00adVăn\ud800 Tám\uffff')).toBe('LêVăn Tám');
    expect(cleanText('Dòng 1\r\nDòng 2\tcột\u000b\u000c')).toBe('Dòng 1 Dòng 2 cột');
  });
  it('keeps Vietnamese letters and punctuation as they are', () => {
    const text = 'Ủy ban nhân dân xã Đông Sơn — “Tổ CNSCĐ” (số 07/QĐ-UBND), 100%';
    expect(cleanText(text)).toBe(text);
  });
});

describe('nearestFolded', () => {
  it('finds the nearest name typed without diacritics or with a slip', () => {
    const names = ['Tài khoản định danh điện tử mức 2 được kích hoạt', 'Người cài đặt sổ sức khỏe điện tử'];
    expect(nearestFolded('Tai khoan dinh danh dien tu muc 2 kich hoat', names)).toBe(names[0]);
    expect(nearestFolded('So suc khoe dien tu', names)).toBe(names[1]);
    expect(nearestFolded('x', [])).toBeNull();
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });
});

describe('capitalFirst', () => {
  it('upper-cases the first letter with the Vietnamese locale and keeps the rest', () => {
    expect(capitalFirst('trong 6 tháng đầu năm')).toBe('Trong 6 tháng đầu năm');
    expect(capitalFirst('đông Sơn')).toBe('Đông Sơn');
    expect(capitalFirst('')).toBe('');
  });
});
