/**
 * The receiving unit's workbook read back with exceljs, over the real aggregate of
 * aggregate-fixture.ts: the commune report's sheets with "Biểu theo xã" in place of the villages',
 * the form's header under the supervising body, every number and formula result equal to the
 * figures (and to the two communes' own figures), the silent commune's "Chưa gửi" kept out of the
 * SUMs, the print setup; and LibreOffice recalculating every formula to the cached result.
 */
import fs from 'node:fs';
import path from 'node:path';
import type ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AggregateFigures, ReportFigures } from '../../../shared/contract/report-types';
import {
  aggregateHeader,
  communeCounts,
  communeSources,
  COMMUNES_FIXED_TITLES,
  threeCommunes,
  type CommuneSources,
} from '../../../test-support/aggregate-fixture';
import { missingTools } from '../../../test-support/render';
import {
  formulaCells,
  loadWorkbook,
  sheetNamed,
  withoutCachedResults,
} from '../../../test-support/report-workbook';
import { tempDir } from '../../../test-support/sheets';
import { convertWithLibreOffice } from '../spreadsheets/libreoffice';
import { aggregateWorkbookHeader } from './aggregate-content';
import { aggregateWorkbook } from './report-xlsx';

const when = { number: 12, date: '2026-03-18', year: 2026 };
let sources: CommuneSources;
let figures: AggregateFigures;
let bytes: Buffer;
let workbook: ExcelJS.Workbook;

beforeAll(async () => {
  sources = await communeSources();
  figures = threeCommunes(sources);
  bytes = await aggregateWorkbook(figures, aggregateWorkbookHeader(aggregateHeader, figures, when));
  workbook = await loadWorkbook(bytes);
}, 60_000);

/** A cell's value, a formula as its cached result. */
function valueOf(sheet: ExcelJS.Worksheet, row: number, column: number): unknown {
  const value = sheet.getCell(row, column).value;
  if (value !== null && typeof value === 'object' && 'formula' in value) return value.result;
  return value;
}

function formulaAt(sheet: ExcelJS.Worksheet, row: number, column: number): string | undefined {
  const value = sheet.getCell(row, column).value;
  return value !== null && typeof value === 'object' && 'formula' in value ? value.formula : undefined;
}

/** The supervising body, the unit, a blank row, the title, caption, period, the report: the table at 9. */
const TABLE = 9;

describe('aggregateWorkbook: sheets and the form', () => {
  it('has Tổng hợp, a sheet per pillar and Biểu theo xã', () => {
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Tổng hợp',
      ...figures.pillars.map((p) => p.label),
      'Biểu theo xã',
    ]);
    expect(figures.pillars.map((p) => p.label)).toEqual(['Chính quyền số', 'Kinh tế số', 'Xã hội số']);
  });

  it('prints the supervising body upright above the unit in bold, the title, the period and the report', () => {
    for (const sheet of workbook.worksheets) {
      expect(sheet.getCell('A1').value, sheet.name).toBe('UBND TỈNH QUẢNG NGÃI');
      expect(sheet.getCell('A1').font?.bold).toBeFalsy();
      expect(sheet.getCell('A2').value).toBe('SỞ KHOA HỌC VÀ CÔNG NGHỆ');
      expect(sheet.getCell('A2').font?.bold).toBe(true);
      expect(sheet.getCell('A3').value).toBeNull();
      expect(sheet.getCell('A4').value).toBe(
        'KẾT QUẢ HOẠT ĐỘNG CỦA TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG TRÊN ĐỊA BÀN TỈNH QUẢNG NGÃI THÁNG 3 NĂM 2026',
      );
      expect(sheet.getCell('A6').value).toBe('Số liệu tính từ ngày 15/02/2026 đến ngày 14/3/2026.');
      expect(sheet.getCell('A7').value).toBe(
        '(Kèm theo Báo cáo số 12/BC-SKHCN ngày 18 tháng 3 năm 2026 của Sở Khoa học và Công nghệ tỉnh Quảng Ngãi)',
      );
      expect(sheet.getCell(TABLE, 1).value).toBe('STT');
    }
    expect(sheetNamed(workbook, 'Tổng hợp').getCell('A5').value).toBe(
      'Tổng hợp số liệu của 02/03 xã, phường đã gửi số liệu',
    );
    expect(sheetNamed(workbook, 'Biểu theo xã').getCell('A5').value).toBe(
      'Biểu tổng hợp kết quả theo xã, phường',
    );
  });

  it('prints on A4, the pillars portrait, the communes landscape, the header rows repeated', () => {
    for (const sheet of workbook.worksheets) {
      const communes = sheet.name === 'Biểu theo xã';
      expect(sheet.pageSetup, sheet.name).toMatchObject({
        paperSize: 9,
        orientation: communes ? 'landscape' : 'portrait',
        fitToPage: true,
        fitToWidth: 1,
        printTitlesRow: communes ? `${TABLE}:${TABLE + 1}` : `${TABLE}:${TABLE}`,
      });
    }
  });
});

