/** `people import`, `people list`, `people export` in-process through runCli, on real SQLite files. */
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Person, PersonSaved } from '../../shared/contract/types';
import { genders, personTags } from '../../shared/domain/teams';
import { comparePersonNames } from '../../shared/vi/names';
import type { FileWrittenJson, ImportJson, PersonJson } from './shapes';
import { cliHarness, fileHash, initArgs, uuid, type CliHarness } from '../../test-support/cli';

type Cell = string | number | null;

const header = ['STT', 'Họ và tên', 'Năm sinh', 'Chức vụ', 'Chức danh trong Tổ', 'Số điện thoại', 'Thôn'];

/** Rows of the sheet start at row 5: three title rows (the decision on row 3), the header on row 4. */
const FIRST_DATA_ROW = 5;

const goodRows: Cell[][] = [
  [
    1,
    'Nguyễn Thị Huệ',
    1990,
    'Giáo viên Tin học Trường THCS Bình Châu',
    'Tổ trưởng',
    '0912.345.678',
    'Thôn An Hải',
  ],
  // A number cell: Excel dropped the leading zero.
  [2, 'Trần Văn Bình', '1985', 'Trưởng thôn An Hải', 'Tổ phó', 912345679, 'Thôn An Hải'],
  [3, 'Lê Văn Cường', 1978, 'Chi hội trưởng Hội Nông dân', 'Thành viên', '+84 98 765 4321', 'Thôn Mới Lập'],
];

const decisionTitle = '(Kèm theo Quyết định số 12/QĐ-UBND ngày 15/3/2024 của UBND xã Đông Sơn)';

async function writeSheet(file: string, rows: readonly Cell[][], title = decisionTitle): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Danh sách');
  sheet.addRow(['ỦY BAN NHÂN DÂN XÃ ĐÔNG SƠN']);
  sheet.mergeCells('A1:G1');
  sheet.addRow(['DANH SÁCH THÀNH VIÊN TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG']);
  sheet.mergeCells('A2:G2');
  sheet.addRow([title]);
  sheet.addRow(header);
  for (const row of rows) sheet.addRow(row);
  await workbook.xlsx.writeFile(file);
}

let h: CliHarness;
let sheet: string;

beforeEach(async () => {
  h = cliHarness('to-cnscd-cli-people-');
  sheet = path.join(h.dir, 'danh-sach.xlsx');
  await writeSheet(sheet, goodRows);
});

async function importJson(args: readonly string[]): Promise<ImportJson> {
  return (await h.json(['people', 'import', ...args])) as ImportJson;
}

