/**
 * The .docx and the .xlsx print the same tables: the same headings over the same numbers in the
 * table per pillar and in the "Biểu số liệu", a result under a code the figures do not list kept
 * in both under its code.
 */
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../../shared/contract/types';
import type { BodySection, TableAppendix } from '../../../shared/documents/content';
import { demoProfile } from '../demo/demo-data';
import { BIEU_FIXED_TITLES, BIEU_INDICATOR_TITLES, monthFigures } from '../../../test-support/report-fixture';
import { loadWorkbook, reportHeader, sheetNamed } from '../../../test-support/report-workbook';
import { composeReport } from './report-content';
import { writeReportWorkbook } from './report-xlsx';

const profile: Profile = { ...demoProfile, updatedAt: '2026-01-01T00:00:00.000Z' };

function withUnlistedCode() {
  const figures = monthFigures();
  const first = figures.villages[0];
  if (first === undefined) throw new Error('fixture');
  first.results = { ...first.results, land_information: 5 };
  return figures;
}

async function bothOutputs() {
  const figures = withUnlistedCode();
  const content = composeReport({
    figures,
    profile,
    texts: { difficulties: 'Sóng yếu.', proposals: 'Đề nghị hỗ trợ.', nextTasks: 'Tiếp tục.' },
    signer: { mode: 'chairman', name: 'Trần Văn Thành' },
    when: { number: 5, date: '2026-03-16', year: 2026 },
  });
  const workbook = await loadWorkbook(await writeReportWorkbook(figures, reportHeader));
  return { content, workbook };
}

function cellTexts(sheet: ReturnType<typeof sheetNamed>, row: number, from: number, to: number): string[] {
  return Array.from({ length: to - from + 1 }, (_, i) => {
    const value: unknown = sheet.getCell(row, from + i).value;
    const shown = value !== null && typeof value === 'object' && 'result' in value ? value.result : value;
    return typeof shown === 'number' ? shown.toLocaleString('vi-VN') : String(shown);
  });
}

describe('the .docx and the .xlsx tables', () => {
  it('head the Biểu alike and keep, in both, a result whose code the figures do not list', async () => {
    const { content, workbook } = await bothOutputs();
    const appendix = content.appendices[0] as TableAppendix;
    const sheet = sheetNamed(workbook, 'Biểu số liệu');
    const docxTitles = appendix.table.columns.map((c) => c.title);
    expect(docxTitles).toEqual([
      ...BIEU_FIXED_TITLES,
      ...BIEU_INDICATOR_TITLES,
      'Chỉ tiêu mã "land_information"',
    ]);
    // The sheet heads the fixed columns in row 8 (merged down) and the indicators in row 9.
    expect([...cellTexts(sheet, 8, 1, 7), ...cellTexts(sheet, 9, 8, 13)]).toEqual(docxTitles);
    expect(appendix.table.rows[0]).toEqual([
      '1',
      'Thôn An Hải',
      '9',
      '10',
      '512',
      '260',
      '8',
      '30',
      '50',
      '0',
      '30',
      '4',
      '5',
    ]);
    for (let r = 0; r < 3; r += 1) {
      expect(cellTexts(sheet, 10 + r, 1, 13), `row ${r + 1}`).toEqual(appendix.table.rows[r]);
    }
    expect(appendix.table.total?.slice(1)).toEqual([
      'Tổng cộng',
      '24',
      '19',
      '914',
      '463',
      '15',
      '57',
      '96',
      '31',
      '30',
      '8',
      '5',
    ]);
    expect(cellTexts(sheet, 13, 2, 13)).toEqual(appendix.table.total?.slice(1));
  });

  it('head the tables per pillar alike', async () => {
    const { content, workbook } = await bothOutputs();
    const table = content.body.find((s: BodySection) => s.heading === 'a) Chính quyền số')?.table;
    const titles = table?.columns.map((c) => c.title);
    expect(titles).toEqual([
      'STT',
      'Chỉ tiêu',
      'Đơn vị tính',
      'Chỉ tiêu năm 2026',
      'Kết quả trong kỳ',
      'Lũy kế từ đầu năm',
      'Tỷ lệ % so với chỉ tiêu năm',
    ]);
    expect(cellTexts(sheetNamed(workbook, 'Chính quyền số'), 8, 1, 7)).toEqual(titles);
  });
});
