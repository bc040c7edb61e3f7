/**
 * The completeness matrix as a workbook (issue 10, item 6): "Theo dõi nhận báo cáo", one row per
 * commune and a column per month, a mark per cell, the totals; and "Xã cần nhắc", the communes
 * whose bundle is missing after its deadline, with their contact. Built with the project's
 * sheet helpers (spreadsheets/sheet-style.ts), as every other workbook.
 */
import type {
  Completeness,
  CompletenessCell,
  CompletenessStatus,
} from '../../../shared/contract/receiving-types';
import { shortPeriodMark } from '../../../shared/domain/periods';
import { isoToVi } from '../../../shared/vi/dates';
import { upperVi } from '../../../shared/vi/text';
import {
  bannerRow,
  dataRow,
  headerRow,
  newWorkbook,
  printSetup,
  setColumns,
  toBuffer,
  type ColumnSpec,
} from '../spreadsheets/sheet-style';

export const MATRIX_SHEET = 'Theo dõi nhận báo cáo';
export const TO_CALL_SHEET = 'Xã cần nhắc';

/** What a cell shows: short, so twelve months fit across an A4 page. */
export const statusMarks: Record<CompletenessStatus, string> = {
  received: 'Đã nhận',
  late: 'Muộn',
  missing: 'Chưa nhận',
  not_due: '',
};

/** "Đã nhận", "Muộn (thay 1)", "Đã nhận (Q1)" for a month its quarter's bundle brought. */
function cellText(cell: CompletenessCell): string {
  const notes = [
    ...(cell.coveredBy === null ? [] : [shortPeriodMark(cell.coveredBy)]),
    ...(cell.replacements > 0 ? [`thay ${cell.replacements}`] : []),
  ];
  const mark = statusMarks[cell.status];
  return notes.length > 0 ? `${mark} (${notes.join(', ')})` : mark;
}

export async function completenessWorkbook(data: Completeness, unitName: string): Promise<Buffer> {
  const workbook = newWorkbook();
  const columns: ColumnSpec[] = [
    { header: 'STT', width: 6, align: 'center' },
    { header: 'Mã xã', width: 9, align: 'center', numFmt: '@' },
    { header: 'Xã, phường', width: 24 },
    ...Array.from({ length: 12 }, (_, i) => ({ header: `T${i + 1}`, width: 10, align: 'center' as const })),
    { header: 'Đã nhận', width: 9, align: 'right' },
    { header: 'Muộn', width: 8, align: 'right' },
    { header: 'Chưa nhận', width: 10, align: 'right' },
  ];
  const sheet = workbook.addWorksheet(MATRIX_SHEET);
  setColumns(sheet, columns);
  bannerRow(sheet, 1, upperVi(unitName), columns.length, { bold: true });
  bannerRow(sheet, 3, `THEO DÕI NHẬN BÁO CÁO CỦA CÁC XÃ NĂM ${data.year}`, columns.length, {
    bold: true,
    size: 14,
  });
  bannerRow(
    sheet,
    4,
    `Hạn gửi: ngày ${data.deadlineDay} tháng sau; số liệu đến ngày ${isoToVi(data.asOf)}; ` +
      '(Q1), (6T1), (9T), (Năm): tháng có trong gói quý, 6 tháng, 9 tháng, năm',
    columns.length,
    { italic: true },
  );
  const head = 6;
  headerRow(sheet, head, columns);
  data.rows.forEach((r, i) => {
    dataRow(sheet, head + 1 + i, columns, [
      i + 1,
      r.communeCode,
      r.communeName,
      ...r.cells.map(cellText),
      r.received,
      r.late,
      r.missing,
    ]);
  });
  printSetup(sheet, head);

  const callColumns: ColumnSpec[] = [
    { header: 'STT', width: 6, align: 'center' },
    { header: 'Mã xã', width: 9, align: 'center', numFmt: '@' },
    { header: 'Xã, phường', width: 28 },
    { header: 'Tháng chưa nhận', width: 30 },
    { header: 'Liên hệ', width: 36 },
  ];
  const calls = workbook.addWorksheet(TO_CALL_SHEET);
  setColumns(calls, callColumns);
  bannerRow(calls, 1, `CÁC XÃ CẦN NHẮC GỬI BÁO CÁO NĂM ${data.year}`, callColumns.length, {
    bold: true,
    size: 14,
  });
  headerRow(calls, 3, callColumns);
  data.toCall.forEach((c, i) => {
    dataRow(calls, 4 + i, callColumns, [
      i + 1,
      c.communeCode,
      c.communeName,
      c.months.map((m) => `T${m}`).join(', '),
      c.contact,
    ]);
  });
  printSetup(calls, 3, { orientation: 'portrait' });
  return toBuffer(workbook);
}