describe('people import', () => {
  beforeEach(async () => {
    await h.json([...initArgs]);
  });

  it('--dry-run reports the plan and writes nothing', async () => {
    const before = await h.counts();
    const hash = fileHash(h.db);
    const summary = await importJson(['danh-sach.xlsx', '--dry-run']);
    expect(Object.keys(summary)).toEqual([
      'fileName',
      'dryRun',
      'applied',
      'rowsRead',
      'people',
      'memberships',
      'villagesCreated',
      'teamsCreated',
      'errors',
      'warnings',
      'matches',
      'conflicts',
      'fills',
      'startDate',
    ]);
    expect(summary).toMatchObject({
      fileName: 'danh-sach.xlsx',
      dryRun: true,
      applied: false,
      rowsRead: 3,
      people: { added: 3, matched: 0 },
      memberships: { added: 3, unchanged: 0 },
      errors: [],
    });
    expect([...summary.villagesCreated].sort()).toEqual(['Thôn An Hải', 'Thôn Mới Lập']);
    expect(summary.teamsCreated).toHaveLength(2);
    expect(await h.counts()).toEqual(before);
    expect(fileHash(h.db)).toBe(hash);
  });

  it('applies, and re-applying the same sheet changes nothing', async () => {
    const first = await importJson(['danh-sach.xlsx']);
    expect(first).toMatchObject({
      dryRun: false,
      applied: true,
      rowsRead: 3,
      people: { added: 3, matched: 0 },
      memberships: { added: 3, unchanged: 0 },
      errors: [],
    });
    const after = await h.counts();
    expect(after).toMatchObject({ people: 3, memberships: 3, villages: 2, teams: 2 });

    const second = await importJson(['danh-sach.xlsx']);
    expect(second).toMatchObject({
      applied: true,
      people: { added: 0, matched: 3 },
      memberships: { added: 0, unchanged: 3 },
      villagesCreated: [],
      teamsCreated: [],
      errors: [],
    });
    expect(await h.counts()).toEqual(after);
  });

  it('a row without a name: exit 1, every problem listed, nothing applied', async () => {
    const bad = path.join(h.dir, 'thieu-ten.xlsx');
    await writeSheet(bad, [
      ...goodRows,
      [4, '', 1980, 'Cán bộ Văn hóa', 'Thành viên', '0987000111', 'Thôn An Hải'],
    ]);
    const badRow = FIRST_DATA_ROW + 3;
    const before = await h.counts();
    const hash = fileHash(h.db);

    const result = await h.cli(['people', 'import', bad, '--json']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^Lỗi: Tệp «thieu-ten\.xlsx» có 1 lỗi nên chưa nhập gì/u);
    const summary = JSON.parse(result.stdout) as ImportJson;
    expect(summary.applied).toBe(false);
    expect(summary.errors).toHaveLength(1);
    expect(summary.errors[0]?.row).toBe(badRow);
    expect(summary.errors[0]?.message).toMatch(new RegExp(`^Dòng ${badRow}: thiếu họ và tên`, 'u'));
    expect(await h.counts()).toEqual(before);
    expect(fileHash(h.db)).toBe(hash);

    const text = await h.cli(['people', 'import', bad]);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain('có 1 lỗi nên chưa nhập gì');
    expect(text.stdout).toMatch(new RegExp(`^  Dòng ${badRow}: thiếu họ và tên`, 'mu'));

    // The dry run says the same and fails the same way, so a file can be checked before importing.
    const dry = await h.cli(['people', 'import', bad, '--dry-run', '--json']);
    expect(dry.code).toBe(1);
    expect((JSON.parse(dry.stdout) as ImportJson).errors).toEqual(summary.errors);
    expect(await h.counts()).toEqual(before);
  });

  it('a row like a registered person but different: exit 1 listing it, nothing written, unless --on-conflict', async () => {
    await importJson(['danh-sach.xlsx']);
    const clash = path.join(h.dir, 'trung.xlsx');
    // Row 5: Huệ's phone with another name; row 6: Bình's name and year with another phone.
    await writeSheet(clash, [
      [1, 'Trần Văn Bình', 1972, 'Trưởng thôn', 'Tổ trưởng', 912345678, 'Thôn Định Tân'],
      [2, 'Trần Văn Bình', 1985, 'Đoàn viên', 'Thành viên', '0977000111', 'Thôn Định Tân'],
    ]);
    const before = await h.counts();
    const hash = fileHash(h.db);

    const refused = await h.cli(['people', 'import', clash]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(
      'Tệp «trung.xlsx» có 2 dòng giống người đã có nhưng khác thông tin, nên chưa nhập gì:',
    );
    expect(refused.stderr).toContain(
      `Dòng ${FIRST_DATA_ROW}: Trần Văn Bình — cùng số điện thoại 0912 345 678 với Nguyễn Thị Huệ (1990, 0912 345 678) trong sổ nhưng khác họ tên (chưa quyết định).`,
    );
    expect(refused.stderr).toMatch(
      new RegExp(`Dòng ${FIRST_DATA_ROW + 1}: Trần Văn Bình — cùng họ tên và năm sinh`, 'u'),
    );
    expect(refused.stderr).toContain('--on-conflict new');
    expect(refused.stdout).toContain('Dòng trùng cần quyết định (2):');
    expect(await h.counts()).toEqual(before);
    expect(fileHash(h.db)).toBe(hash);

    const skipped = await importJson(['trung.xlsx', '--on-conflict', 'skip']);
    expect(skipped).toMatchObject({ applied: true, people: { added: 0, matched: 0, skipped: 2 } });
    expect(skipped.conflicts.map((c) => [c.row, c.action])).toEqual([
      [FIRST_DATA_ROW, 'skip'],
      [FIRST_DATA_ROW + 1, 'skip'],
    ]);
    const added = await importJson(['trung.xlsx', '--on-conflict', 'new']);
    expect(added).toMatchObject({ applied: true, people: { added: 2, matched: 0, skipped: 0 } });
    expect((await h.counts()).people).toBe((before.people ?? 0) + 2);
  });

  it('--on-conflict takes only new or skip (exit 2)', async () => {
    const result = await h.cli(['people', 'import', 'danh-sach.xlsx', '--on-conflict', 'same']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      '--on-conflict chỉ nhận new (nhập thành người mới) hoặc skip (bỏ qua dòng)',
    );
  });

  it('memberships start on the title’s decision date, or --start-date; with neither: exit 1, nothing written', async () => {
    const dry = await importJson(['danh-sach.xlsx', '--dry-run']);
    expect(dry.startDate).toMatchObject({
      date: '2024-03-15',
      source: 'title',
      titleText: 'Quyết định số 12/QĐ-UBND ngày 15/3/2024',
    });
    const text = await h.cli(['people', 'import', 'danh-sach.xlsx', '--dry-run']);
    expect(text.stdout).toMatch(
      /Ngày bắt đầu tham gia Tổ: +15\/03\/2024 \(theo tiêu đề bảng tính «Quyết định số 12\/QĐ-UBND ngày 15\/3\/2024»\)/u,
    );

    const undated = path.join(h.dir, 'khong-ngay.xlsx');
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet('DS');
    ws.addRow(header);
    ws.addRow(goodRows[0] ?? []);
    await workbook.xlsx.writeFile(undated);
    const before = await h.counts();
    const refused = await h.cli(['people', 'import', undated]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('không ghi ngày bắt đầu tham gia Tổ');
    expect(refused.stderr).toContain('--start-date YYYY-MM-DD');
    expect(await h.counts()).toEqual(before);

    const typed = await importJson(['khong-ngay.xlsx', '--start-date', '2023-11-20']);
    expect(typed).toMatchObject({ applied: true, startDate: { date: '2023-11-20', source: 'typed' } });
    const bad = await h.cli(['people', 'import', undated, '--start-date', '20/11/2023']);
    expect(bad.code).toBe(2);
  });

  it('a title date outside 2000–2100: exit 1 naming it, nothing written; --start-date then wins', async () => {
    const far = path.join(h.dir, 'nam-2202.xlsx');
    await writeSheet(
      far,
      goodRows,
      '(Kèm theo Quyết định số 07/QĐ-UBND ngày 05/9/2202 của UBND xã Đông Sơn)',
    );
    const before = await h.counts();
    const hash = fileHash(h.db);
    const refused = await h.cli(['people', 'import', far, '--json']);
    expect(refused.code).toBe(1);
    const summary = JSON.parse(refused.stdout) as ImportJson;
    expect(summary).toMatchObject({ applied: false, startDate: { date: null, titleDate: '2202-09-05' } });
    expect(summary.errors).toHaveLength(1);
    expect(summary.errors[0]?.row).toBeNull();
    expect(summary.errors[0]?.message).toContain('«Quyết định số 07/QĐ-UBND ngày 05/9/2202»');
    expect(await h.counts()).toEqual(before);
    expect(fileHash(h.db)).toBe(hash);

    const typed = await importJson(['nam-2202.xlsx', '--start-date', '2022-09-05']);
    expect(typed).toMatchObject({
      applied: true,
      errors: [],
      startDate: { date: '2022-09-05', source: 'typed' },
    });
  });

  it('lists the empty fields of registered people it fills, in text and JSON', async () => {
    const sparse = path.join(h.dir, 'thieu.xlsx');
    await writeSheet(sparse, [[1, 'Nguyễn Thị Huệ', 1990, null, 'Thành viên', null, null]]);
    await importJson(['thieu.xlsx']);
    const dry = await importJson(['danh-sach.xlsx', '--dry-run']);
    expect(dry.fills).toEqual([
      {
        row: FIRST_DATA_ROW,
        personId: expect.stringMatching(uuid),
        fullName: 'Nguyễn Thị Huệ',
        fields: [
          { field: 'phone', label: 'Số điện thoại', value: '0912 345 678' },
          {
            field: 'position',
            label: 'Chức vụ, đơn vị công tác',
            value: 'Giáo viên Tin học Trường THCS Bình Châu',
          },
          { field: 'village', label: 'Thôn, tổ dân phố', value: 'Thôn An Hải' },
        ],
      },
    ]);
    const { code, stdout } = await h.cli(['people', 'import', 'danh-sach.xlsx']);
    expect(code).toBe(0);
    expect(stdout).toContain('Đã bổ sung thông tin còn trống của người đã có trong sổ (1):');
    expect(stdout).toContain(
      `  Dòng ${FIRST_DATA_ROW}: Nguyễn Thị Huệ — Số điện thoại 0912 345 678; Chức vụ, đơn vị công tác Giáo viên Tin học Trường THCS Bình Châu; Thôn, tổ dân phố Thôn An Hải.`,
    );
  });

  it('prints a readable summary, with warnings as "Dòng N: …"', async () => {
    const odd = path.join(h.dir, 'canh-bao.xlsx');
    await writeSheet(odd, [
      [1, 'Phạm Thị Lan', 1992, 'Cán bộ Hội Phụ nữ', 'Tổ trưởng', '12345', 'Thôn An Hải'],
    ]);
    const { code, stdout, stderr } = await h.cli(['people', 'import', odd]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('Đã nhập tệp «canh-bao.xlsx».');
    expect(stdout).toMatch(/Đã thêm người mới: +1/u);
    expect(stdout).toContain('Cảnh báo (1):');
    expect(stdout).toMatch(new RegExp(`^  Dòng ${FIRST_DATA_ROW}: Số điện thoại «12345»`, 'mu'));
    expect(() => JSON.parse(stdout)).toThrow();
  });

  it('a missing file is refused (exit 1) before the database is opened', async () => {
    const fresh = path.join(h.dir, 'chua-co.sqlite3');
    const result = await h.raw(['--db', fresh, 'people', 'import', 'khong-co.xlsx', '--json']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`Lỗi: Không tìm thấy tệp «${path.join(h.dir, 'khong-co.xlsx')}»`);
    expect(fs.existsSync(fresh)).toBe(false);
  });

  it('the file name goes through the contract: a .csv is refused like in the application', async () => {
    fs.writeFileSync(path.join(h.dir, 'danh-sach.csv'), 'Họ và tên\nNguyễn Văn A\n');
    const result = await h.cli(['people', 'import', 'danh-sach.csv']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('Chỉ nhận tệp Excel .xlsx');
  });

  it.each([
    [['people', 'import']],
    [['people', 'import', 'a.xlsx', 'b.xlsx']],
    [['people', 'import', '--dry-run']],
  ])('usage error %j (exit 2)', async (args) => {
    const result = await h.cli(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^Lỗi cú pháp: /u);
    expect(result.stderr).toContain('people import TỆP_EXCEL');
  });
});

describe('people list', () => {
  it('a pure JSON array of people with normalised phones and codes', async () => {
    await h.json([...initArgs]);
    await importJson(['danh-sach.xlsx']);
    const result = await h.cli(['people', 'list', '--json']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout.startsWith('[')).toBe(true);
    const people = JSON.parse(result.stdout) as PersonJson[];
    expect(Array.isArray(people)).toBe(true);
    expect(people).toHaveLength(3);
    for (const p of people) {
      expect(Object.keys(p)).toEqual([
        'id',
        'fullName',
        'gender',
        'birthYear',
        'phone',
        'position',
        'villageId',
        'villageName',
        'tags',
        'notes',
        'archived',
      ]);
      expect(p.id).toMatch(uuid);
      expect(p.phone).toMatch(/^0\d{9}$/u);
      expect(p.archived).toBe(false);
      expect(p.villageId).toMatch(uuid);
    }
    const byName = new Map(people.map((p) => [p.fullName, p]));
    expect(byName.get('Nguyễn Thị Huệ')).toMatchObject({
      phone: '0912345678',
      birthYear: 1990,
      gender: null,
      villageName: 'Thôn An Hải',
      tags: ['it_teacher'],
    });
    expect(byName.get('Trần Văn Bình')).toMatchObject({ phone: '0912345679', birthYear: 1985 });
    expect(byName.get('Lê Văn Cường')).toMatchObject({ phone: '0987654321', villageName: 'Thôn Mới Lập' });
  });

  it('after demo: gender and tags as codes, search without diacritics', async () => {
    await h.json(['demo']);
    const people = (await h.json(['people', 'list'])) as PersonJson[];
    expect(people.length).toBeGreaterThan(50);
    for (const p of people) {
      expect(genders).toContain(p.gender);
      for (const tag of p.tags) expect(personTags).toContain(tag);
      expect(p.phone === null || /^0\d{9,10}$/u.test(p.phone)).toBe(true);
    }
    const names = people.map((p) => p.fullName);
    expect(names).toEqual([...names].sort(comparePersonNames));
    const teachers = (await h.json(['people', 'list', '--search', 'giao vien TIN HOC'])) as PersonJson[];
    expect(teachers.length).toBeGreaterThanOrEqual(2);
    expect(teachers.every((p) => p.tags.includes('it_teacher'))).toBe(true);
    expect(await h.json(['people', 'list', '--search', 'không ai có tên này'])).toEqual([]);
  });

  it('archived people only with --all', async () => {
    await h.json(['demo']);
    const saved = await h.dispatch<PersonSaved>('createPerson', {
      fullName: 'Đỗ Văn Lưu',
      phone: '0905 111 222',
    });
    await h.dispatch<Person>('archivePerson', { id: saved.person.id, archived: true });
    const active = (await h.json(['people', 'list'])) as PersonJson[];
    const all = (await h.json(['people', 'list', '--all'])) as PersonJson[];
    expect(active.some((p) => p.id === saved.person.id)).toBe(false);
    expect(all).toHaveLength(active.length + 1);
    expect(all.find((p) => p.id === saved.person.id)).toMatchObject({ archived: true, phone: '0905111222' });
    const text = await h.cli(['people', 'list', '--all', '--search', 'do van luu']);
    expect(text.stdout).toMatch(/Đỗ Văn Lưu .*0905 111 222 .* có$/mu);
    expect(text.stdout).toContain('Tổng cộng: 1 người (1 đã lưu trữ).');
  });

  it('prints a Vietnamese table', async () => {
    await h.json([...initArgs]);
    expect((await h.cli(['people', 'list'])).stdout).toBe('Chưa có người nào.\n');
    await importJson(['danh-sach.xlsx']);
    const { code, stdout } = await h.cli(['people', 'list']);
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toMatch(/^STT +Họ và tên +Giới tính +Năm sinh +Điện thoại/u);
    expect(stdout).toMatch(/Nguyễn Thị Huệ +1990 +0912 345 678 +Giáo viên Tin học/u);
    expect(stdout).toContain('Tổng cộng: 3 người.');
    const none = await h.cli(['people', 'list', '--search', 'xyz']);
    expect(none.stdout).toBe('Không tìm thấy người nào khớp «xyz».\n');
  });
});

describe('people export', () => {
  async function readCells(file: string): Promise<string[]> {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const texts: string[] = [];
    workbook.worksheets[0]?.eachRow((row) => row.eachCell((cell) => texts.push(cell.text)));
    return texts;
  }

  beforeEach(async () => {
    await h.json([...initArgs]);
    await importJson(['danh-sach.xlsx']);
  });

  it('writes a readable .xlsx and says where (JSON {path, rows})', async () => {
    const written = (await h.json([
      'people',
      'export',
      '--out',
      'ra/danh-sach-nguoi.xlsx',
    ])) as FileWrittenJson;
    const file = path.join(h.dir, 'ra', 'danh-sach-nguoi.xlsx');
    expect(written).toEqual({ path: file, rows: 3 });
    const cells = await readCells(file);
    for (const name of ['Nguyễn Thị Huệ', 'Trần Văn Bình', 'Lê Văn Cường']) expect(cells).toContain(name);
    expect(fs.readdirSync(path.dirname(file))).toEqual(['danh-sach-nguoi.xlsx']);
  });

  it('--search narrows the file as it narrows the list; text names the path', async () => {
    const { code, stdout } = await h.cli([
      'people',
      'export',
      '--out',
      'hue.xlsx',
      '--search',
      'nguyen thi hue',
    ]);
    expect(code).toBe(0);
    expect(stdout).toBe(`Đã ghi danh sách 1 người vào tệp ${path.join(h.dir, 'hue.xlsx')}.\n`);
    const cells = await readCells(path.join(h.dir, 'hue.xlsx'));
    expect(cells).toContain('Nguyễn Thị Huệ');
    expect(cells).not.toContain('Trần Văn Bình');
  });

  it.each([['danh-sach.docx'], ['danh-sach.csv'], ['danh-sach']])(
    'refuses --out %s (exit 2) before touching anything',
    async (out) => {
      const before = fs.readdirSync(h.dir).sort();
      const result = await h.cli(['people', 'export', '--out', out]);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('Tệp xuất phải có đuôi .xlsx');
      expect(fs.readdirSync(h.dir).sort()).toEqual(before);
    },
  );

  it('refuses a folder as --out (exit 1)', async () => {
    fs.mkdirSync(path.join(h.dir, 'thu-muc.xlsx'));
    const result = await h.cli(['people', 'export', '--out', 'thu-muc.xlsx']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('là một thư mục');
  });

  it('requires --out (exit 2)', async () => {
    const result = await h.cli(['people', 'export']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--out');
  });
});

describe('help', () => {
  it('documents the argument and options of people import', async () => {
    const { code, stdout } = await h.raw(['help', 'people', 'import']);
    expect(code).toBe(0);
    for (const word of ['TỆP_EXCEL', '--dry-run', 'Dòng N', 'villagesCreated', '--json']) {
      expect(stdout).toContain(word);
    }
  });

  it('lists the people commands in the group help', async () => {
    const { stdout } = await h.raw(['people', '--help']);
    for (const word of ['people import', 'people list', 'people export']) expect(stdout).toContain(word);
  });
});
