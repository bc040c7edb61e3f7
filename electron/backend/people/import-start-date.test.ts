/** Imported memberships start on the sheet's date or the officer's, never silently today. */
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportSummary, TeamSummary } from '../../../shared/contract/types';
import type { Backend } from '../backend';
import { contractCaller, tempBackend } from '../../../test-support/temp';

let backend: Backend;
beforeEach(async () => {
  backend = await tempBackend();
});
afterEach(() => backend.close());
const { call, refused } = contractCaller(() => backend);

type Cell = string | number | Date | null;
async function upload(rows: Cell[][]) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('DS');
  rows.forEach((r, i) => r.forEach((v, j) => v !== null && (sheet.getCell(i + 1, j + 1).value = v)));
  return {
    fileName: 'danh-sach.xlsx',
    base64: Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64'),
  };
}

const header: Cell[] = ['STT', 'Họ và tên', 'Năm sinh', 'Chức danh trong Tổ', 'Số điện thoại'];
const people: Cell[][] = [
  ['THÔN AN HẢI'],
  [1, 'Nguyễn Văn An', 1978, 'Tổ trưởng', '0912345678'],
  [2, 'Lê Thị Cúc', 1985, 'Thành viên', null],
];
const starts = async () =>
  (await call<TeamSummary[]>('listTeams')).flatMap((t) =>
    t.members.map((m) => `${m.fullName}:${m.startDate}`),
  );
const memberships = async () =>
  (await call<{ counts: Record<string, number> }>('getInfo')).counts.memberships;

