/** The outgoing register as a spreadsheet, with the columns of Decree 30's Appendix IV. */
import ExcelJS from 'exceljs';
import type { FileDownload } from '../../../shared/contract/types';
import { keptBy, recipientsShown, registerNotes } from '../../../shared/documents/register-columns';
import { isoToVi } from '../../../shared/vi/dates';
import { upperVi } from '../../../shared/vi/text';
import type { BackendContext } from '../context';
import { getProfile } from '../profile/profile-service';
import { excelCellText } from '../spreadsheets/cell-text';
import { listRegister } from './register-service';

const columns = [
  { header: 'Số, ký hiệu văn bản', width: 16 },
  { header: 'Ngày, tháng văn bản', width: 13 },
  { header: 'Tên loại và trích yếu nội dung văn bản', width: 46 },
  { header: 'Người ký', width: 20 },
  { header: 'Nơi nhận văn bản', width: 30 },
  { header: 'Đơn vị, người nhận bản lưu', width: 16 },
  { header: 'Số lượng bản', width: 9 },
  { header: 'Ngày chuyển', width: 12 },
  { header: 'Ghi chú', width: 22 },
];

export async function exportRegister(
  ctx: BackendContext,
  query: { year?: number | undefined; kind?: string | undefined },
): Promise<FileDownload> {
  const year = query.year ?? new Date().getFullYear();
  const entries = await listRegister(ctx, { year, kind: query.kind });
  const profile = await getProfile(ctx.db);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(`Sổ văn bản đi ${year}`, {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.mergeCells(1, 1, 1, columns.length);
  sheet.getCell(1, 1).value = upperVi(profile?.issuerName ?? 'Ủy ban nhân dân');
  sheet.mergeCells(2, 1, 2, columns.length);
  sheet.getCell(2, 1).value = `SỔ ĐĂNG KÝ VĂN BẢN ĐI NĂM ${year}`;
  for (const r of [1, 2]) {
    sheet.getCell(r, 1).font = { name: 'Times New Roman', bold: true, size: r === 2 ? 14 : 12 };
    sheet.getCell(r, 1).alignment = { horizontal: 'center' };
  }
  const headerRow = sheet.getRow(4);
  columns.forEach((c, i) => {
    headerRow.getCell(i + 1).value = c.header;
    sheet.getColumn(i + 1).width = c.width;
  });
  headerRow.font = { name: 'Times New Roman', bold: true, size: 11 };
  headerRow.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  entries.forEach((e, index) => {
    const row = sheet.getRow(5 + index);
    const values: (string | number)[] = [
      e.numberText ?? '',
      e.date ? isoToVi(e.date) : '',
      `${e.kindLabel}: ${e.summary}`,
      e.signerName ?? '',
      recipientsShown(e.recipients),
      keptBy(e.recipients),
      e.copies ?? '',
      e.sentOn ? isoToVi(e.sentOn) : '',
      [...registerNotes(e), e.notes].filter(Boolean).join('; '),
    ];
    row.values = values.map((v) => (typeof v === 'string' ? excelCellText(v) : v));
    row.font = { name: 'Times New Roman', size: 11 };
    row.alignment = { wrapText: true, vertical: 'top' };
  });
  for (let r = 4; r < 5 + entries.length; r += 1) {
    for (let c = 1; c <= columns.length; c += 1) {
      sheet.getCell(r, c).border = {
        top: { style: 'thin' },
        bottom: { style: 'thin' },
        left: { style: 'thin' },
        right: { style: 'thin' },
      };
    }
  }
  sheet.views = [{ state: 'frozen', ySplit: 4 }];
  const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
  return { fileName: `So-van-ban-di-${year}.xlsx`, base64: bytes.toString('base64') };
}
