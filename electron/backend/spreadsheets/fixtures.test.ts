/**
 * Real files: the same messy list saved by LibreOffice as .xlsx, old .xls and .ods, and written
 * the way Excel writes .xlsx (see test-support/fixtures/spreadsheets/make-fixtures.ts). All must read to the same people.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/contract/errors';
import { messyCommuneList } from '../../../test-support/fixtures/spreadsheets/make-fixtures';
import { findSoffice } from './libreoffice';
import { readPeopleSheet, type ParsedPeopleSheet } from './read-people';
import { readZip, saveAndRead, zipText } from '../../../test-support/sheets';

const fixtures = path.join(__dirname, '../../../test-support/fixtures/spreadsheets');
const fixture = (name: string): string => path.join(fixtures, name);
const soffice = findSoffice();

function expectTheList(result: ParsedPeopleSheet): void {
  expect(result.sheetName).toBe('DS To CNSCD');
  expect(result.headerRow).toBe(7);
  expect(result.encodingConverted).toBeNull();
  expect(result.rows).toEqual([
    {
      row: 11,
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
      row: 12,
      fullName: 'Trần Thị Bình',
      gender: 'female',
      birthYear: 1996,
      phone: '0987654321',
      position: 'Bí thư Chi đoàn thôn',
      role: 'deputy',
      villageName: 'Thôn An Hải',
      teamName: null,
      notes: 'Đoàn viên',
      startDate: null,
    },
    {
      row: 13,
      fullName: 'Lê Văn Cường',
      gender: 'male',
      birthYear: 1980,
      phone: '0905111222',
      position: 'Công an viên',
      role: 'member',
      villageName: 'Thôn An Hải',
      teamName: null,
      notes: null,
      startDate: null,
    },
    {
      row: 15,
      fullName: 'Phạm Thị Dung',
      gender: 'female',
      birthYear: 1990,
      phone: '0389123456',
      position: 'Chi hội trưởng Hội Phụ nữ',
      role: 'standing_deputy',
      villageName: 'Thôn Phước Thiện',
      teamName: null,
      notes: 'Nhóm Zalo thôn',
      startDate: null,
    },
    {
      row: 16,
      fullName: 'Võ Văn Em',
      gender: 'male',
      birthYear: 1991,
      phone: '0935666777',
      position: 'Giáo viên Tin học Trường THCS Bình Hiệp',
      role: 'member',
      villageName: 'Thôn Phước Thiện',
      teamName: null,
      notes: null,
      startDate: null,
    },
  ]);
  // The nameless row 17 is refused; totals and the signature block are not people.
  expect(result.problems).toEqual([
    { row: 17, severity: 'error', message: expect.stringMatching(/^Dòng 17: thiếu họ và tên/u) },
  ]);
}

describe('the messy list', () => {
  it('reads as written by exceljs', async () => {
    expectTheList(await saveAndRead(messyCommuneList()));
  });
});

describe('saved by LibreOffice', () => {
  it('is a file LibreOffice wrote, with its own XML', () => {
    const zip = readZip(fs.readFileSync(fixture('saved-by-libreoffice.xlsx')));
    expect(zipText(zip, 'docProps/app.xml')).toContain('<Application>LibreOffice');
    expect(zipText(zip, 'xl/worksheets/sheet1.xml')).toContain('<f aca="false">A11+1</f><v>2</v>');
  });

  it('reads the .xlsx', async () => {
    expectTheList(await readPeopleSheet(fixture('saved-by-libreoffice.xlsx')));
  });

  it.skipIf(soffice === null)('reads the old .xls through LibreOffice', async () => {
    const bytes = fs.readFileSync(fixture('saved-by-libreoffice.xls'));
    expect(bytes.subarray(0, 4).toString('hex')).toBe('d0cf11e0'); // BIFF8 in an OLE2 container
    expectTheList(await readPeopleSheet(fixture('saved-by-libreoffice.xls')));
  });

  it.skipIf(soffice === null)('reads the .ods through LibreOffice', async () => {
    expectTheList(await readPeopleSheet(fixture('saved-by-libreoffice.ods')));
  });

  it('refuses the .xls with a Save As instruction when LibreOffice is not installed', async () => {
    const error = await readPeopleSheet(fixture('saved-by-libreoffice.xls'), { soffice: null }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'validation' });
    expect((error as AppError).message).toMatch(
      /^Tệp «saved-by-libreoffice\.xls» là tệp \.xls \(Excel cũ\)/u,
    );
    expect((error as AppError).message).toContain(
      'Hãy mở tệp bằng Excel hoặc LibreOffice và chọn Lưu thành (Save As) kiểu .xlsx, rồi nhập lại.',
    );
  });
});

describe('written the way Excel writes', () => {
  it('has shared strings, styles, a rich-text run and a formula with its cached value', () => {
    const zip = readZip(fs.readFileSync(fixture('excel-like.xlsx')));
    expect(zipText(zip, 'docProps/app.xml')).toContain('<Application>Microsoft Excel</Application>');
    const strings = zipText(zip, 'xl/sharedStrings.xml');
    expect(strings).toContain('<si><r><rPr><b/></rPr><t xml:space="preserve">Nguyễn </t></r>');
    expect(zipText(zip, 'xl/styles.xml')).toContain('<cellXfs');
    const sheet = zipText(zip, 'xl/worksheets/sheet1.xml');
    expect(sheet).toMatch(/<c r="A12"[^>]*><f>A11\+1<\/f><v>2<\/v><\/c>/u);
    expect(sheet).toMatch(/<c r="B7"[^>]*t="s"/u); // a shared string, as Excel writes text
  });

  it('reads to the same people', async () => {
    expectTheList(await readPeopleSheet(fixture('excel-like.xlsx')));
  });
});
