/**
 * The report's workbook read back with exceljs: the sheets, the form's header rows, every number
 * equal to the figures (the hand-written month and a commune of 40 village teams), numbers stored
 * as numbers, totals and percentages as formulas carrying the right results, the print setup.
 */
import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { ReportFigures } from '../../../shared/contract/report-types';
import {
  BIEU_FIXED_TITLES,
  figures57of800,
  manyVillagesFigures,
  monthFigures,
} from '../../../test-support/report-fixture';
import { formulaCells, loadWorkbook, reportHeader, sheetNamed } from '../../../test-support/report-workbook';
import { writeReportWorkbook } from './report-xlsx';

async function workbookOf(
  figures: ReportFigures,
  header: Parameters<typeof writeReportWorkbook>[1] = reportHeader,
): Promise<ExcelJS.Workbook> {
  return loadWorkbook(await writeReportWorkbook(figures, header));
}

/** The values of a row's cells from column 1 to `width`: formulas as their cached results. */
function rowValues(sheet: ExcelJS.Worksheet, row: number, width: number): unknown[] {
  return Array.from({ length: width }, (_, i) => {
    const value = sheet.getCell(row, i + 1).value;
    if (value !== null && typeof value === 'object' && 'formula' in value) return value.result;
    return value;
  });
}

function formulaOf(cell: ExcelJS.Cell): { formula: string; result: unknown } {
  const value = cell.value;
  if (value === null || typeof value !== 'object' || !('formula' in value))
    throw new Error(`${cell.address} holds ${JSON.stringify(value)}, not a formula`);
  return { formula: value.formula ?? '', result: value.result };
}

const TABLE = 8;

