/** Where the table is: title rows, merged cells, header wording, two-row headers, which sheet. */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readRows, saveAndRead, workbookWith } from '../../../test-support/sheets';

const fullHeader = [
  'STT',
  'Họ và tên',
  'Giới tính',
  'Năm sinh',
  'Chức vụ, đơn vị công tác',
  'Chức danh trong Tổ',
  'Số điện thoại',
  'Thôn, tổ dân phố',
  'Ghi chú',
];
const an = [
  1,
  'Nguyễn Văn An',
  'Nam',
  1978,
  'Trưởng thôn An Hải',
  'Tổ trưởng',
  '0912345678',
  'Thôn An Hải',
  null,
];
const binh = [
  2,
  'Trần Thị Bình',
  'Nữ',
  1996,
  'Bí thư Chi đoàn',
  'Thành viên',
  '0987654321',
  'Thôn An Hải',
  'Zalo',
];

describe('a plain list', () => {
  it('reads every column of a header on the first row', async () => {
    const sheet = await readRows([fullHeader, an, binh]);
    expect(sheet.headerRow).toBe(1);
    expect(sheet.problems).toEqual([]);
    expect(sheet.rows).toEqual([
      {
        row: 2,
        fullName: 'Nguyễn Văn An',
        gender: 'male',
        birthYear: 1978,
        phone: '0912345678',
        position: 'Trưởng thôn An Hải',
        role: 'leader',
        villageName: 'Thôn An Hải',
        teamName: null,
        notes: null,
        startDate: null,
      },
      {
        row: 3,
        fullName: 'Trần Thị Bình',
        gender: 'female',
        birthYear: 1996,
        phone: '0987654321',
        position: 'Bí thư Chi đoàn',
        role: 'member',
        villageName: 'Thôn An Hải',
        teamName: null,
        notes: 'Zalo',
        startDate: null,
      },
    ]);
  });
});

describe('title and caption rows above the header', () => {
  it('skips the official title block, merged across the page, and a column-number row', async () => {
    const { workbook, sheet } = workbookWith([
      ['ỦY BAN NHÂN DÂN', null, null, null, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
      ['XÃ BÌNH HIỆP', null, null, null, 'Độc lập - Tự do - Hạnh phúc'],
      [],
      ['DANH SÁCH THÀNH VIÊN TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG XÃ BÌNH HIỆP'],
      ['(Kèm theo Quyết định số 12/QĐ-UBND ngày 05/3/2026 của Chủ tịch UBND xã)'],
      ['Bình Hiệp, ngày 05 tháng 3 năm 2026'],
      fullHeader,
      ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)', '(9)'],
      an,
      binh,
    ]);
    sheet.mergeCells('A1:C1');
    sheet.mergeCells('E1:I1');
    sheet.mergeCells('A2:C2');
    sheet.mergeCells('E2:I2');
    sheet.mergeCells('A4:I4');
    sheet.mergeCells('A5:I5');
    sheet.mergeCells('A6:I6');
    const result = await saveAndRead(workbook);
    expect(result.headerRow).toBe(7);
    expect(result.rows.map((r) => [r.row, r.fullName])).toEqual([
      [9, 'Nguyễn Văn An'],
      [10, 'Trần Thị Bình'],
    ]);
    expect(result.problems).toEqual([]);
  });

  it('takes the village named in a caption for every row', async () => {
    const { workbook, sheet } = workbookWith([
      ['UBND XÃ BÌNH HIỆP'],
      ['DANH SÁCH THÀNH VIÊN TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG THÔN PHƯỚC THIỆN'],
      ['STT', 'Họ và tên', 'Năm sinh', 'Chức danh trong Tổ'],
      [1, 'Lê Văn Cường', 1980, 'Tổ trưởng'],
      [2, 'Phạm Thị Dung', 1990, 'Thành viên'],
    ]);
    sheet.mergeCells('A2:D2');
    const result = await saveAndRead(workbook);
    expect(result.rows.map((r) => r.villageName)).toEqual(['Thôn Phước Thiện', 'Thôn Phước Thiện']);
  });

  it('does not take "các thôn" in a title for a village', async () => {
    const result = await readRows([
      ['DANH SÁCH TỔ CNSCĐ CÁC THÔN, TỔ DÂN PHỐ'],
      ['Họ và tên', 'Năm sinh'],
      ['Lê Văn Cường', 1980],
    ]);
    expect(result.rows[0]?.villageName).toBeNull();
  });
});

