/** An import never merges two people on a guess: a look-alike row is a question for the officer. */
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
const { call, refused } = contractCaller(() => backend);

type Cell = string | number | null;
async function upload(rows: Cell[][]) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('DS');
  rows.forEach((r, i) => r.forEach((v, j) => v !== null && (sheet.getCell(i + 1, j + 1).value = v)));
  return {
    fileName: 'danh-sach.xlsx',
    base64: Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64'),
  };
}

const title: Cell[] = ['(Kèm theo Quyết định số 07/QĐ-UBND ngày 05/9/2022 của UBND xã Đông Sơn)'];
const header: Cell[] = [
  'STT',
  'Họ và tên',
  'Năm sinh',
  'Chức vụ, đơn vị công tác',
  'Chức danh trong Tổ',
  'Số điện thoại',
];
/** The register before: Trần Văn Nam leads the team of Thôn An Hải. */
const first: Cell[][] = [
  title,
  header,
  ['THÔN AN HẢI'],
  [1, 'Trần Văn Nam', 1985, 'Trưởng thôn', 'Tổ trưởng', '0905 123 456'],
];
/** Bình of Thôn Định Tân shares Nam's phone (typed without its 0). Row 4. */
const second: Cell[][] = [
  title,
  header,
  ['THÔN ĐỊNH TÂN'],
  [1, 'Trần Văn Bình', 1972, 'Trưởng thôn', 'Tổ trưởng', 905123456],
];

const counts = async () => (await call<{ counts: Record<string, number> }>('getInfo')).counts;
const peopleLines = async () =>
  (await call<Person[]>('listPeople')).map((p) => `${p.fullName}|${p.birthYear}|${p.phone}`).sort();
const leaders = async () =>
  (await call<TeamSummary[]>('listTeams'))
    .map(
      (t) =>
        `${t.villageName}: ${t.members
          .filter((m) => m.role === 'leader')
          .map((m) => m.fullName)
          .join(', ')}`,
    )
    .sort();