describe('writeReportWorkbook: sheets and the form around the tables', () => {
  it('has Tổng hợp, a sheet per pillar present and Biểu số liệu', async () => {
    const workbook = await workbookOf(monthFigures());
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Tổng hợp',
      'Chính quyền số',
      'Kinh tế số',
      'Xã hội số',
      'Biểu số liệu',
    ]);
    const figures = monthFigures();
    figures.pillars = figures.pillars.filter((p) => p.pillar !== 'digital_economy');
    const without = await workbookOf(figures);
    expect(without.worksheets.map((s) => s.name)).toEqual([
      'Tổng hợp',
      'Chính quyền số',
      'Xã hội số',
      'Biểu số liệu',
    ]);
  });

  it('prints the unit top-left, the title centred in bold capitals, the caption and the period on every sheet', async () => {
    const workbook = await workbookOf(monthFigures());
    const captions: Record<string, string> = {
      'Tổng hợp': 'Tổng hợp số liệu',
      'Chính quyền số': 'Kết quả thực hiện chỉ tiêu chính quyền số',
      'Kinh tế số': 'Kết quả thực hiện chỉ tiêu kinh tế số',
      'Xã hội số': 'Kết quả thực hiện chỉ tiêu xã hội số',
      'Biểu số liệu': 'Biểu số liệu của các Tổ Công nghệ số cộng đồng ở thôn, tổ dân phố',
    };
    for (const sheet of workbook.worksheets) {
      const width = sheet.getRow(TABLE).cellCount;
      expect(sheet.getCell('A1').value, sheet.name).toBe('ỦY BAN NHÂN DÂN');
      expect(sheet.getCell('A2').value, sheet.name).toBe('XÃ ĐÔNG SƠN');
      expect(sheet.getCell('A2').font?.bold).toBe(true);
      expect(sheet.getCell('A2').alignment?.horizontal).toBe('center');
      // The unit's block is the left part of the width, the title spans all of it.
      expect(sheet.getCell(2, width).isMerged).toBe(false);
      expect(sheet.getCell('A3').value).toBeNull();
      const title = sheet.getCell('A4');
      expect(title.value).toBe('KẾT QUẢ HOẠT ĐỘNG CỦA TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG THÁNG 3 NĂM 2026');
      expect(title.font).toMatchObject({ bold: true, size: 14, name: 'Times New Roman' });
      expect(title.alignment?.horizontal).toBe('center');
      expect(sheet.getCell(4, width).master.address).toBe('A4');
      expect(sheet.getCell('A5').value).toBe(captions[sheet.name]);
      expect(sheet.getCell('A6').value).toBe('Số liệu tính từ ngày 15/02/2026 đến ngày 14/3/2026.');
      expect(sheet.getCell('A6').font?.italic).toBe(true);
      expect(sheet.getCell('A7').value).toBeNull();
      const header = sheet.getCell(TABLE, 1);
      expect(header.value).toBe('STT');
      expect(header.font?.bold).toBe(true);
      expect(header.alignment?.wrapText).toBe(true);
      expect(header.border?.bottom?.style).toBe('thin');
    }
  });

  it('says which report the sheets go with, and that figures of an open period are not final', async () => {
    const figures = monthFigures();
    figures.period.closed = false;
    const attachedTo = '(Kèm theo Báo cáo số 15/BC-UBND ngày 16/3/2026 của Ủy ban nhân dân xã Đông Sơn)';
    const workbook = await workbookOf(figures, { ...reportHeader, attachedTo });
    for (const sheet of workbook.worksheets) {
      expect(sheet.getCell('A6').value).toBe(
        'Số liệu tính từ ngày 15/02/2026 đến ngày 14/3/2026. (Số liệu chưa chốt.)',
      );
      expect(sheet.getCell('A7').value).toBe(attachedTo);
      expect(sheet.getCell(TABLE + 1, 1).value).toBe('STT');
    }
  });

  it('names the tabs within Excel’s 31 characters and without the characters it forbids', async () => {
    const figures = monthFigures();
    const [government, economy, society] = figures.pillars;
    if (government === undefined || economy === undefined || society === undefined)
      throw new Error('fixture');
    government.label = 'Chính quyền số: chuyển đổi số [thí điểm] cấp xã/phường?';
    economy.label = government.label;
    society.label = "'Xã hội số*'";
    const names = (await workbookOf(figures)).worksheets.map((s) => s.name);
    expect(names).toEqual([
      'Tổng hợp',
      'Chính quyền số chuyển đổi số th',
      'Chính quyền số chuyển đổi s (2)',
      'Xã hội số',
      'Biểu số liệu',
    ]);
    for (const name of names) {
      expect(name.length).toBeLessThanOrEqual(31);
      expect(name).not.toMatch(/[\\/?*:[\]]/u);
    }
  });

  it('prints every sheet on A4, one page wide, with the table’s header repeated and frozen', async () => {
    const workbook = await workbookOf(monthFigures());
    const expected: Record<string, { orientation: string; titles: string; ySplit: number }> = {
      'Tổng hợp': { orientation: 'portrait', titles: '8:8', ySplit: 8 },
      'Chính quyền số': { orientation: 'portrait', titles: '8:8', ySplit: 8 },
      'Kinh tế số': { orientation: 'portrait', titles: '8:8', ySplit: 8 },
      'Xã hội số': { orientation: 'portrait', titles: '8:8', ySplit: 8 },
      'Biểu số liệu': { orientation: 'landscape', titles: '8:9', ySplit: 9 },
    };
    for (const sheet of workbook.worksheets) {
      const want = expected[sheet.name];
      expect(sheet.pageSetup, sheet.name).toMatchObject({
        paperSize: 9,
        orientation: want?.orientation,
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        printTitlesRow: want?.titles,
        margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6 },
      });
      expect(sheet.headerFooter.oddFooter).toBe('&CTrang &P/&N');
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: want?.ySplit });
    }
  });
});