describe('header wording', () => {
  const variants: [string, string[]][] = [
    [
      'capitals',
      [
        'STT',
        'HỌ VÀ TÊN',
        'GIỚI TÍNH',
        'NĂM SINH',
        'CHỨC VỤ',
        'CHỨC DANH',
        'SỐ ĐIỆN THOẠI',
        'THÔN',
        'GHI CHÚ',
      ],
    ],
    [
      'short forms',
      ['TT', 'Họ tên', 'Giới tính', 'Ngày sinh', 'Đơn vị công tác', 'Nhiệm vụ', 'SĐT', 'Địa bàn', 'Ghi chú'],
    ],
    [
      'long forms',
      [
        'Số TT',
        'Họ và tên thành viên',
        'Giới tính',
        'Ngày, tháng, năm sinh',
        'Chức vụ, đơn vị công tác',
        'Chức danh trong Tổ CNSCĐ',
        'Số ĐT (Zalo)',
        'Thôn, tổ dân phố',
        'Ghi chú',
      ],
    ],
    [
      'other words',
      [
        'Thứ tự',
        'Họ, tên',
        'Phái',
        'Năm sinh',
        'Nơi công tác',
        'Vai trò',
        'Điện thoại',
        'Tổ dân phố',
        'Ghi chú khác',
      ],
    ],
    [
      'decomposed (NFD) and spaced',
      [
        ' STT ',
        'Ho\u0323  va\u0300 te\u0302n',
        'Gio\u031Bi ti\u0301nh',
        'Na\u0306m sinh',
        'Chư\u0301c vu\u0323',
        'Chư\u0301c danh trong Tô\u0309',
        'Điê\u0323n thoa\u0323i',
        'Thôn',
        'Ghi chu\u0301',
      ],
    ],
  ];

  it.each(variants)('understands %s', async (_label, header) => {
    const result = await readRows([header, an]);
    expect(result.headerRow).toBe(1);
    expect(result.rows).toHaveLength(1);
    expect(result.rows[0]).toMatchObject({
      fullName: 'Nguyễn Văn An',
      gender: 'male',
      birthYear: 1978,
      position: 'Trưởng thôn An Hải',
      role: 'leader',
      phone: '0912345678',
      villageName: 'Thôn An Hải',
    });
  });

  it('reads a "Tổ" column as the team', async () => {
    const result = await readRows([
      ['Họ và tên', 'Tổ', 'Chức danh'],
      ['Lê Văn Cường', 'Tổ CNSCĐ thôn An Hải', 'Tổ phó'],
    ]);
    expect(result.rows[0]).toMatchObject({ teamName: 'Tổ CNSCĐ thôn An Hải', role: 'deputy' });
  });

  it('reads roles from a "Chức vụ" column when there is no role column and it holds roles', async () => {
    const result = await readRows([
      ['STT', 'Họ và tên', 'Chức vụ'],
      [1, 'Lê Văn Cường', 'Tổ trưởng'],
      [2, 'Phạm Thị Dung', 'Thành viên'],
      [3, 'Võ Văn Em', 'Tổ phó'],
    ]);
    expect(result.rows.map((r) => [r.role, r.position])).toEqual([
      ['leader', null],
      ['member', null],
      ['deputy', null],
    ]);
  });

  it('keeps "Chức vụ" as the position when it holds positions', async () => {
    const result = await readRows([
      ['Họ và tên', 'Chức vụ'],
      ['Lê Văn Cường', 'Trưởng thôn'],
    ]);
    expect(result.rows[0]).toMatchObject({ role: null, position: 'Trưởng thôn' });
  });
});

