import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Activity, ActivityImportSummary } from '../../../shared/contract/monthly-types';
import type { FileDownload } from '../../../shared/contract/types';
import type { Backend } from '../backend';
import { monthlyFixture, type MonthlyFixture } from '../../../test-support/monthly-fixture';
import { contractCaller, tempBackend, tempDir } from '../../../test-support/temp';

let backend: Backend & { dir: string };
let f: MonthlyFixture;
beforeEach(async () => {
  backend = await tempBackend();
  f = await monthlyFixture(backend);
});
afterEach(async () => {
  await backend.close();
});
const { call, refused } = contractCaller(() => backend);

/** Writes the workbook to a real .xlsx file and uploads its bytes, as the dialog does. */
async function upload(workbook: ExcelJS.Workbook, name = 'hoat-dong-thang-3.xlsx') {
  const file = path.join(tempDir(), name);
  await workbook.xlsx.writeFile(file);
  return { fileName: name, base64: fs.readFileSync(file).toString('base64') };
}

function sheetOf(rows: readonly (readonly ExcelJS.CellValue[])[]) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Tháng 3');
  rows.forEach((values, r) =>
    values.forEach((value, c) => {
      if (value !== null) sheet.getCell(r + 1, c + 1).value = value;
    }),
  );
  return { workbook, sheet };
}

/** What was committed, read through a second connection. */
function committed(): { activities: number; totals: unknown[] } {
  const db = new BetterSqlite3(path.join(backend.dir, 'data.sqlite3'), { readonly: true });
  try {
    return {
      activities: db.prepare('select count(*) from activities').pluck().get() as number,
      totals: db.prepare('select * from activity_totals order by 1, 2, 3').all(),
    };
  } finally {
    db.close();
  }
}

const vneid = 'Tài khoản định danh điện tử mức 2 được kích hoạt';
const health = 'Người cài đặt sổ sức khỏe điện tử';

describe('activities import: the template', () => {
  it('has the fixed columns, one column per active indicator and a guide; filled in, it imports', async () => {
    const template = await call<FileDownload>('activityImportTemplate');
    expect(template.fileName).toBe('Mau-nhap-hoat-dong.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(template.base64, 'base64') as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Hoạt động');
    const guide = workbook.getWorksheet('Hướng dẫn');
    if (sheet === undefined || guide === undefined) throw new Error('template sheets missing');
    const header = (sheet.getRow(4).values as ExcelJS.CellValue[]).slice(1);
    expect(header.slice(0, 7)).toEqual([
      'Ngày',
      'Tổ (tên Tổ hoặc thôn)',
      'Hình thức',
      'Nền tảng',
      'Địa điểm',
      'Số người',
      'Số hộ',
    ]);
    expect(header).toContain(vneid);
    expect(header.at(-1)).toBe('Ghi chú');
    const guideText = guide.getColumn(1).values.join('\n');
    expect(guideText).toContain('Hỗ trợ trực tiếp');
    expect(guideText).toContain('Định danh điện tử VNeID mức 2');
    expect(guideText).toContain(health);

    const col = header.indexOf(vneid) + 1;
    sheet.getRow(5).values = ['05/03/2026', 'Thôn An Hải', 'Hướng dẫn', 'VNeID', 'Nhà văn hóa', 40, 25];
    sheet.getCell(5, col).value = 12;
    sheet.getRow(6).values = ['06/03/2026', 'xã', 'Tuyên truyền', '', '', 120];
    const file = await upload(workbook);
    const dry = await call<ActivityImportSummary>('dryRunActivityImport', file);
    expect(dry).toMatchObject({ applied: false, rowsRead: 2, added: 2, importedBefore: 0, errors: [] });
    expect(committed().activities).toBe(0);

    const applied = await call<ActivityImportSummary>('applyActivityImport', file);
    expect(applied).toMatchObject({ applied: true, added: 2 });
    const list = await call<Activity[]>('listActivities', { from: '2026-03-01', to: '2026-03-31' });
    expect(list.map((a) => [a.date, a.teamName, a.kind, a.platforms, a.results])).toEqual([
      ['2026-03-06', 'Tổ CNSCĐ xã Đông Sơn', 'propaganda', [], []],
      [
        '2026-03-05',
        'Tổ CNSCĐ thôn An Hải',
        'guidance',
        ['vneid'],
        [{ indicator: 'vneid_activated', value: 12 }],
      ],
    ]);
    expect(committed().totals).toEqual([
      { bucket: (2026 * 12 + 2) * 2, team_id: f.anHaiTeam.id, indicator_code: 'vneid_activated', value: 12 },
    ]);
  });
});