describe('writeReportWorkbook: Tổng hợp', () => {
  it('holds the teams, members, activities, people reached and trainings of the figures', async () => {
    const f = monthFigures();
    const sheet = sheetNamed(await workbookOf(f), 'Tổng hợp');
    expect(rowValues(sheet, TABLE, 4)).toEqual(['STT', 'Nội dung', 'Đơn vị tính', 'Số liệu']);
    const rows = Array.from({ length: 27 }, (_, i) => rowValues(sheet, TABLE + 1 + i, 4));
    expect(rows).toEqual([
      ['I', 'Tổ Công nghệ số cộng đồng', null, null],
      [1, 'Số Tổ đang hoạt động cuối kỳ', 'Tổ', 4],
      [null, '- Tổ cấp xã', 'Tổ', f.teams.commune],
      [null, '- Tổ ở thôn, tổ dân phố', 'Tổ', f.teams.village],
      [2, 'Tổ thành lập mới trong kỳ', 'Tổ', f.teams.founded],
      [3, 'Tổ được kiện toàn trong kỳ', 'Tổ', f.teams.reorganized],
      [4, 'Tổ giải thể trong kỳ', 'Tổ', f.teams.dissolved],
      ['II', 'Thành viên', null, null],
      [1, 'Số thành viên cuối kỳ', 'người', f.members.total],
      [null, '- Tổ cấp xã', 'người', f.members.commune],
      [null, '- Các Tổ ở thôn, tổ dân phố', 'người', f.members.village],
      [2, 'Thành viên mới tham gia trong kỳ', 'người', f.members.joined],
      [3, 'Thành viên thôi tham gia trong kỳ', 'người', f.members.left],
      ['III', 'Hoạt động trong kỳ', null, null],
      [1, 'Số hoạt động', 'hoạt động', f.activities.total],
      [null, '- Tuyên truyền', 'hoạt động', f.activities.byKind.propaganda],
      [null, '- Hướng dẫn', 'hoạt động', f.activities.byKind.guidance],
      [null, '- Hỗ trợ trực tiếp', 'hoạt động', f.activities.byKind.direct_support],
      [null, '- Tập huấn', 'hoạt động', f.activities.byKind.training],
      [null, '- Họp', 'hoạt động', f.activities.byKind.meeting],
      [2, 'Số người được tuyên truyền, hướng dẫn, hỗ trợ', 'lượt người', f.reached.people],
      [3, 'Số hộ gia đình được tiếp cận', 'lượt hộ', f.reached.households],
      ['IV', 'Bồi dưỡng, tập huấn trong kỳ', null, null],
      [1, 'Số lớp, buổi bồi dưỡng, tập huấn', 'buổi', f.trainings.sessions],
      [2, 'Tổng số giờ bồi dưỡng, tập huấn', 'giờ', f.trainings.hours],
      [3, 'Số lượt người tham dự', 'lượt người', f.trainings.attendances],
      [4, 'Số thành viên của Tổ được bồi dưỡng, tập huấn', 'người', f.trainings.trainedMembers],
    ]);
    expect(sheet.getCell(TABLE + 28, 2).value).toBeNull();
  });

  it('refuses figures whose parts do not add up to their total, and caches the figures’ totals', async () => {
    const members = monthFigures();
    members.members.total = 40;
    await expect(writeReportWorkbook(members, reportHeader)).rejects.toThrow(
      'the figures\' parts of "Số thành viên cuối kỳ" add up to 41, not to their total 40',
    );
    const activities = monthFigures();
    activities.activities.total = 24;
    await expect(writeReportWorkbook(activities, reportHeader)).rejects.toThrow(
      'the figures\' parts of "Số hoạt động" add up to 23, not to their total 24',
    );
    const big = sheetNamed(await workbookOf(manyVillagesFigures(40)), 'Tổng hợp');
    // 17 in the commune team and 280 in the village teams; 115 village activities and 4 of its own.
    expect(formulaOf(big.getCell('D17')).result).toBe(297);
    expect(formulaOf(big.getCell('D23')).result).toBe(119);
  });

  it('writes the totals as SUM formulas over their rows, with the sum as cached result', async () => {
    const sheet = sheetNamed(await workbookOf(monthFigures()), 'Tổng hợp');
    expect(formulaOf(sheet.getCell('D10'))).toEqual({ formula: 'SUM(D11:D12)', result: 4 });
    expect(formulaOf(sheet.getCell('D17'))).toEqual({ formula: 'SUM(D18:D19)', result: 41 });
    expect(formulaOf(sheet.getCell('D23'))).toEqual({ formula: 'SUM(D24:D28)', result: 23 });
    for (const [total, from, to] of [
      [10, 11, 12],
      [17, 18, 19],
      [23, 24, 28],
    ] as const) {
      let sum = 0;
      for (let r = from; r <= to; r += 1) sum += sheet.getCell(r, 4).value as number;
      expect(formulaOf(sheet.getCell(total, 4)).result).toBe(sum);
      expect(sheet.getCell(total, 2).font?.bold).toBe(true);
      expect(sheet.getCell(from, 2).font?.italic).toBe(true);
    }
  });

  it('stores counts as numbers with grouped thousands, and hours with decimals only when they have some', async () => {
    const f = monthFigures();
    f.trainings.hours = 7.5;
    const sheet = sheetNamed(await workbookOf(f), 'Tổng hợp');
    expect(sheet.getCell('D29').value).toBe(1064);
    expect(sheet.getCell('D29').numFmt).toBe('[$-42A]#,##0');
    expect(sheet.getCell('D33').value).toBe(7.5);
    expect(sheet.getCell('D33').numFmt).toBe('[$-42A]#,##0.0#');
    // Column D under the header: numbers, the totals' formulas, and nothing in the section rows.
    const kinds = Array.from({ length: 27 }, (_, i) => {
      const value = sheet.getCell(TABLE + 1 + i, 4).value;
      if (value === null) return 'empty';
      return typeof value === 'object' && 'formula' in value ? 'formula' : typeof value;
    });
    expect(kinds.filter((k) => k === 'number')).toHaveLength(20);
    expect(kinds.filter((k) => k === 'formula')).toHaveLength(3);
    expect(kinds.filter((k) => k === 'empty')).toHaveLength(4);
  });
});

