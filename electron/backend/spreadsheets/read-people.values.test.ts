/** Cell values as offices type them: NFD, spaces, phones, years, roles, rich text, formulas, dates. */
import { describe, expect, it } from 'vitest';
import { readRows, saveAndRead, workbookWith } from '../../../test-support/sheets';

describe('text', () => {
  it('turns decomposed (NFD) text into NFC and folds double and trailing spaces', async () => {
    const result = await readRows([
      ['Họ và tên', 'Chức vụ', 'Thôn'],
      [
        '  Nguye\u0302\u0303n   Thi\u0323  Hue\u0302\u0323 ',
        'Chi  hội trưởng\u00A0Hội Phụ nữ ',
        'Tho\u0302n  An Ha\u0309i',
      ],
    ]);
    expect(result.rows[0]).toMatchObject({
      fullName: 'Nguyễn Thị Huệ',
      position: 'Chi hội trưởng Hội Phụ nữ',
      villageName: 'Thôn An Hải',
    });
    expect(result.rows[0]?.fullName).toBe('Nguyễn Thị Huệ'.normalize('NFC'));
  });

  it('gives names typed in capitals or small letters title case, and drops "Đ/c", "Ông", "Bà"', async () => {
    const result = await readRows([
      ['Họ và tên', 'Năm sinh'],
      ['NGUYỄN VĂN AN', 1978],
      ['trần thị bình', 1996],
      ['Đ/c Lê Văn Cường', 1980],
      ['Bà Phạm Thị Dung', 1990],
      ['Ðặng Văn Em', 1985], // Latin Eth typed for Đ
      ['Nguyễn Thị MỸ', 1999], // mixed: kept as typed
    ]);
    expect(result.rows.map((r) => r.fullName)).toEqual([
      'Nguyễn Văn An',
      'Trần Thị Bình',
      'Lê Văn Cường',
      'Phạm Thị Dung',
      'Đặng Văn Em',
      'Nguyễn Thị MỸ',
    ]);
  });

  it('writes village names the register way', async () => {
    const result = await readRows([
      ['Họ và tên', 'Thôn, tổ dân phố'],
      ['A', 'THÔN AN HẢI'],
      ['B', 'tdp 3'],
      ['C', 'TỔ DÂN PHỐ 1A'],
      ['D', 'khu phố phú lộc'],
      ['E', 'Thôn II'],
    ]);
    expect(result.rows.map((r) => r.villageName)).toEqual([
      'Thôn An Hải',
      'Tổ dân phố 3',
      'Tổ dân phố 1A',
      'Khu phố Phú Lộc',
      'Thôn II',
    ]);
  });
});

describe('phone numbers', () => {
  it('reads numbers typed as numbers, with dots and spaces, with +84 or 84, and old prefixes', async () => {
    const result = await readRows([
      ['Họ và tên', 'Số điện thoại'],
      ['A', 912345678],
      ['B', '0912.345.678'],
      ['C', '0912 345 678'],
      ['D', '+84 912 345 678'],
      ['E', '84912345678'],
      ['F', '01689 123 456'],
      ['G', '0255 3822 123'],
      ['H', 84912345678],
    ]);
    expect(result.rows.map((r) => r.phone)).toEqual([
      '0912345678',
      '0912345678',
      '0912345678',
      '0912345678',
      '0912345678',
      '0389123456',
      '02553822123',
      '0912345678',
    ]);
    expect(result.problems).toEqual([]);
  });

  it('keeps the row with no phone and warns when the number cannot be used', async () => {
    const result = await readRows([
      ['Họ và tên', 'Số điện thoại'],
      ['Nguyễn Văn An', 'không có'],
      ['Trần Thị Bình', '12345'],
    ]);
    expect(result.rows.map((r) => [r.fullName, r.phone])).toEqual([
      ['Nguyễn Văn An', null],
      ['Trần Thị Bình', null],
    ]);
    expect(result.problems).toHaveLength(2);
    expect(result.problems[0]).toMatchObject({ row: 2, severity: 'warning' });
    expect(result.problems[0]?.message).toMatch(
      /^Dòng 2: Số điện thoại «không có» không dùng được.*chưa có số điện thoại\.$/u,
    );
  });
});

describe('years of birth', () => {
  it('reads a number, text, a full date as text, a date cell and an Excel serial', async () => {
    const result = await readRows([
      ['Họ và tên', 'Năm sinh'],
      ['A', 1985],
      ['B', '1986'],
      ['C', 'năm 1987'],
      ['D', '12/03/1988'],
      ['E', new Date(Date.UTC(1989, 4, 17))],
      ['F', 33239], // 1991-01-01 as an Excel day number
      ['G', '1990-07-02'],
      ['H', '1985 '],
    ]);
    expect(result.rows.map((r) => r.birthYear)).toEqual([1985, 1986, 1987, 1988, 1989, 1991, 1990, 1985]);
    expect(result.problems).toEqual([]);
  });

  it('reads a "Ngày sinh" date cell formatted as a date', async () => {
    const { workbook, sheet } = workbookWith([
      ['Họ và tên', 'Ngày sinh'],
      ['Nguyễn Văn An', new Date(Date.UTC(1978, 0, 31))],
    ]);
    sheet.getCell('B2').numFmt = 'dd/mm/yyyy';
    const result = await saveAndRead(workbook);
    expect(result.rows[0]?.birthYear).toBe(1978);
  });

  it('warns and keeps the row for unreadable or implausible years', async () => {
    const result = await readRows([
      ['Họ và tên', 'Năm sinh'],
      ['A', 'không rõ'],
      ['B', 1890],
      ['C', 2090],
    ]);
    expect(result.rows.map((r) => [r.fullName, r.birthYear])).toEqual([
      ['A', null],
      ['B', null],
      ['C', null],
    ]);
    expect(result.problems.map((p) => [p.row, p.severity])).toEqual([
      [2, 'warning'],
      [3, 'warning'],
      [4, 'warning'],
    ]);
    expect(result.problems[0]?.message).toContain('Không đọc được năm sinh «không rõ»');
    expect(result.problems[1]?.message).toContain('Năm sinh 1890 không hợp lý');
  });
});

