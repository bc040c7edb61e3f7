/** The template and exports: their look, and that reading them back gives the same people. */
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPeopleSheet } from './read-people';
import { readZip, tempDir, zipText } from '../../../test-support/sheets';
import {
  templateExamples,
  writePeopleExport,
  writePeopleTemplate,
  writeTeamMembersExport,
  type ExportMember,
  type ExportPerson,
} from './write';

function saved(bytes: Buffer, name = 'xuat.xlsx'): string {
  const file = path.join(tempDir(), name);
  fs.writeFileSync(file, bytes);
  return file;
}

async function opened(bytes: Buffer): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const sheet = workbook.worksheets[0];
  if (sheet === undefined) throw new Error('no sheet');
  return sheet;
}

describe('writePeopleTemplate', () => {
  it('reads back to its two example rows', async () => {
    const result = await readPeopleSheet(saved(await writePeopleTemplate('Xã Đông Sơn')));
    expect(result.headerRow).toBe(5);
    expect(result.problems).toEqual([]);
    expect(result.rows).toEqual([
      {
        row: 6,
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
        row: 7,
        fullName: 'Trần Thị Bình',
        gender: 'female',
        birthYear: 1996,
        phone: '0987654321',
        position: 'Bí thư Chi đoàn thôn An Hải',
        role: 'deputy',
        villageName: 'Thôn An Hải',
        teamName: null,
        notes: 'Đoàn viên',
        startDate: null,
      },
    ]);
    expect(templateExamples).toHaveLength(2);
  });

  it('has the title rows, the header, grey italic examples, text phones and the print setup', async () => {
    const sheet = await opened(await writePeopleTemplate('ỦY BAN NHÂN DÂN XÃ ĐÔNG SƠN'));
    expect(sheet.getCell('A1').value).toBe('ỦY BAN NHÂN DÂN XÃ ĐÔNG SƠN');
    expect(sheet.getCell('A2').value).toBe('DANH SÁCH THÀNH VIÊN TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG');
    expect(sheet.getRow(5).values).toEqual([
      undefined,
      'STT',
      'Họ và tên',
      'Giới tính',
      'Năm sinh',
      'Chức vụ, đơn vị công tác',
      'Chức danh trong Tổ',
      'Số điện thoại',
      'Thôn, tổ dân phố',
      'Ghi chú',
    ]);
    expect(sheet.getCell('B5').font?.bold).toBe(true);
    expect(sheet.getCell('B6').font).toMatchObject({ italic: true, color: { argb: 'FF808080' } });
    expect(sheet.getCell('G6').value).toBe('0912345678');
    expect(sheet.getCell('G6').numFmt).toBe('@');
    expect(sheet.getCell('G300').numFmt).toBe('@');
    expect(sheet.getColumn(2).width).toBe(26);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 5 });
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToWidth: 1 });
  });

  it('offers drop-down lists for Giới tính and Chức danh trong Tổ', async () => {
    const xml = zipText(readZip(await writePeopleTemplate()), 'xl/worksheets/sheet1.xml');
    expect(xml).toContain('<dataValidations count="2">');
    expect(xml).toMatch(
      /<dataValidation type="list"[^>]*sqref="C6:C505"><formula1>&quot;Nam,Nữ&quot;<\/formula1>/u,
    );
    expect(xml).toMatch(
      /<dataValidation type="list"[^>]*sqref="F6:F505"><formula1>&quot;Tổ trưởng,Tổ phó thường trực,Tổ phó,Thành viên&quot;<\/formula1>/u,
    );
  });

  it('prints a placeholder issuer when the commune is not set up, and a guide sheet', async () => {
    const bytes = await writePeopleTemplate();
    const sheet = await opened(bytes);
    expect(sheet.getCell('A1').value).toBe('ỦY BAN NHÂN DÂN XÃ ……………');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Danh sách', 'Hướng dẫn']);
  });
});

const people: ExportPerson[] = [
  {
    fullName: 'Nguyễn Văn An',
    gender: 'Nam',
    birthYear: 1978,
    phone: '0912345678',
    position: 'Trưởng thôn An Hải',
    villageName: 'Thôn An Hải',
    tags: ['Trưởng thôn, tổ trưởng tổ dân phố', 'Bí thư Chi bộ'],
    notes: null,
    archived: false,
  },
  {
    fullName: 'Trần Thị Bình',
    gender: 'female',
    birthYear: null,
    phone: '02553822123',
    position: 'Chủ tịch Hội Phụ nữ xã',
    villageName: null,
    tags: [],
    notes: 'Nghỉ từ 01/2026',
    archived: true,
  },
  {
    fullName: 'Lê Văn Cường',
    gender: null,
    birthYear: 2001,
    phone: null,
    position: null,
    villageName: 'Tổ dân phố 3',
    tags: ['Đoàn viên'],
    notes: null,
    archived: false,
  },
  {
    fullName: 'Phạm Thị Dung',
    gender: 'Nữ',
    birthYear: 1990,
    phone: '0389123456',
    position: 'Giáo viên Tin học Trường THCS Bình Hiệp',
    villageName: 'Thôn 1A',
    tags: ['Giáo viên Tin học'],
    notes: null,
    archived: false,
  },
];