describe('aggregateWorkbook: numbers', () => {
  it('holds the summed totals in Tổng hợp, the totals as SUMs over their parts', () => {
    const sheet = sheetNamed(workbook, 'Tổng hợp');
    const rows = Array.from({ length: 27 }, (_, i) => [
      sheet.getCell(TABLE + 1 + i, 2).value,
      valueOf(sheet, TABLE + 1 + i, 4),
    ]);
    const f = figures;
    const both = (pick: (c: ReportFigures) => number): number => pick(sources.small) + pick(sources.demo);
    expect(rows).toEqual(
      expect.arrayContaining([
        ['Số Tổ đang hoạt động cuối kỳ', both((c) => c.teams.commune + c.teams.village)],
        ['Số thành viên cuối kỳ', both((c) => c.members.total)],
        ['Số hoạt động', both((c) => c.activities.total)],
        ['Số người được tuyên truyền, hướng dẫn, hỗ trợ', 115 + sources.demo.reached.people],
        ['Số hộ gia đình được tiếp cận', 52 + sources.demo.reached.households],
        ['Số lớp, buổi bồi dưỡng, tập huấn', both((c) => c.trainings.sessions)],
        ['Tổng số giờ bồi dưỡng, tập huấn', both((c) => c.trainings.hours)],
        ['Số thành viên của Tổ được bồi dưỡng, tập huấn', f.trainings.trainedMembers],
      ]),
    );
    expect(formulaAt(sheet, TABLE + 2, 4)).toBe(`SUM(D${TABLE + 3}:D${TABLE + 4})`);
  });

  it('holds each indicator’s summed target, result, cumulative and the percentage formula', () => {
    for (const pillar of figures.pillars) {
      const sheet = sheetNamed(workbook, pillar.label);
      pillar.indicators.forEach((line, i) => {
        const row = TABLE + 1 + i;
        expect(
          [1, 2, 3, 4, 5, 6].map((c) => valueOf(sheet, row, c)),
          line.name,
        ).toEqual([i + 1, line.name, line.unit, line.target, line.result, line.cumulative]);
        expect(formulaAt(sheet, row, 7)).toBe(`IF(D${row}>0,ROUND(F${row}/D${row},4),"")`);
        const percent = valueOf(sheet, row, 7);
        if (line.percent === null) expect(percent).toBe('');
        else expect(percent).toBeCloseTo(line.percent / 100, 12);
      });
    }
  });

  it('has a row per commune, "Chưa gửi" and dashes for the silent one, SUM totals equal to the figures', () => {
    const sheet = sheetNamed(workbook, 'Biểu theo xã');
    const first = TABLE + 2;
    const width = sheet.getRow(TABLE + 1).cellCount;
    const row = (r: number): unknown[] => Array.from({ length: width }, (_, c) => valueOf(sheet, r, c + 1));
    const counts = communeCounts;
    expect(row(TABLE + 1).slice(0, 8)).toEqual([...COMMUNES_FIXED_TITLES]);
    expect(row(first)).toEqual([
      1,
      'Phường Bình Minh',
      'Chưa gửi',
      ...Array.from({ length: width - 3 }, () => '-'),
    ]);
    expect(row(first + 1).slice(0, 8)).toEqual([2, 'Xã An Bình', ...counts(sources.demo)]);
    expect(row(first + 2).slice(0, 8)).toEqual([3, 'Xã Đông Sơn', ...counts(sources.small)]);
    const total = first + 3;
    expect(sheet.getCell(total, 2).value).toBe('Tổng cộng');
    expect(row(total).slice(2, 8)).toEqual(counts(figures));
    // Every indicator column: the communes' results, its SUM the aggregate's result.
    for (let c = 9; c <= width; c += 1) {
      const title = String(sheet.getCell(TABLE + 1, c).value);
      const line = figures.indicators.find((l) => `${l.name} (${l.unit})` === title);
      expect(line, title).toBeDefined();
      const own = (f: ReportFigures): number => f.indicators.find((l) => l.code === line?.code)?.result ?? 0;
      expect([valueOf(sheet, first + 1, c), valueOf(sheet, first + 2, c)], title).toEqual([
        own(sources.demo),
        own(sources.small),
      ]);
      expect(valueOf(sheet, total, c), title).toBe(line?.result);
    }
    for (let c = 3; c <= width; c += 1) {
      const letter = sheet.getCell(total, c).address.replace(/\d+$/u, '');
      expect(formulaAt(sheet, total, c)).toBe(`SUM(${letter}${first}:${letter}${total - 1})`);
    }
    expect(String(sheet.getCell(total + 2, 1).value)).toContain('Phường Bình Minh chưa gửi số liệu');
  });
});

const skip = missingTools();

describe.skipIf(skip !== null)('the aggregate workbook in LibreOffice', () => {
  it('calculates every formula to the result the file caches ("Chưa gửi" and dashes count nothing)', async () => {
    const dir = tempDir();
    const source = path.join(dir, 'tong-hop.xlsx');
    fs.writeFileSync(source, await withoutCachedResults(bytes));
    const recalculated = formulaCells(
      fs.readFileSync(await convertWithLibreOffice(source, 'xlsx', path.join(dir, 'out'))),
    );
    const cached = formulaCells(bytes);
    expect(recalculated.map((c) => [c.sheet, c.address])).toEqual(cached.map((c) => [c.sheet, c.address]));
    recalculated.forEach((cell, i) => {
      const want = cached[i]?.result;
      const where = `${cell.sheet}!${cell.address} ${cell.formula}`;
      if (typeof want === 'number') expect(cell.result, where).toBeCloseTo(want, 12);
      else expect(cell.result, where).toBe(want);
    });
    expect(cached.filter((c) => c.sheet === 'Biểu theo xã').length).toBeGreaterThan(6);
  }, 120_000);
});