describe('activities import: messy sheets', () => {
  it('reads a title row, headers merged over two rows, numbers typed as text, Vietnamese dates and serials', async () => {
    const { workbook, sheet } = sheetOf([
      ['BÁO CÁO HOẠT ĐỘNG CÁC TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG THÁNG 3/2026'],
      [
        '  NGÀY  ',
        'to (ten to hoac thon)',
        'HÌNH THỨC',
        'Nền   tảng',
        'Số người',
        'Kết quả',
        null,
        'Ghi chú',
      ],
      [
        null,
        null,
        null,
        null,
        null,
        'tai khoan dinh danh dien tu muc 2 duoc kich hoat',
        health.toUpperCase(),
        null,
      ],
      ['05/3/2026', 'AN HẢI', 'hướng dẫn', 'vneid; Sổ sức khỏe điện tử', '1.200', '12', ' 7 ', 'Theo Zalo'],
      [46087, 'Bình Trị', 'Hỗ trợ trực tiếp', 'VNeID', 30, 5, null, null],
      [new Date(Date.UTC(2026, 2, 7)), 'Tổ CNSCĐ thôn Bình Trị', 'Họp', null, null, null, null, null],
    ]);
    for (const range of ['A2:A3', 'B2:B3', 'C2:C3', 'D2:D3', 'E2:E3', 'F2:G2', 'H2:H3'])
      sheet.mergeCells(range);
    const dry = await call<ActivityImportSummary>('dryRunActivityImport', await upload(workbook));
    expect(dry.errors).toEqual([]);
    expect(dry.headerRow).toBe(2);
    expect(dry.columns.map((c) => [c.letter, c.indicator])).toEqual([
      ['F', 'vneid_activated'],
      ['G', 'health_book_installed'],
    ]);
    expect(
      dry.rows.map((r) => [r.row, r.date, r.teamName, r.kind, r.platforms, r.peopleReached, r.results]),
    ).toEqual([
      [
        4,
        '2026-03-05',
        'Tổ CNSCĐ thôn An Hải',
        'guidance',
        ['vneid', 'electronic_health_book'],
        1200,
        [
          { indicator: 'vneid_activated', value: 12 },
          { indicator: 'health_book_installed', value: 7 },
        ],
      ],
      [
        5,
        '2026-03-06',
        'Tổ CNSCĐ thôn Bình Trị',
        'direct_support',
        ['vneid'],
        30,
        [{ indicator: 'vneid_activated', value: 5 }],
      ],
      [6, '2026-03-07', 'Tổ CNSCĐ thôn Bình Trị', 'meeting', [], null, []],
    ]);
  });
});