describe('roles', () => {
  it.each([
    ['TỔ TRƯỞNG', 'leader'],
    ['Tổ trưởng', 'leader'],
    ['tổ trưởng tổ CNSCĐ', 'leader'],
    ['TT', 'leader'],
    ['Tổ phó thường trực', 'standing_deputy'],
    ['TPTT', 'standing_deputy'],
    ['Phó thường trực', 'standing_deputy'],
    ['Tổ phó', 'deputy'],
    ['TP', 'deputy'],
    ['Phó tổ trưởng', 'deputy'],
    ['Thành viên', 'member'],
    ['TV', 'member'],
    ['tổ viên', 'member'],
    ['Ủy viên', 'member'],
    ['thành viên tổ', 'member'],
  ])('reads "%s" as %s', async (text, role) => {
    const result = await readRows([
      ['Họ và tên', 'Chức danh trong Tổ'],
      ['Nguyễn Văn An', text],
    ]);
    expect(result.rows[0]?.role).toBe(role);
    expect(result.problems).toEqual([]);
  });

  it('warns and leaves the role empty when it cannot be read', async () => {
    const result = await readRows([
      ['Họ và tên', 'Chức danh trong Tổ'],
      ['Nguyễn Văn An', 'Trưởng ban'],
    ]);
    expect(result.rows[0]?.role).toBeNull();
    expect(result.problems).toEqual([
      {
        row: 2,
        severity: 'warning',
        message: expect.stringContaining('Dòng 2: không hiểu chức danh trong Tổ «Trưởng ban»'),
      },
    ]);
  });
});

describe('genders', () => {
  it('reads Nam, Nữ, nu, NAM and warns on anything else', async () => {
    const result = await readRows([
      ['Họ và tên', 'Giới tính'],
      ['A', 'Nam'],
      ['B', 'Nữ'],
      ['C', 'nu'],
      ['D', 'NAM'],
      ['E', 'khác'],
    ]);
    expect(result.rows.map((r) => r.gender)).toEqual(['male', 'female', 'female', 'male', null]);
    expect(result.problems).toEqual([
      { row: 6, severity: 'warning', message: expect.stringContaining('giới tính «khác»') },
    ]);
  });

  it('warns when both Nam and Nữ are filled', async () => {
    const result = await readRows([
      ['Họ và tên', 'Nam', 'Nữ'],
      ['A', 'x', 'x'],
    ]);
    expect(result.rows[0]?.gender).toBeNull();
    expect(result.problems[0]?.message).toContain('cả cột Nam và cột Nữ');
  });
});

describe('cell kinds', () => {
  it('reads rich text, formulas with their results, hyperlinks and shared strings', async () => {
    const { workbook } = workbookWith([
      ['STT', 'Họ và tên', 'Năm sinh', 'Số điện thoại', 'Ghi chú'],
      [
        1,
        {
          richText: [
            { text: 'Nguyễn ', font: { bold: true } },
            { text: 'Văn An', font: { italic: true } },
          ],
        },
        { formula: '2026-48', result: 1978 },
        { formula: '"0912"&"345678"', result: '0912345678' },
        { text: 'Nhóm Zalo thôn', hyperlink: 'https://zalo.me/g/abcdef' },
      ],
      [
        { formula: 'A2+1', result: 2 },
        'Trần Thị Bình',
        { formula: 'DATE(1996,5,1)', result: new Date(Date.UTC(1996, 4, 1)) },
        { formula: '987654321', result: 987654321 },
        { richText: [{ text: 'Đoàn viên' }] },
      ],
    ]);
    const result = await saveAndRead(workbook);
    expect(result.problems).toEqual([]);
    expect(result.rows.map((r) => [r.fullName, r.birthYear, r.phone, r.notes])).toEqual([
      ['Nguyễn Văn An', 1978, '0912345678', 'Nhóm Zalo thôn'],
      ['Trần Thị Bình', 1996, '0987654321', 'Đoàn viên'],
    ]);
  });

  it('reads a formula whose result is an error as empty', async () => {
    const result = await readRows([
      ['Họ và tên', 'Năm sinh'],
      ['Nguyễn Văn An', { formula: 'VLOOKUP(1,Z:Z,2,0)', result: { error: '#N/A' } }],
    ]);
    expect(result.rows[0]?.birthYear).toBeNull();
    expect(result.problems).toEqual([]);
  });
});
