/** Rows that are not people: village sections inside the table, totals and signatures below it. */
import { describe, expect, it } from 'vitest';
import { readRows, saveAndRead, workbookWith } from '../../../test-support/sheets';

const header = [
  'STT',
  'Họ và tên',
  'Năm sinh',
  'Chức vụ, đơn vị công tác',
  'Chức danh trong Tổ',
  'Số điện thoại',
];

describe('village section rows', () => {
  it('gives each person the village of the merged section row above', async () => {
    const { workbook, sheet } = workbookWith([
      header,
      ['I. THÔN AN HẢI'],
      [1, 'Nguyễn Văn An', 1978, 'Trưởng thôn', 'Tổ trưởng', '0912345678'],
      [2, 'Trần Thị Bình', 1996, 'Bí thư Chi đoàn', 'Tổ phó', '0987654321'],
      ['II. Tổ dân phố 3'],
      [1, 'Lê Văn Cường', 1980, 'Tổ trưởng TDP', 'Tổ trưởng', '0905111222'],
      ['III. THÔN PHƯỚC THIỆN'],
      [1, 'Phạm Thị Dung', 1990, 'Chi hội trưởng Hội Phụ nữ', 'Thành viên', '0905333444'],
    ]);
    sheet.mergeCells('A2:F2');
    sheet.mergeCells('A5:F5');
    sheet.mergeCells('A7:F7');
    const result = await saveAndRead(workbook);
    expect(result.problems).toEqual([]);
    expect(result.rows.map((r) => [r.row, r.fullName, r.villageName])).toEqual([
      [3, 'Nguyễn Văn An', 'Thôn An Hải'],
      [4, 'Trần Thị Bình', 'Thôn An Hải'],
      [6, 'Lê Văn Cường', 'Tổ dân phố 3'],
      [8, 'Phạm Thị Dung', 'Thôn Phước Thiện'],
    ]);
  });

  it('reads a section written as a roman numeral in STT and the name in the next column', async () => {
    const result = await readRows([
      header,
      ['I', 'Thôn An Hải'],
      [1, 'Nguyễn Văn An', 1978],
      ['II', 'THÔN PHƯỚC THIỆN'],
      [1, 'Phạm Thị Dung', 1990],
    ]);
    expect(result.rows.map((r) => [r.fullName, r.villageName])).toEqual([
      ['Nguyễn Văn An', 'Thôn An Hải'],
      ['Phạm Thị Dung', 'Thôn Phước Thiện'],
    ]);
  });

  it('reads a village name alone across the merged row', async () => {
    const { workbook, sheet } = workbookWith([
      header,
      ['AN HẢI'],
      [1, 'Nguyễn Văn An', 1978],
      ['Phước Thiện'],
      [1, 'Phạm Thị Dung', 1990],
    ]);
    sheet.mergeCells('A2:F2');
    sheet.mergeCells('A4:F4');
    const result = await saveAndRead(workbook);
    expect(result.rows.map((r) => r.villageName)).toEqual(['An Hải', 'Phước Thiện']);
  });

  it('takes neither a remark across the row nor "Danh sách gồm" without a count for a section or an end', async () => {
    const { workbook, sheet } = workbookWith([
      header,
      ['(Danh sách gồm các đồng chí sau)'],
      ['I. THÔN AN HẢI'],
      [1, 'Nguyễn Văn An', 1978],
      ['(Vắng 2 người)'],
      [2, 'Trần Thị Bình', 1996],
    ]);
    for (const row of [2, 3, 5]) sheet.mergeCells(row, 1, row, 6);
    const result = await saveAndRead(workbook);
    expect(result.rows.map((r) => [r.fullName, r.villageName])).toEqual([
      ['Nguyễn Văn An', 'Thôn An Hải'],
      ['Trần Thị Bình', 'Thôn An Hải'],
    ]);
    expect(result.problems).toEqual([]);
  });

  it('reads an unmerged "Thôn …" line in the name column as a section', async () => {
    const result = await readRows([header, [null, 'Thôn An Hải'], [1, 'Nguyễn Văn An', 1978]]);
    expect(result.rows.map((r) => [r.fullName, r.villageName])).toEqual([['Nguyễn Văn An', 'Thôn An Hải']]);
  });

  it('clears the village under a commune-level section', async () => {
    const { workbook, sheet } = workbookWith([
      header,
      ['A. TỔ CNSCĐ XÃ BÌNH HIỆP'],
      [1, 'Võ Văn Em', 1975, 'Chủ tịch UBND xã', 'Tổ trưởng'],
      ['B. THÔN AN HẢI'],
      [1, 'Nguyễn Văn An', 1978, 'Trưởng thôn', 'Tổ trưởng'],
    ]);
    sheet.mergeCells('A2:F2');
    sheet.mergeCells('A4:F4');
    const result = await saveAndRead(workbook);
    expect(result.rows.map((r) => [r.fullName, r.villageName, r.position])).toEqual([
      ['Võ Văn Em', null, 'Chủ tịch UBND xã'],
      ['Nguyễn Văn An', 'Thôn An Hải', 'Trưởng thôn'],
    ]);
  });

  it('keeps the same person under two villages as two rows', async () => {
    const { workbook, sheet } = workbookWith([
      header,
      ['I. THÔN AN HẢI'],
      [1, 'Nguyễn Văn An', 1978, 'Cán bộ Đoàn xã', 'Thành viên', '0912345678'],
      ['II. THÔN PHƯỚC THIỆN'],
      [1, 'Nguyễn Văn An', 1978, 'Cán bộ Đoàn xã', 'Tổ phó', '0912345678'],
    ]);
    sheet.mergeCells('A2:F2');
    sheet.mergeCells('A4:F4');
    const result = await saveAndRead(workbook);
    expect(result.rows.map((r) => [r.row, r.fullName, r.villageName, r.role])).toEqual([
      [3, 'Nguyễn Văn An', 'Thôn An Hải', 'member'],
      [5, 'Nguyễn Văn An', 'Thôn Phước Thiện', 'deputy'],
    ]);
    expect(result.problems).toEqual([]);
  });

  it('prefers a village column to the section above', async () => {
    const result = await readRows([
      ['Họ và tên', 'Năm sinh', 'Thôn'],
      ['I. THÔN AN HẢI'],
      ['Nguyễn Văn An', 1978, 'thôn phước thiện'],
      ['Trần Thị Bình', 1996, null],
    ]);
    expect(result.rows.map((r) => r.villageName)).toEqual(['Thôn Phước Thiện', 'Thôn An Hải']);
  });
});

