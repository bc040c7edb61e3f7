import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportSummary, Person, TeamSummary } from '../../../shared/contract/types';
import type { Backend } from '../backend';
import { contractCaller, tempBackend } from '../../../test-support/temp';

let backend: Backend;
beforeEach(async () => {
  backend = await tempBackend();
});
afterEach(() => backend.close());
const { call } = contractCaller(() => backend);

type Cell = string | number | null;
async function upload(rows: Cell[][], fileName = 'danh-sach.xlsx') {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('DS');
  rows.forEach((r, i) => r.forEach((v, j) => v !== null && (sheet.getCell(i + 1, j + 1).value = v)));
  const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
  return { fileName, base64: bytes.toString('base64') };
}

const header: Cell[] = [
  'STT',
  'Họ và tên',
  'Năm sinh',
  'Chức vụ, đơn vị công tác',
  'Chức danh trong Tổ',
  'Số điện thoại',
];
const villageSheet: Cell[][] = [
  ['ỦY BAN NHÂN DÂN XÃ ĐÔNG SƠN'],
  ['DANH SÁCH THÀNH VIÊN TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG'],
  ['(Kèm theo Quyết định số 07/QĐ-UBND ngày 05/9/2022 của UBND xã Đông Sơn)'],
  [],
  header,
  ['I. THÔN AN HẢI'],
  [1, 'Nguyễn Văn An', 1978, 'Trưởng thôn An Hải', 'Tổ trưởng', '0912.345.678'],
  [2, 'Trần Thị Bình', '1996', 'Bí thư Chi đoàn thôn An Hải', 'TỔ PHÓ', 912000111],
  [3, 'Lê Thị Cúc', 1985, 'Chi hội trưởng Hội Phụ nữ thôn', 'TV', null],
  ['II. THÔN ĐỊNH TÂN'],
  [1, 'Nguyễn Văn An', 1978, 'Trưởng thôn An Hải', 'Thành viên', '+84 912 345 678'],
  [2, 'Nguyễn Văn An', 1990, 'Đoàn viên', 'tổ viên', null],
];