describe('writePeopleExport', () => {
  it('reads back to the same people', async () => {
    const bytes = await writePeopleExport(people, {
      communeName: 'Xã Đông Sơn',
      title: 'DANH SÁCH NGƯỜI THAM GIA',
    });
    const result = await readPeopleSheet(saved(bytes));
    expect(result.problems).toEqual([]);
    expect(
      result.rows.map((r) => ({
        fullName: r.fullName,
        gender: r.gender,
        birthYear: r.birthYear,
        phone: r.phone,
        position: r.position,
        villageName: r.villageName,
        notes: r.notes,
      })),
    ).toEqual([
      { ...pick(people[0]), gender: 'male' },
      { ...pick(people[1]), gender: 'female' },
      { ...pick(people[2]), gender: null },
      { ...pick(people[3]), gender: 'female' },
    ]);
  });

  it('prints the issuer, the title, bold bordered headers, phones as text, tags, status and a total', async () => {
    const bytes = await writePeopleExport(people, {
      communeName: 'Xã Đông Sơn',
      title: 'DANH SÁCH NGƯỜI THAM GIA',
      asOf: '2026-03-05',
    });
    const sheet = await opened(bytes);
    expect(sheet.getCell('A1').value).toBe('ỦY BAN NHÂN DÂN XÃ ĐÔNG SƠN');
    expect(sheet.getCell('A3').value).toBe('DANH SÁCH NGƯỜI THAM GIA');
    expect(sheet.getCell('A4').value).toBe('(Tính đến ngày 05/03/2026)');
    expect(sheet.getCell('B6').value).toBe('Họ và tên');
    expect(sheet.getCell('B6').font?.bold).toBe(true);
    expect(sheet.getCell('B6').border?.bottom?.style).toBe('thin');
    expect(sheet.getCell('F7').value).toBe('0912345678');
    expect(sheet.getCell('F7').numFmt).toBe('@');
    expect(sheet.getCell('F8').value).toBe('02553822123');
    expect(sheet.getCell('H7').value).toBe('Trưởng thôn, tổ trưởng tổ dân phố; Bí thư Chi bộ');
    expect(sheet.getCell('J8').value).toBe('Đã lưu trữ');
    expect(sheet.getCell('J7').value).toBeNull();
    expect(sheet.getCell('A12').value).toBe('Tổng cộng: 4 người');
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape' });
  });

  it("never writes a cell over Excel's 32,767 characters; a longer old text is cut with a mark", async () => {
    const long = { ...people[0], fullName: `Nguyễn ${'A'.repeat(1_048_580)}`, notes: 'x'.repeat(40_000) };
    const bytes = await writePeopleExport([long as ExportPerson], {
      communeName: 'Xã Đông Sơn',
      title: 'DS',
    });
    const sheet = await opened(bytes);
    const texts: string[] = [];
    sheet.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value ?? ''))));
    expect(Math.max(...texts.map((t) => t.length))).toBe(32_767);
    const name = String(sheet.getCell('B7').value);
    expect(name.startsWith('Nguyễn AAA')).toBe(true);
    expect(
      name.endsWith('[ĐÃ CẮT BỚT: một ô Excel chứa tối đa 32.767 ký tự; xem bản đầy đủ trong ứng dụng]'),
    ).toBe(true);
  });
});

function pick(p: ExportPerson | undefined): Omit<ExportPerson, 'tags' | 'archived'> {
  if (p === undefined) throw new Error('missing');
  return {
    fullName: p.fullName,
    gender: p.gender,
    birthYear: p.birthYear,
    phone: p.phone,
    position: p.position,
    villageName: p.villageName,
    notes: p.notes,
  };
}

const members: ExportMember[] = [
  {
    fullName: 'Nguyễn Văn An',
    gender: 'Nam',
    birthYear: 1978,
    phone: '0912345678',
    position: 'Trưởng thôn',
    roleLabel: 'Tổ trưởng',
    startDate: '2022-08-15',
    endDate: null,
  },
  {
    fullName: 'Trần Thị Bình',
    gender: 'Nữ',
    birthYear: 1996,
    phone: '0987654321',
    position: 'Bí thư Chi đoàn',
    roleLabel: 'Tổ phó thường trực',
    startDate: '2022-08-15',
    endDate: '2025-12-31',
  },
  {
    fullName: 'Lê Văn Cường',
    gender: null,
    birthYear: null,
    phone: null,
    position: null,
    roleLabel: 'Thành viên',
    startDate: '2026-01-05',
    endDate: null,
  },
];

describe('writeTeamMembersExport', () => {
  const write = (): Promise<Buffer> =>
    writeTeamMembersExport({ name: 'Tổ CNSCĐ thôn An Hải', villageName: 'Thôn An Hải' }, members, {
      communeName: 'Xã Đông Sơn',
      title: 'DANH SÁCH THÀNH VIÊN TỔ CNSCĐ THÔN AN HẢI',
    });

  it('reads back to the same members, roles and village', async () => {
    const result = await readPeopleSheet(saved(await write()));
    expect(result.problems).toEqual([]);
    expect(
      result.rows.map((r) => [r.fullName, r.gender, r.birthYear, r.phone, r.position, r.role, r.villageName]),
    ).toEqual([
      ['Nguyễn Văn An', 'male', 1978, '0912345678', 'Trưởng thôn', 'leader', 'Thôn An Hải'],
      ['Trần Thị Bình', 'female', 1996, '0987654321', 'Bí thư Chi đoàn', 'standing_deputy', 'Thôn An Hải'],
      ['Lê Văn Cường', null, null, null, null, 'member', 'Thôn An Hải'],
    ]);
  });

  it('prints dates as dd/mm/yyyy and leaves an open end empty', async () => {
    const sheet = await opened(await write());
    const header = 7;
    expect(sheet.getCell(header, 8).value).toBe('Ngày vào Tổ');
    expect(sheet.getCell(header + 1, 8).value).toBe('15/08/2022');
    expect(sheet.getCell(header + 1, 9).value).toBeNull();
    expect(sheet.getCell(header + 2, 9).value).toBe('31/12/2025');
    expect(sheet.getCell(header + 1, 7).numFmt).toBe('@');
    expect(sheet.getCell('A4').value).toBe('Địa bàn: Thôn An Hải');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: header });
  });
});