describe('totals and signatures end the table', () => {
  const people = [
    [1, 'Nguyễn Văn An', 1978, 'Trưởng thôn', 'Tổ trưởng', '0912345678'],
    [2, 'Trần Thị Bình', 1996, 'Bí thư Chi đoàn', 'Tổ phó', '0987654321'],
    [3, 'Lê Văn Cường', 1980, 'Công an viên', 'Thành viên', '0905111222'],
  ];
  const signatures = [
    [],
    [null, 'NGƯỜI LẬP BIỂU', null, null, 'T/M ỦY BAN NHÂN DÂN'],
    [null, null, null, null, 'CHỦ TỊCH'],
    [null, '(Ký, ghi rõ họ tên)', null, null, '(Ký tên, đóng dấu)'],
    [],
    [],
    [null, 'Lê Thị Cúc', null, null, 'Trần Văn Dũng'],
  ];

  it.each([
    ['Tổng cộng: 3 người'],
    ['Danh sách này có 3 người'],
    ['Cộng: 3'],
    ['(Ấn định danh sách có 03 người)'],
  ])('stops at "%s" and the signature block under it', async (total) => {
    const { workbook, sheet } = workbookWith([header, ...people, [total], ...signatures]);
    sheet.mergeCells('A5:F5');
    const result = await saveAndRead(workbook);
    expect(result.rows.map((r) => r.fullName)).toEqual(['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường']);
    expect(result.problems).toEqual([]);
  });

  it('stops at a signature block right under the data', async () => {
    const result = await readRows([header, ...people, ...signatures]);
    expect(result.rows.map((r) => r.fullName)).toEqual(['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường']);
    expect(result.problems).toEqual([]);
  });

  it('stops at the date line of the signature block', async () => {
    const result = await readRows([
      header,
      ...people,
      [null, null, null, 'Bình Hiệp, ngày 12 tháng 3 năm 2026'],
      [null, null, null, 'CHỦ TỊCH'],
      [null, null, null, 'Võ Văn Em'],
    ]);
    expect(result.rows).toHaveLength(3);
  });

  it('stops at "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH" signatures', async () => {
    const result = await readRows([
      header,
      ...people,
      [null, null, null, 'KT. CHỦ TỊCH'],
      [null, null, null, 'PHÓ CHỦ TỊCH'],
      [null, null, null, 'Đinh Văn Giang'],
    ]);
    expect(result.rows).toHaveLength(3);
  });

  it('does not stop at a person whose position is a leader title', async () => {
    const result = await readRows([
      ['Họ và tên', 'Chức vụ, đơn vị công tác'],
      ['Võ Văn Em', 'Chủ tịch UBND xã'],
      ['Đinh Văn Giang', 'Phó Chủ tịch UBND xã'],
      ['Lê Thị Hoa', 'Cán bộ Văn hóa - Xã hội'],
    ]);
    expect(result.rows.map((r) => r.fullName)).toEqual(['Võ Văn Em', 'Đinh Văn Giang', 'Lê Thị Hoa']);
  });
});