describe('people import: conflicts', () => {
  it('never merges "Trần Văn Bình, 1972, 905123456" into "Trần Văn Nam, 1985, 0905 123 456"', async () => {
    await call('applyPeopleImport', await upload(first));
    const nam = (await call<Person[]>('listPeople'))[0];
    const before = await counts();
    const file = await upload(second);

    const dry = await call<ImportSummary>('previewPeopleImport', file);
    expect(dry.matches).toEqual([]);
    expect(dry.conflicts).toEqual([
      {
        row: 4,
        fullName: 'Trần Văn Bình',
        birthYear: 1972,
        phone: '0905123456',
        candidate: {
          personId: nam?.id,
          fullName: 'Trần Văn Nam',
          birthYear: 1985,
          phone: '0905123456',
          sheetRow: null,
        },
        reason:
          'cùng số điện thoại 0905 123 456 với Trần Văn Nam (1985, 0905 123 456) trong sổ nhưng khác họ tên',
        action: null,
      },
    ]);
    expect(dry.people).toEqual({ added: 0, matched: 0, skipped: 0 });
    expect(dry.memberships.added).toBe(0);
    // Nothing is planned for an undecided row, not even its village.
    expect(dry.villagesCreated).toEqual([]);

    // Undecided: apply refuses and writes nothing.
    const undecided = await call<ImportSummary>('applyPeopleImport', file);
    expect(undecided.applied).toBe(false);
    expect(undecided.conflicts.map((c) => c.action)).toEqual([null]);
    expect(await counts()).toEqual(before);

    const applied = await call<ImportSummary>('applyPeopleImport', {
      ...file,
      decisions: [{ row: 4, action: 'new' }],
    });
    expect(applied).toMatchObject({ applied: true, people: { added: 1, matched: 0, skipped: 0 } });
    expect(await peopleLines()).toEqual(['Trần Văn Bình|1972|0905123456', 'Trần Văn Nam|1985|0905123456']);
    expect(await leaders()).toEqual(['Thôn An Hải: Trần Văn Nam', 'Thôn Định Tân: Trần Văn Bình']);

    // Importing the same sheet again: Bình is now a certain match (same name and phone); nothing changes.
    const afterFirst = await counts();
    const again = await call<ImportSummary>('applyPeopleImport', file);
    expect(again).toMatchObject({ applied: true, conflicts: [], people: { added: 0, matched: 1 } });
    expect(again.matches.map((m) => [m.row, m.person.fullName])).toEqual([[4, 'Trần Văn Bình']]);
    expect(await counts()).toEqual(afterFirst);

    // A choice left for a row that is now a certain match is not used, and the dry run says so.
    const stale = await call<ImportSummary>('previewPeopleImport', {
      ...file,
      decisions: [{ row: 4, action: 'new' }],
    });
    expect(stale.people.added).toBe(0);
    expect(stale.warnings).toContainEqual({
      row: 4,
      message:
        'Dòng 4: đã chọn cách xử lý dòng trùng nhưng dòng này không phải dòng trùng; lựa chọn đó không được dùng.',
    });
  });

  it('skips a conflicting row, or takes it as the same person, when the officer says so', async () => {
    await call('applyPeopleImport', await upload(first));
    const file = await upload(second);
    const skipped = await call<ImportSummary>('applyPeopleImport', {
      ...file,
      decisions: [{ row: 4, action: 'skip' }],
    });
    expect(skipped).toMatchObject({ applied: true, people: { added: 0, matched: 0, skipped: 1 } });
    expect(await peopleLines()).toEqual(['Trần Văn Nam|1985|0905123456']);

    const same = await call<ImportSummary>('applyPeopleImport', {
      ...file,
      decisions: [{ row: 4, action: 'same' }],
    });
    expect(same).toMatchObject({ applied: true, people: { added: 0, matched: 1 } });
    expect(await peopleLines()).toEqual(['Trần Văn Nam|1985|0905123456']);
    expect(await leaders()).toEqual(['Thôn An Hải: Trần Văn Nam', 'Thôn Định Tân: Trần Văn Nam']);
  });

  it('asks about the same name and year with a different phone; an exact match stays certain', async () => {
    await call('applyPeopleImport', await upload(first));
    const file = await upload([
      title,
      header,
      ['THÔN AN HẢI'],
      [1, 'Trần Văn Nam', 1985, 'Trưởng thôn', 'Tổ trưởng', '0905123456'],
      [2, 'Trần Văn Nam', 1985, 'Đoàn viên', 'Thành viên', '0977000111'],
      [3, 'Trần Văn Nam', 1985, 'Đoàn viên', 'Thành viên', null],
    ]);
    const dry = await call<ImportSummary>('previewPeopleImport', file);
    expect(dry.matches.map((m) => [m.row, m.reason])).toEqual([
      [4, 'cùng họ tên và số điện thoại 0905 123 456'],
      [6, 'cùng họ tên và năm sinh 1985; bảng tính không ghi số điện thoại'],
    ]);
    expect(dry.conflicts.map((c) => [c.row, c.reason])).toEqual([
      [
        5,
        'cùng họ tên và năm sinh với Trần Văn Nam (1985, 0905 123 456) trong sổ nhưng khác số điện thoại (bảng tính ghi 0977 000 111)',
      ],
    ]);
    // Once row 5 is a new person, row 6 (no phone) could be either Nam: asked too, not guessed.
    const partly = await call<ImportSummary>('applyPeopleImport', {
      ...file,
      decisions: [{ row: 5, action: 'new' }],
    });
    expect(partly.applied).toBe(false);
    expect(partly.conflicts.map((c) => [c.row, c.action])).toEqual([
      [5, 'new'],
      [6, null],
    ]);
    expect(partly.conflicts[1]?.reason).toMatch(/^có 2 người cùng họ tên và năm sinh 1985/u);
    const applied = await call<ImportSummary>('applyPeopleImport', {
      ...file,
      decisions: [
        { row: 5, action: 'new' },
        { row: 6, action: 'same' },
      ],
    });
    expect(applied).toMatchObject({ applied: true, people: { added: 1, matched: 2 } });
    expect(await peopleLines()).toEqual(['Trần Văn Nam|1985|0905123456', 'Trần Văn Nam|1985|0977000111']);
  });

  it('--on-conflict skip (the CLI) decides every conflict not decided row by row', async () => {
    await call('applyPeopleImport', await upload(first));
    const applied = await call<ImportSummary>('applyPeopleImport', {
      ...(await upload(second)),
      onConflict: 'skip',
    });
    expect(applied).toMatchObject({ applied: true, people: { added: 0, matched: 0, skipped: 1 } });
    expect(applied.conflicts.map((c) => c.action)).toEqual(['skip']);
    expect(await peopleLines()).toEqual(['Trần Văn Nam|1985|0905123456']);
  });

  it('refuses a decision that is not one of the three, in Vietnamese, writing nothing', async () => {
    const error = await refused('applyPeopleImport', {
      ...(await upload(second)),
      decisions: [{ row: 4, action: 'merge' }],
    });
    expect(error.message).toMatch(/cùng một người.*người mới.*bỏ qua/u);
    expect((await counts()).people).toBe(0);
  });
});