describe('writeReportWorkbook: a sheet per pillar', () => {
  it('has a row per indicator: target, result, cumulative as numbers, the percent as a formula', async () => {
    const f = monthFigures();
    const bytes = await writeReportWorkbook(f, reportHeader);
    const workbook = await loadWorkbook(bytes);
    const cells = formulaCells(bytes);
    for (const pillar of f.pillars) {
      const sheet = sheetNamed(workbook, pillar.label);
      expect(rowValues(sheet, TABLE, 7)).toEqual([
        'STT',
        'Chỉ tiêu',
        'Đơn vị tính',
        'Chỉ tiêu năm 2026',
        'Kết quả trong kỳ',
        'Lũy kế từ đầu năm',
        'Tỷ lệ % so với chỉ tiêu năm',
      ]);
      pillar.indicators.forEach((line, i) => {
        const row = TABLE + 1 + i;
        expect(rowValues(sheet, row, 6)).toEqual([
          i + 1,
          line.name,
          line.unit,
          line.target,
          line.result,
          line.cumulative,
        ]);
        const percent = cells.find((c) => c.sheet === pillar.label && c.address === `G${row}`);
        expect(percent?.formula).toBe(`IF(D${row}>0,ROUND(F${row}/D${row},4),"")`);
        // Without a target, the cached result is an empty text, as the formula gives.
        if (line.percent === null) expect(percent?.result).toBe('');
        expect(sheet.getCell(row, 7).numFmt).toBe('[$-42A]0.00%');
        for (const c of [5, 6]) expect(sheet.getCell(row, c).numFmt).toBe('[$-42A]#,##0');
      });
      expect(sheet.getCell(TABLE + 1 + pillar.indicators.length, 2).value).toBeNull();
    }
    // The hand-computed percentages of the month, as stored: 139/600, 251/1200, 77/400, 0/40,
    // 190/900, 22/96, rounded to four decimals as ROUND(F/D,4) gives them.
    const cached = cells.filter((c) => c.formula.startsWith('IF(')).map((c) => c.result);
    expect(cached).toEqual([0.2317, 0.2092, '', 0.1925, 0, 0.2111, 0.2292]);
  });

  it('caches 57 of 800 as 0,0713, the 7,13 the .docx prints, not 0,07125 shown as 7,13 % or 7,12', async () => {
    const cells = formulaCells(await writeReportWorkbook(figures57of800(), reportHeader));
    expect(cells.filter((c) => c.sheet === 'Chính quyền số')).toEqual([
      { sheet: 'Chính quyền số', address: 'G9', formula: 'IF(D9>0,ROUND(F9/D9,4),"")', result: 0.0713 },
    ]);
  });
});