describe('activities import: refusals and warnings', () => {
  it('refuses unknown teams, impossible dates, bad counts and unknown indicator columns, writing nothing', async () => {
    await call('addActivity', { teamId: f.anHaiTeam.id, date: '2026-02-02', kind: 'meeting' });
    const before = committed();
    const { workbook } = sheetOf([
      ['Ngày', 'Tổ', 'Hình thức', 'Số người', 'Số hộ', 'Tai khoan dinh danh dien tu muc hai kich hoat'],
      ['05/03/2026', 'Thôn Phú Quý', 'Hướng dẫn', 3, null, null],
      ['31/02/2026', 'An Hải', 'Hướng dẫn', 3, null, null],
      ['05/03/2026', 'An Hải', 'Hướng dẫn', -4, '2,5', null],
      ['05/03/2026', 'An Hải', 'Đi chơi', 'mười', null, 3],
      ['06/03/2026', 'An Hải', 'Họp', 5, 2, 4],
    ]);
    const file = await upload(workbook);
    const dry = await call<ActivityImportSummary>('dryRunActivityImport', file);
    const messages = dry.errors.map((e) => e.message);
    expect(dry.errors.map((e) => e.row)).toEqual([1, 2, 3, 4, 5]);
    expect(messages[0]).toBe(
      `Cột F «Tai khoan dinh danh dien tu muc hai kich hoat» không phải tên chỉ tiêu nào trong danh mục. Có phải «${vneid}»? ` +
        'Hãy sửa tên cột cho đúng tên chỉ tiêu (xem trang «Hướng dẫn» của tệp mẫu), hoặc xóa cột, rồi nhập lại.',
    );
    expect(messages[1]).toMatch(/^Dòng 2: không có Tổ «Thôn Phú Quý» trong sổ\./u);
    expect(messages[2]).toMatch(/^Dòng 3: ngày «31\/02\/2026» không có thật/u);
    expect(messages[3]).toContain('Số người được tiếp cận không được âm.');
    expect(messages[3]).toContain('Số hộ được tiếp cận phải là số nguyên');
    expect(messages[4]).toContain('không hiểu hình thức «Đi chơi»');
    expect(messages[4]).toContain('Số người «mười» không phải là số.');

    const applied = await call<ActivityImportSummary>('applyActivityImport', file);
    expect(applied.applied).toBe(false);
    expect(committed()).toEqual(before);
  });

  it('accepts, with a warning, a possible duplicate, a date before the team was founded and an empty row', async () => {
    await call('addActivity', {
      teamId: f.anHaiTeam.id,
      date: '2026-03-05',
      kind: 'guidance',
      platforms: ['vneid'],
    });
    const { workbook } = sheetOf([
      ['STT', 'Ngày', 'Tổ', 'Hình thức', 'Nền tảng'],
      [1, '05/03/2026', 'An Hải', 'Hướng dẫn', 'VNeID'],
      [2, '02/01/2026', 'Bình Trị', 'Họp', null],
      [3, null, null, null, null],
    ]);
    const summary = await call<ActivityImportSummary>('applyActivityImport', await upload(workbook));
    expect(summary).toMatchObject({ applied: true, added: 2, errors: [] });
    expect(summary.warnings.map((w) => w.row)).toEqual([2, 3, 4]);
    expect(summary.warnings[0]?.message).toMatch(/^Dòng 2: có thể trùng/u);
    expect(summary.warnings[1]?.message).toContain(
      'được thành lập ngày 05/01/2026, sau ngày hoạt động 02/01/2026',
    );
    expect(summary.warnings[2]?.message).toBe('Dòng 4: chỉ có số thứ tự, không có hoạt động: bỏ qua.');
    expect(committed().activities).toBe(3);
  });

  it('adds nothing when the same file is imported twice; two identical rows are two activities', async () => {
    const { workbook } = sheetOf([
      ['Ngày', 'Tổ', 'Hình thức', vneid],
      ['05/03/2026', 'An Hải', 'Tập huấn', 10],
      ['05/03/2026', 'An Hải', 'Tập huấn', 10],
      ['09/03/2026', 'Bình Trị', 'Tuyên truyền', 3],
    ]);
    const file = await upload(workbook);
    expect(await call<ActivityImportSummary>('applyActivityImport', file)).toMatchObject({
      applied: true,
      added: 3,
    });
    const after = committed();
    const again = await call<ActivityImportSummary>('applyActivityImport', file);
    expect(again).toMatchObject({ applied: true, added: 0, importedBefore: 3 });
    expect(again.warnings.map((w) => w.message)).toContain('3 dòng đã nhập trước đây: không nhập lại.');
    expect(again.rows.every((r) => r.importedBefore)).toBe(true);
    expect(committed()).toEqual(after);
  });

  it('refuses results in a retired indicator’s column; an empty unknown column is only skipped', async () => {
    await call('setIndicatorActive', { code: 'health_book_installed', active: false });
    const { workbook } = sheetOf([
      ['Ngày', 'Tổ', 'Hình thức', health, 'Cột phụ'],
      ['05/03/2026', 'An Hải', 'Hướng dẫn', 4, null],
    ]);
    const dry = await call<ActivityImportSummary>('dryRunActivityImport', await upload(workbook));
    expect(dry.errors.map((e) => e.message)).toEqual([
      `Cột D «${health}»: chỉ tiêu này đã ngừng sử dụng, không ghi thêm kết quả. Hãy xóa cột này, hoặc dùng lại chỉ tiêu trong Cài đặt, rồi nhập lại.`,
    ]);
    expect(dry.warnings.map((w) => w.message)).toEqual([
      'Cột E «Cột phụ» không phải tên chỉ tiêu nào và không có số liệu: bỏ qua cột này.',
    ]);
  });

  it('refuses a file that is not a spreadsheet by its schema, and one without the header', async () => {
    const error = await refused('dryRunActivityImport', { fileName: 'hoat-dong.csv', base64: 'AA==' });
    expect(error.code).toBe('validation');
    const { workbook } = sheetOf([
      ['Họ và tên', 'Năm sinh'],
      ['Nguyễn Văn An', 1990],
    ]);
    const dry = await call<ActivityImportSummary>('dryRunActivityImport', await upload(workbook));
    expect(dry.errors[0]?.message).toMatch(/^Không tìm thấy dòng tiêu đề có cột «Ngày» và cột «Tổ»/u);
  });
});
