import { describe, expect, it } from 'vitest';
import { excelSerialToDate, parseBirthYear, parseGender, parseRole } from './role-parse';

describe('parseRole', () => {
  it.each([
    ['TỔ TRƯỞNG', 'leader'],
    ['Tổ trưởng', 'leader'],
    ['tổ trưởng tổ CNSCĐ', 'leader'],
    ['Tổ trưởng Tổ công nghệ số cộng đồng', 'leader'],
    ['Tổ trưởng (Trưởng thôn)', 'leader'],
    ['Trưởng tổ', 'leader'],
    ['TT', 'leader'],
    ['T.T', 'leader'],
    ['to truong', 'leader'],
    ['To\u0302\u0309 tru\u031Bo\u031B\u0309ng', 'leader'], // NFD
    ['Tổ phó thường trực', 'standing_deputy'],
    ['TỔ PHÓ THƯỜNG TRỰC', 'standing_deputy'],
    ['TPTT', 'standing_deputy'],
    ['Phó thường trực', 'standing_deputy'],
    ['Phó tổ trưởng thường trực', 'standing_deputy'],
    ['Tổ phó', 'deputy'],
    ['TP', 'deputy'],
    ['Phó tổ trưởng', 'deputy'],
    ['Phó Tổ trưởng tổ CNSCĐ', 'deputy'],
    ['Thành viên', 'member'],
    ['TV', 'member'],
    ['tổ viên', 'member'],
    ['Ủy viên', 'member'],
    ['Uỷ viên', 'member'],
    ['thành viên tổ', 'member'],
    ['Thành viên (Đoàn viên)', 'member'],
  ])('reads "%s" as %s', (text, role) => {
    expect(parseRole(text)).toBe(role);
  });

  it.each(['', '   ', 'Trưởng thôn', 'Phó trưởng thôn', 'Bí thư Chi bộ', 'Trưởng ban', 'x', 'Thường trực'])(
    'does not guess a role from "%s"',
    (text) => {
      expect(parseRole(text)).toBeNull();
    },
  );

  it('takes null and undefined', () => {
    expect(parseRole(null)).toBeNull();
    expect(parseRole(undefined)).toBeNull();
  });
});

describe('parseGender', () => {
  it.each([
    ['Nam', 'male'],
    ['NAM', 'male'],
    [' nam ', 'male'],
    ['Nữ', 'female'],
    ['NỮ', 'female'],
    ['nu', 'female'],
    ['Nu\u031B\u0303', 'female'],
  ])('reads "%s" as %s', (text, gender) => {
    expect(parseGender(text)).toBe(gender);
  });

  it.each(['', 'x', 'khác', 'Nam Nữ'])('gives null for "%s"', (text) => {
    expect(parseGender(text)).toBeNull();
  });
});

describe('parseBirthYear', () => {
  const now = new Date(2026, 2, 5);

  it.each<[unknown, number]>([
    [1985, 1985],
    ['1985', 1985],
    [' 1985 ', 1985],
    ['năm 1985', 1985],
    ['Năm sinh: 1985', 1985],
    ['1985 (Nam)', 1985],
    ['12/03/1985', 1985],
    ['2/3/1985', 1985],
    ['12-03-1985', 1985],
    ['12.03.1985', 1985],
    ['03/1985', 1985],
    ['12/03/85', 1985],
    ['1985-03-12', 1985],
    ['1985.0', 1985],
    [new Date(Date.UTC(1985, 2, 12)), 1985],
    [31118, 1985], // Excel serial of 12/03/1985
    [31118.75, 1985],
    [85, 1985],
    ['85', 1985],
    [2005, 2005],
  ])('reads %s as %i', (value, year) => {
    expect(parseBirthYear(value, now)).toEqual({ year });
  });

  it('gives nothing and no problem for empty values', () => {
    expect(parseBirthYear(null, now)).toEqual({ year: null });
    expect(parseBirthYear(undefined, now)).toEqual({ year: null });
    expect(parseBirthYear('  ', now)).toEqual({ year: null });
  });

  it.each<[unknown, string]>([
    ['không rõ', 'Không đọc được năm sinh «không rõ»'],
    ['1985 hoặc 1986', 'Không đọc được năm sinh'],
    [123, 'Không đọc được năm sinh «123»'],
    [1919, 'Năm sinh 1919 không hợp lý (cần từ 1920 đến 2026)'],
    [2027, 'Năm sinh 2027 không hợp lý'],
    ['31/12/2090', 'Năm sinh 2090 không hợp lý'],
    [new Date(Number.NaN), 'Không đọc được năm sinh'],
    [true, 'Không đọc được năm sinh'],
  ])('refuses %s with a Vietnamese problem', (value, problem) => {
    const result = parseBirthYear(value, now);
    expect(result.year).toBeNull();
    expect(result.problem).toContain(problem);
  });

  it('converts Excel serials with the 1900 leap-year bug folded in', () => {
    expect(excelSerialToDate(31118).toISOString().slice(0, 10)).toBe('1985-03-12');
    expect(excelSerialToDate(45356).toISOString().slice(0, 10)).toBe('2024-03-05');
  });
});
