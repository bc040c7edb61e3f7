/** What the officer is told when a sheet cannot be read as a list, or a row is incomplete. */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readRows, saveAndRead } from '../../../test-support/sheets';

describe('sheets that are not lists', () => {
  it('says a file with only empty sheets has no data, once', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Sheet1');
    workbook.addWorksheet('Sheet2');
    const result = await saveAndRead(workbook);
    expect(result.headerRow).toBeNull();
    expect(result.rows).toEqual([]);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ row: 0, severity: 'error' });
    expect(result.problems[0]?.message).toMatch(/^Tệp không có dữ liệu/u);
  });

  it('says which headers it expects when no row names the columns', async () => {
    const result = await readRows([
      ['1', 'Nguyễn Văn An', '1978'],
      ['2', 'Trần Thị Bình', '1996'],
    ]);
    expect(result.rows).toEqual([]);
    expect(result.sheetName).toBe('Sheet1');
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ row: 0, severity: 'error' });
    expect(result.problems[0]?.message).toContain('Không tìm thấy dòng tiêu đề có cột «Họ và tên»');
    expect(result.problems[0]?.message).toContain('Số điện thoại');
  });

  it('does not take a title mentioning "họ và tên" for the header', async () => {
    const result = await readRows([
      ['DANH SÁCH HỌ VÀ TÊN THÀNH VIÊN TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG'],
      ['Nguyễn Văn An'],
    ]);
    expect(result.headerRow).toBeNull();
  });

  it('says so when the header has nobody under it', async () => {
    const result = await readRows([['STT', 'Họ và tên', 'Năm sinh'], [1], [2], [3]]);
    expect(result.rows).toEqual([]);
    expect(result.problems).toEqual([
      { row: 1, severity: 'error', message: expect.stringContaining('chưa có người nào bên dưới') },
    ]);
  });
});

describe('incomplete rows', () => {
  it('refuses a row without a name but with other data, and keeps the others', async () => {
    const result = await readRows([
      ['STT', 'Họ và tên', 'Năm sinh', 'Số điện thoại'],
      [1, 'Nguyễn Văn An', 1978, '0912345678'],
      [2, null, 1996, '0987654321'],
      [3, 'Lê Văn Cường', 1980, null],
    ]);
    expect(result.rows.map((r) => r.fullName)).toEqual(['Nguyễn Văn An', 'Lê Văn Cường']);
    expect(result.problems).toEqual([
      { row: 3, severity: 'error', message: expect.stringMatching(/^Dòng 3: thiếu họ và tên/u) },
    ]);
  });

  it('skips numbered rows left empty in a template without a word', async () => {
    const result = await readRows([
      ['STT', 'Họ và tên', 'Năm sinh'],
      [1, 'Nguyễn Văn An', 1978],
      [2],
      [3],
      [],
      [4, 'Trần Thị Bình', 1996],
    ]);
    expect(result.rows.map((r) => [r.row, r.fullName])).toEqual([
      [2, 'Nguyễn Văn An'],
      [6, 'Trần Thị Bình'],
    ]);
    expect(result.problems).toEqual([]);
  });

  it('refuses a "name" without letters', async () => {
    const result = await readRows([
      ['Họ và tên', 'Năm sinh'],
      ['12345', 1978],
    ]);
    expect(result.rows).toEqual([]);
    expect(result.problems[0]).toMatchObject({ row: 2, severity: 'error' });
  });

  it('reads a person with a name only', async () => {
    const result = await readRows([['Họ và tên', 'Năm sinh'], ['Nguyễn Văn An']]);
    expect(result.rows).toMatchObject([{ fullName: 'Nguyễn Văn An', birthYear: null, gender: null }]);
  });
});