describe('two-row headers and merged header cells', () => {
  it('reads the year of birth from "Năm sinh" merged over Nam | Nữ', async () => {
    const { workbook, sheet } = workbookWith([
      ['DANH SÁCH THÀNH VIÊN'],
      ['STT', 'Họ và tên', 'Năm sinh', null, 'Chức vụ', 'Số điện thoại'],
      [null, null, 'Nam', 'Nữ'],
      [1, 'Nguyễn Văn An', 1978, null, 'Trưởng thôn', 912345678],
      [2, 'Trần Thị Bình', null, 1996, 'Bí thư Chi đoàn', '0987 654 321'],
    ]);
    sheet.mergeCells('A1:F1');
    sheet.mergeCells('A2:A3');
    sheet.mergeCells('B2:B3');
    sheet.mergeCells('C2:D2');
    sheet.mergeCells('E2:E3');
    sheet.mergeCells('F2:F3');
    const result = await saveAndRead(workbook);
    expect(result.headerRow).toBe(2);
    expect(result.problems).toEqual([]);
    expect(result.rows.map((r) => [r.row, r.fullName, r.gender, r.birthYear, r.phone])).toEqual([
      [4, 'Nguyễn Văn An', 'male', 1978, '0912345678'],
      [5, 'Trần Thị Bình', 'female', 1996, '0987654321'],
    ]);
  });

  it('reads "Giới tính" merged over Nam | Nữ holding an x', async () => {
    const { workbook, sheet } = workbookWith([
      ['TT', 'Họ và tên', 'Giới tính', null, 'Năm sinh'],
      [null, null, 'Nam', 'Nữ'],
      [1, 'Nguyễn Văn An', 'x', null, 1978],
      [2, 'Trần Thị Bình', null, 'X', 1996],
    ]);
    sheet.mergeCells('A1:A2');
    sheet.mergeCells('B1:B2');
    sheet.mergeCells('C1:D1');
    sheet.mergeCells('E1:E2');
    const result = await saveAndRead(workbook);
    expect(result.rows.map((r) => [r.fullName, r.gender, r.birthYear])).toEqual([
      ['Nguyễn Văn An', 'male', 1978],
      ['Trần Thị Bình', 'female', 1996],
    ]);
  });

  it('reads Nam | Nữ columns on a one-row header', async () => {
    const result = await readRows([
      ['STT', 'Họ và tên', 'Nam', 'Nữ', 'Chức danh trong Tổ'],
      [1, 'Nguyễn Văn An', 1978, null, 'Tổ trưởng'],
      [2, 'Trần Thị Bình', null, '1996', 'Thành viên'],
    ]);
    expect(result.rows.map((r) => [r.gender, r.birthYear])).toEqual([
      ['male', 1978],
      ['female', 1996],
    ]);
  });

  it('joins a name split under "Họ và tên" merged over two columns', async () => {
    const { workbook, sheet } = workbookWith([
      ['STT', 'Họ và tên', null, 'Năm sinh'],
      [1, 'Nguyễn Văn', 'An', 1978],
      [2, 'Trần Thị', 'Bình', 1996],
    ]);
    sheet.mergeCells('B1:C1');
    const result = await saveAndRead(workbook);
    expect(result.rows.map((r) => r.fullName)).toEqual(['Nguyễn Văn An', 'Trần Thị Bình']);
  });

  it('joins "Họ và tên đệm" and "Tên" columns', async () => {
    const result = await readRows([
      ['STT', 'Họ và tên đệm', 'Tên', 'Năm sinh'],
      [1, 'Nguyễn Văn', 'An', 1978],
    ]);
    expect(result.rows[0]?.fullName).toBe('Nguyễn Văn An');
  });
});

describe('which worksheet', () => {
  it('takes the first worksheet that has a header, not a guide sheet before it', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Hướng dẫn').getCell('A1').value = 'Điền mỗi người một dòng ở trang Danh sách';
    const list = workbook.addWorksheet('Danh sách');
    list.addRow(['Họ và tên', 'Năm sinh']);
    list.addRow(['Nguyễn Văn An', 1978]);
    const result = await saveAndRead(workbook);
    expect(result.sheetName).toBe('Danh sách');
    expect(result.rows.map((r) => r.fullName)).toEqual(['Nguyễn Văn An']);
  });

  it('prefers a visible sheet to a hidden one', async () => {
    const workbook = new ExcelJS.Workbook();
    const old = workbook.addWorksheet('Bản cũ', { state: 'hidden' });
    old.addRow(['Họ và tên', 'Năm sinh']);
    old.addRow(['Người Cũ', 1950]);
    const current = workbook.addWorksheet('Bản mới');
    current.addRow(['Họ và tên', 'Năm sinh']);
    current.addRow(['Nguyễn Văn An', 1978]);
    const result = await saveAndRead(workbook);
    expect(result.sheetName).toBe('Bản mới');
  });
});