describe('writeReportWorkbook: Biểu số liệu', () => {
  const fixedHeaders = BIEU_FIXED_TITLES;

  it('has a row per village team, a column per indicator with a result, and a total row of SUM formulas', async () => {
    const sheet = sheetNamed(await workbookOf(monthFigures()), 'Biểu số liệu');
    expect(rowValues(sheet, TABLE, 8)).toEqual([...fixedHeaders, 'Kết quả thực hiện chỉ tiêu trong kỳ']);
    expect(sheet.getCell('L8').master.address).toBe('H8');
    expect(sheet.getCell('A9').master.address).toBe('A8');
    expect(rowValues(sheet, 9, 12).slice(7)).toEqual([
      'Hồ sơ dịch vụ công trực tuyến được hướng dẫn nộp (hồ sơ)',
      'Tài khoản định danh điện tử mức 2 được kích hoạt (tài khoản)',
      'Tài khoản thanh toán không dùng tiền mặt được mở (tài khoản)',
      'Người cài đặt sổ sức khỏe điện tử (người)',
      'Buổi tuyên truyền được tổ chức (buổi)',
    ]);
    expect(sheet.getCell('M9').value).toBeNull();
    expect([10, 11, 12, 13].map((r) => rowValues(sheet, r, 12))).toEqual([
      [1, 'Thôn An Hải', 9, 10, 512, 260, 8, 30, 50, 0, 30, 4],
      [2, 'Thôn Tân Phú', 8, 9, 402, 203, 7, 27, 46, 31, 0, 4],
      [3, 'Thôn Vĩnh An', 7, 0, 0, 0, 0, 0, 0, 0, 0, 0],
      [null, 'Tổng cộng', 24, 19, 914, 463, 15, 57, 96, 31, 30, 8],
    ]);
    expect(formulaOf(sheet.getCell('C13')).formula).toBe('SUM(C10:C12)');
    expect(formulaOf(sheet.getCell('L13')).formula).toBe('SUM(L10:L12)');
    expect(sheet.getCell('B13').font?.bold).toBe(true);
    expect(sheet.getCell('A15').value).toBe(
      'Ghi chú: Biểu chỉ gồm các Tổ ở thôn, tổ dân phố, không gồm Tổ cấp xã; số liệu toàn xã (cả Tổ cấp xã) xem tại trang "Tổng hợp".',
    );
  });

  it('holds 40 village teams, each number equal to the figures, the totals worked out by hand', async () => {
    const f = manyVillagesFigures(40);
    const workbook = await workbookOf(f);
    const sheet = sheetNamed(workbook, 'Biểu số liệu');
    const codes = [
      'online_applications',
      'vneid_activated',
      'cashless_accounts_opened',
      'health_book_installed',
      'propaganda_sessions',
    ];
    f.villages.forEach((v, i) => {
      expect(rowValues(sheet, 10 + i, 12)).toEqual([
        i + 1,
        v.villageName,
        v.members,
        v.activities,
        v.people,
        v.households,
        v.trainedMembers,
        ...codes.map((c) => v.results[c] ?? 0),
      ]);
    });
    const total = 10 + f.villages.length;
    expect(sheet.getCell(total, 2).value).toBe('Tổng cộng');
    for (let c = 3; c <= 12; c += 1) {
      const letter = sheet.getColumn(c).letter;
      const cell = formulaOf(sheet.getCell(total, c));
      expect(cell.formula).toBe(`SUM(${letter}10:${letter}${total - 1})`);
      let sum = 0;
      for (let r = 10; r < total; r += 1) sum += sheet.getCell(r, c).value as number;
      expect(cell.result, letter).toBe(sum);
    }
    // The same totals as the .docx's Biểu (report-content.test.ts), worked out there by hand.
    expect(rowValues(sheet, total, 12).slice(2)).toEqual([280, 115, 2489, 1275, 60, 356, 398, 371, 367, 363]);
    // Every number of every sheet is a number, never a text that looks like one.
    for (const s of workbook.worksheets) {
      s.eachRow((row) =>
        row.eachCell((cell) => {
          if (typeof cell.value === 'string')
            expect(cell.value, `${s.name}!${cell.address}`).not.toMatch(/^[\d.,\s%]+$/u);
        }),
      );
    }
  });

  it('uses one header row when no village team has an indicator result, and says when there are no village teams', async () => {
    const f = monthFigures();
    f.villages = f.villages.map((v) => ({ ...v, results: {} }));
    const sheet = sheetNamed(await workbookOf(f), 'Biểu số liệu');
    expect(rowValues(sheet, TABLE, 8)).toEqual([...fixedHeaders, null]);
    expect(rowValues(sheet, 9, 7)).toEqual([1, 'Thôn An Hải', 9, 10, 512, 260, 8]);
    expect(sheet.pageSetup.printTitlesRow).toBe('8:8');

    f.villages = [];
    const bytes = await writeReportWorkbook(f, reportHeader);
    const empty = sheetNamed(await loadWorkbook(bytes), 'Biểu số liệu');
    expect(empty.getCell('A9').value).toBe(
      'Trong kỳ không có Tổ Công nghệ số cộng đồng ở thôn, tổ dân phố nào hoạt động.',
    );
    expect(empty.getCell('A10').value).toBeNull();
    expect(formulaCells(bytes).filter((c) => c.sheet === 'Biểu số liệu')).toEqual([]);
    expect(formulaCells(bytes).filter((c) => c.sheet === 'Tổng hợp')).toHaveLength(3);
  });

  it('keeps a result whose indicator the figures do not list, under its code, rather than lose it', async () => {
    const f = monthFigures();
    const first = f.villages[0];
    if (first === undefined) throw new Error('fixture');
    first.results = { ...first.results, land_information: 5 };
    const sheet = sheetNamed(await workbookOf(f), 'Biểu số liệu');
    expect(sheet.getCell('M9').value).toBe('Chỉ tiêu mã "land_information"');
    expect(sheet.getCell('M10').value).toBe(5);
    expect(formulaOf(sheet.getCell('M13')).result).toBe(5);
  });
});
