/** `activities import`, `activities template` and the list's filters, on a real database file. */
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { PersonSaved, Team, Village } from '../../shared/contract/types';
import { cliHarness, fileHash, initArgs, type CliHarness } from '../../test-support/cli';

let h: CliHarness;
let teamId: string;
let villageId: string;

beforeEach(async () => {
  h = cliHarness();
  expect((await h.cli([...initArgs])).code).toBe(0);
  const village = await h.dispatch<Village>('createVillage', {
    name: 'Thôn An Hải',
    kind: 'thon',
    households: 300,
  });
  villageId = village.id;
  const team = await h.dispatch<Team>('createTeam', {
    level: 'village',
    name: 'Tổ CNSCĐ thôn An Hải',
    villageId: village.id,
  });
  teamId = team.id;
  const personId = (await h.dispatch<PersonSaved>('createPerson', { fullName: 'Nguyễn Văn An' })).person.id;
  await h.dispatch('addMember', { teamId, personId, role: 'leader', startDate: '2026-01-05' });
});

async function writeSheet(name: string, rows: readonly (readonly ExcelJS.CellValue[])[]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Tháng 3');
  rows.forEach((values, r) =>
    values.forEach((value, c) => {
      if (value !== null) sheet.getCell(r + 1, c + 1).value = value;
    }),
  );
  const file = path.join(h.dir, name);
  await workbook.xlsx.writeFile(file);
  return file;
}

const good = [
  ['Ngày', 'Tổ', 'Hình thức', 'Nền tảng', 'Tài khoản định danh điện tử mức 2 được kích hoạt'],
  ['05/3/2026', 'An Hải', 'Hướng dẫn', 'VNeID', '12'],
  [46087, 'An Hải', 'Tuyên truyền', null, null],
];

describe('activities template', () => {
  it('writes the template, which imports back once filled', async () => {
    const written = (await h.json(['activities', 'template', '--out', 'mau/hoat-dong.xlsx'])) as {
      path: string;
      rows: number;
    };
    expect(written.path).toBe(path.join(h.dir, 'mau', 'hoat-dong.xlsx'));
    expect(written.rows).toBeGreaterThan(10);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(written.path);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Hoạt động', 'Hướng dẫn']);
    const refused = await h.cli(['activities', 'template', '--out', 'mau.docx']);
    expect(refused.code).toBe(2);
  });
});

describe('activities import', () => {
  it('dry-runs without writing, imports, and adds nothing the second time', async () => {
    const file = await writeSheet('thang-3.xlsx', good);
    const before = fileHash(h.db);
    const dry = (await h.json(['activities', 'import', 'thang-3.xlsx', '--dry-run'])) as Record<
      string,
      unknown
    >;
    expect(dry).toMatchObject({ dryRun: true, applied: false, rowsRead: 2, added: 2, errors: [] });
    expect(fileHash(h.db)).toBe(before);

    const text = await h.cli(['activities', 'import', file]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('Hoạt động đã thêm: 2');
    const list = (await h.json(['activities', 'list', '--period', '2026-03'])) as { date: string }[];
    expect(list.map((a) => a.date)).toEqual(['2026-03-06', '2026-03-05']);

    const again = await h.cli(['activities', 'import', 'thang-3.xlsx']);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('2 dòng đã nhập trước đây: không nhập lại.');
    expect(((await h.json(['activities', 'list'])) as unknown[]).length).toBe(2);
  });

  it('refuses a file with errors: exit 1, messages on stderr, every file byte-identical', async () => {
    const file = await writeSheet('loi.xlsx', [
      ['Ngày', 'Tổ', 'Hình thức', 'So tai khoan VNeID'],
      ['31/02/2026', 'An Hải', 'Họp', null],
      ['05/03/2026', 'Thôn Không Có', 'Họp', 3],
    ]);
    const dbBefore = fileHash(h.db);
    const sheetBefore = fileHash(file);
    const result = await h.cli(['activities', 'import', 'loi.xlsx']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Tệp «loi.xlsx» có 3 lỗi nên chưa nhập gì');
    expect(result.stdout).toContain('Dòng 2: ngày «31/02/2026» không có thật');
    expect(result.stdout).toContain('Có phải «');
    expect(fileHash(h.db)).toBe(dbBefore);
    expect(fileHash(file)).toBe(sheetBefore);

    const missing = await h.cli(['activities', 'import', 'khong-co.xlsx']);
    expect(missing.code).toBe(1);
    expect(fs.existsSync(path.join(h.dir, 'khong-co.xlsx'))).toBe(false);
    expect((await h.cli(['activities', 'import'])).code).toBe(2);
  });
});

describe('activities list filters', () => {
  it('filters by village, platform, pillar and indicator; refuses an unknown pillar with exit 2', async () => {
    await writeSheet('thang-3.xlsx', good);
    expect((await h.cli(['activities', 'import', 'thang-3.xlsx'])).code).toBe(0);
    const dates = async (...args: string[]) =>
      ((await h.json(['activities', 'list', ...args])) as { date: string }[]).map((a) => a.date);
    expect(await dates('--village', villageId)).toEqual(['2026-03-06', '2026-03-05']);
    expect(await dates('--platform', 'vneid')).toEqual(['2026-03-05']);
    expect(await dates('--pillar', 'digital_government')).toEqual(['2026-03-05']);
    expect(await dates('--pillar', 'digital_economy')).toEqual([]);
    expect(await dates('--indicator', 'vneid_activated', '--kind', 'guidance')).toEqual(['2026-03-05']);
    const bad = await h.cli(['activities', 'list', '--pillar', 'kinh_te']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('digital_economy');
  });

  it('a date outside the team life: the backend says it in words, the CLI adds --force', async () => {
    const refused = await h.cli([
      'activities',
      'add',
      '--team',
      teamId,
      '--date',
      '2025-11-20',
      '--kind',
      'meeting',
    ]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(
      'Nếu ngày đúng, hãy xác nhận để lưu. Trên dòng lệnh: thêm --force để vẫn ghi.',
    );
  });
});