describe('people import', () => {
  it('shows a dry run that writes nothing, then applies all of it', async () => {
    const file = await upload(villageSheet);
    const dry = await call<ImportSummary>('previewPeopleImport', file);
    expect(dry).toMatchObject({
      applied: false,
      rowsRead: 5,
      // The An of Định Tân with the same phone is the same person; the other An (1990) is another.
      people: { added: 4, matched: 1, skipped: 0 },
      memberships: { added: 5, unchanged: 0 },
      conflicts: [],
      villagesCreated: ['Thôn An Hải', 'Thôn Định Tân'],
      errors: [],
    });
    expect(dry.teamsCreated).toHaveLength(2);
    expect((await call<{ counts: Record<string, number> }>('getInfo')).counts).toEqual({
      villages: 0,
      people: 0,
      teams: 0,
      memberships: 0,
    });

    expect(dry.matches).toEqual([
      expect.objectContaining({
        row: 11,
        fullName: 'Nguyễn Văn An',
        reason: expect.stringMatching(/cùng họ tên và số điện thoại/u),
      }),
    ]);
    const applied = await call<ImportSummary>('applyPeopleImport', file);
    expect(applied).toMatchObject({ applied: true, people: { added: 4, matched: 1 } });
    const people = await call<Person[]>('listPeople');
    expect(people.map((p) => `${p.fullName}|${p.birthYear}|${p.phone}`).sort()).toEqual([
      'Lê Thị Cúc|1985|null',
      'Nguyễn Văn An|1978|0912345678',
      'Nguyễn Văn An|1990|null',
      'Trần Thị Bình|1996|0912000111',
    ]);
    // Tags come from the positions, so the rules work right after an import.
    expect(people.find((p) => p.fullName === 'Trần Thị Bình')?.tags).toEqual(['youth_union_secretary']);
    const teams = await call<TeamSummary[]>('listTeams');
    const anHai = teams.find((t) => t.villageName === 'Thôn An Hải');
    expect(anHai?.members.map((m) => `${m.fullName}:${m.role}`)).toEqual([
      'Nguyễn Văn An:leader',
      'Trần Thị Bình:deputy',
      'Lê Thị Cúc:member',
    ]);
    expect(teams.find((t) => t.villageName === 'Thôn Định Tân')?.members).toHaveLength(2);
  });

  it('changes nothing when the same sheet is imported again', async () => {
    const file = await upload(villageSheet);
    await call('applyPeopleImport', file);
    const before = await call<{ counts: Record<string, number> }>('getInfo');
    const again = await call<ImportSummary>('applyPeopleImport', file);
    expect(again).toMatchObject({
      applied: true,
      people: { added: 0, matched: 5, skipped: 0 },
      conflicts: [],
      memberships: { added: 0, unchanged: 5 },
      villagesCreated: [],
      teamsCreated: [],
    });
    expect((await call<{ counts: Record<string, number> }>('getInfo')).counts).toEqual(before.counts);
  });

  it('takes a section named without its kind word for the village the register has', async () => {
    await call('createVillage', { name: 'Thôn An Hải', kind: 'thon', households: 10 });
    const result = await call<ImportSummary>(
      'previewPeopleImport',
      await upload([header, ['AN HẢI'], [1, 'Lê Văn Tám', 1980, 'Đoàn viên', 'Thành viên', null]]),
    );
    expect(result.villagesCreated).toEqual([]);
  });

  it('asks about the same name and year with another phone instead of guessing', async () => {
    const result = await call<ImportSummary>(
      'previewPeopleImport',
      await upload([
        header,
        [1, 'Nguyễn Văn An', 1980, 'Đoàn viên', 'Thành viên', '0905111222'],
        [2, 'Nguyễn Văn An', 1980, 'Đoàn viên', 'Thành viên', '0905333444'],
        [3, 'Nguyễn Văn An', 1980, 'Đoàn viên', 'Thành viên', null],
      ]),
    );
    // Row 2 may be row 1 with a new phone or a namesake: a question, not a merge nor a new person.
    expect(result.people).toEqual({ added: 1, matched: 1, skipped: 0 });
    expect(result.conflicts.map((c) => [c.row, c.candidate.sheetRow, c.action])).toEqual([[3, 2, null]]);
    expect(result.conflicts[0]?.reason).toMatch(/khác số điện thoại/u);
  });

  it('applies nothing at all when any row has an error, naming the row', async () => {
    const rows = [...villageSheet];
    rows.splice(8, 0, [3, null, 1980, 'Công an viên', 'Thành viên', '0905123456']);
    const result = await call<ImportSummary>('applyPeopleImport', await upload(rows));
    expect(result.applied).toBe(false);
    expect(result.errors.map((e) => e.row)).toEqual([9]);
    expect((await call<{ counts: Record<string, number> }>('getInfo')).counts.people).toBe(0);
    expect((await call<{ counts: Record<string, number> }>('getInfo')).counts.villages).toBe(0);
  });

  it('puts rows without a village into the commune team, and matches existing villages and people', async () => {
    await call('loadDemo');
    const before = await call<{ counts: Record<string, number> }>('getInfo');
    const result = await call<ImportSummary>(
      'previewPeopleImport',
      await upload([
        header,
        [1, 'Trần Văn Thành', 1975, 'Chủ tịch UBND xã', 'Tổ trưởng', null],
        [2, 'Hồ Văn Mới', 2001, 'Đoàn viên', 'Thành viên', '0935000111'],
      ]),
    );
    expect(result).toMatchObject({
      people: { added: 1, matched: 1 },
      memberships: { added: 1, unchanged: 1 },
      teamsCreated: [],
      villagesCreated: [],
    });
    expect((await call<{ counts: Record<string, number> }>('getInfo')).counts).toEqual(before.counts);
  });

  it('shows every empty field of a matched person it fills, and never overwrites one with a value', async () => {
    const saved = await call<{ person: Person }>('createPerson', {
      fullName: 'Nguyễn Văn An',
      birthYear: 1978,
      position: 'Trưởng ban công tác Mặt trận',
    });
    const file = await upload([
      header,
      ['THÔN AN HẢI'],
      [1, 'Nguyễn Văn An', 1978, 'Trưởng thôn An Hải', 'Tổ trưởng', '0912.345.678'],
    ]);
    const dry = await call<ImportSummary>('previewPeopleImport', file);
    expect(dry.people).toMatchObject({ added: 0, matched: 1 });
    expect(dry.fills).toEqual([
      {
        row: 3,
        personId: saved.person.id,
        fullName: 'Nguyễn Văn An',
        fields: [
          { field: 'phone', label: 'Số điện thoại', value: '0912 345 678' },
          { field: 'village', label: 'Thôn, tổ dân phố', value: 'Thôn An Hải' },
        ],
      },
    ]);
    const applied = await call<ImportSummary>('applyPeopleImport', { ...file, startDate: '2022-09-05' });
    expect(applied).toMatchObject({ applied: true, fills: dry.fills });
    const [an] = await call<Person[]>('listPeople');
    expect(an).toMatchObject({
      phone: '0912345678',
      villageName: 'Thôn An Hải',
      position: 'Trưởng ban công tác Mặt trận',
    });
    // Nothing left to fill: the same sheet again reports no fills.
    expect((await call<ImportSummary>('previewPeopleImport', file)).fills).toEqual([]);
  });

  it('refuses a file that is not a spreadsheet with a Vietnamese message, writing nothing', async () => {
    const result = await backend.dispatch('previewPeopleImport', {
      fileName: 'danh-sach.xlsx',
      base64: Buffer.from('không phải tệp Excel').toString('base64'),
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/[ĐđTt]ệp|Excel/u);
  });
});