describe('people import: the start date', () => {
  it('takes the decision date in the title, not the date line of the office', async () => {
    const file = await upload([
      ['ỦY BAN NHÂN DÂN XÃ ĐÔNG SƠN', null, null, 'Đông Sơn, ngày 10 tháng 10 năm 2022'],
      ['DANH SÁCH THÀNH VIÊN TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG THÔN AN HẢI'],
      ['(Kèm theo Quyết định số 07/QĐ-UBND ngày 05/9/2022 của Chủ tịch UBND xã Đông Sơn)'],
      header,
      ...people,
    ]);
    const dry = await call<ImportSummary>('previewPeopleImport', file);
    expect(dry.startDate).toEqual({
      date: '2022-09-05',
      source: 'title',
      titleText: 'Quyết định số 07/QĐ-UBND ngày 05/9/2022',
      titleDate: '2022-09-05',
      rowsWithOwnDate: 0,
      rowsWithoutOwnDate: 2,
    });
    expect((await call<ImportSummary>('applyPeopleImport', file)).applied).toBe(true);
    expect(await starts()).toEqual(['Nguyễn Văn An:2022-09-05', 'Lê Thị Cúc:2022-09-05']);
  });

  it('reads "ngày … tháng … năm …" after the decision number too', async () => {
    const file = await upload([
      ['Kèm theo Quyết định số 15/QĐ-UBND ngày 3 tháng 4 năm 2023 của UBND xã'],
      header,
      ...people,
    ]);
    const dry = await call<ImportSummary>('previewPeopleImport', file);
    expect(dry.startDate).toMatchObject({ date: '2023-04-03', source: 'title' });
  });

  it('takes each row’s own start date from a column, typed text or an Excel date', async () => {
    const file = await upload([
      [...header, 'Ngày bắt đầu'],
      ['THÔN AN HẢI'],
      [1, 'Nguyễn Văn An', 1978, 'Tổ trưởng', '0912345678', '01/10/2022'],
      [2, 'Lê Thị Cúc', 1985, 'Thành viên', null, new Date(Date.UTC(2023, 0, 15))],
    ]);
    const dry = await call<ImportSummary>('previewPeopleImport', file);
    expect(dry.startDate).toMatchObject({
      date: null,
      source: null,
      rowsWithOwnDate: 2,
      rowsWithoutOwnDate: 0,
    });
    expect((await call<ImportSummary>('applyPeopleImport', file)).applied).toBe(true);
    expect(await starts()).toEqual(['Nguyễn Văn An:2022-10-01', 'Lê Thị Cúc:2023-01-15']);
  });

  it('without a date in the sheet, says so and writes nothing until the officer types one', async () => {
    const file = await upload([header, ...people]);
    const dry = await call<ImportSummary>('previewPeopleImport', file);
    expect(dry.startDate).toEqual({
      date: null,
      source: null,
      titleText: null,
      titleDate: null,
      rowsWithOwnDate: 0,
      rowsWithoutOwnDate: 2,
    });
    const refusedApply = await call<ImportSummary>('applyPeopleImport', file);
    expect(refusedApply.applied).toBe(false);
    expect(await memberships()).toBe(0);
    expect((await call<{ counts: Record<string, number> }>('getInfo')).counts.people).toBe(0);

    const typed = await call<ImportSummary>('applyPeopleImport', { ...file, startDate: '2024-03-01' });
    expect(typed).toMatchObject({ applied: true, startDate: { date: '2024-03-01', source: 'typed' } });
    expect(await starts()).toEqual(['Nguyễn Văn An:2024-03-01', 'Lê Thị Cúc:2024-03-01']);
  });

  it('refuses a title date outside 2000–2100 as an error of the file, unless the officer types one', async () => {
    const file = await upload([
      ['(Kèm theo Quyết định số 07/QĐ-UBND ngày 05/9/2202 của UBND xã Đông Sơn)'],
      header,
      ...people,
    ]);
    const dry = await call<ImportSummary>('previewPeopleImport', file);
    expect(dry.startDate).toMatchObject({ date: null, source: null, titleDate: '2202-09-05' });
    expect(dry.errors).toHaveLength(1);
    expect(dry.errors[0]?.row).toBe(0);
    expect(dry.errors[0]?.message).toMatch(/Quyết định số 07\/QĐ-UBND ngày 05\/9\/2202.*2000–2100/u);
    expect(dry.errors[0]?.message).toMatch(/nhập ngày bắt đầu/u);
    expect((await call<ImportSummary>('applyPeopleImport', file)).applied).toBe(false);
    expect(await memberships()).toBe(0);
    expect((await call<{ counts: Record<string, number> }>('getInfo')).counts.people).toBe(0);

    const typed = await call<ImportSummary>('applyPeopleImport', { ...file, startDate: '2022-09-05' });
    expect(typed).toMatchObject({ applied: true, errors: [], startDate: { source: 'typed' } });
    expect(await starts()).toEqual(['Nguyễn Văn An:2022-09-05', 'Lê Thị Cúc:2022-09-05']);
  });

  it('refuses a row’s own start date outside 2000–2100 instead of giving it the common date', async () => {
    const file = await upload([
      ['Kèm theo Quyết định số 07/QĐ-UBND ngày 05/9/2022'],
      [...header, 'Ngày bắt đầu'],
      ['THÔN AN HẢI'],
      [1, 'Nguyễn Văn An', 1978, 'Tổ trưởng', '0912345678', '01/01/1899'],
      [2, 'Lê Thị Cúc', 1985, 'Thành viên', null, null],
    ]);
    const dry = await call<ImportSummary>('previewPeopleImport', file);
    expect(dry.errors.map((e) => e.row)).toEqual([4]);
    expect(dry.errors[0]?.message).toMatch(/^Dòng 4: ngày bắt đầu 01\/01\/1899 không dùng được/u);
    expect(dry.warnings).toEqual([]);
    const applied = await call<ImportSummary>('applyPeopleImport', file);
    expect(applied.applied).toBe(false);
    expect(await memberships()).toBe(0);
    expect((await call<{ counts: Record<string, number> }>('getInfo')).counts.people).toBe(0);
  });

  it('a typed date is used instead of the title’s; a date that does not exist is refused', async () => {
    const file = await upload([['Kèm theo Quyết định số 07/QĐ-UBND ngày 05/9/2022'], header, ...people]);
    const dry = await call<ImportSummary>('previewPeopleImport', { ...file, startDate: '2022-10-01' });
    expect(dry.startDate).toMatchObject({ date: '2022-10-01', source: 'typed', titleDate: '2022-09-05' });
    const error = await refused('applyPeopleImport', { ...file, startDate: '2023-02-30' });
    expect(error.message).toMatch(/Ngày/u);
    expect(await memberships()).toBe(0);
  });
});
