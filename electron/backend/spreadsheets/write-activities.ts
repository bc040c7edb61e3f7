/**
 * The template of a month of activities: the fixed columns, one column per active indicator
 * named by its Vietnamese name, and a "Hướng dẫn" sheet listing the kinds, platforms and
 * indicators as the import reads them. It reads back through readActivitiesWorkbook.
 */
import { activityKindLabels, activityKinds } from '../../../shared/domain/activities';
import { activityHeaders } from './read-activities';
import {
  bannerRow,
  headerRow,
  issuerLine,
  newWorkbook,
  printSetup,
  setColumns,
  toBuffer,
  type ColumnSpec,
} from './sheet-style';

export interface TemplateCatalog {
  platforms: readonly { code: string; name: string }[];
  indicators: readonly { code: string; name: string; unit: string }[];
}

/** Rows of the sheet ready for typing, with the date column formatted as a date. */
const typingRows = 200;

export async function writeActivitiesTemplate(
  catalog: TemplateCatalog,
  issuerName?: string | null,
): Promise<Buffer> {
  const workbook = newWorkbook();
  const sheet = workbook.addWorksheet('Hoạt động');
  const columns: ColumnSpec[] = [
    { header: activityHeaders.date, width: 12, align: 'center' },
    { header: activityHeaders.team, width: 24 },
    { header: activityHeaders.kind, width: 16 },
    { header: activityHeaders.platforms, width: 24 },
    { header: activityHeaders.place, width: 20 },
    { header: activityHeaders.people, width: 10, align: 'center' },
    { header: activityHeaders.households, width: 10, align: 'center' },
    ...catalog.indicators.map((i) => ({ header: i.name, width: 16, align: 'center' as const })),
    { header: activityHeaders.note, width: 24 },
  ];
  const width = columns.length;
  setColumns(sheet, columns);
  bannerRow(sheet, 1, issuerLine(issuerName), Math.min(4, width), { bold: true });
  bannerRow(sheet, 2, 'HOẠT ĐỘNG CỦA CÁC TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG', width, { bold: true, size: 14 });
  bannerRow(sheet, 3, '(Mỗi hoạt động một dòng — xem hướng dẫn ở trang «Hướng dẫn»)', width, {
    italic: true,
  });
  headerRow(sheet, 4, columns);
  for (let row = 5; row < 5 + typingRows; row += 1) sheet.getCell(row, 1).numFmt = 'dd/mm/yyyy';
  printSetup(sheet, 4);

  const guide = workbook.addWorksheet('Hướng dẫn');
  guide.getColumn(1).width = 60;
  guide.getColumn(2).width = 40;
  bannerRow(guide, 1, 'HƯỚNG DẪN ĐIỀN', 2, { bold: true, size: 14 });
  const lines: [string, string][] = [
    ['Ngày', 'ngày/tháng/năm, ví dụ 05/03/2026'],
    ['Tổ', 'tên Tổ, hoặc tên thôn, tổ dân phố; ghi «xã» cho Tổ cấp xã'],
    ['Số người, Số hộ, cột chỉ tiêu', 'số nguyên không âm; để trống nếu không có'],
    ['Nền tảng', 'một hoặc nhiều, cách nhau bằng dấu ; hoặc dấu ,'],
    ['', ''],
    ['HÌNH THỨC', ''],
    ...activityKinds.map((k): [string, string] => [activityKindLabels[k], k]),
    ['', ''],
    ['NỀN TẢNG', 'mã'],
    ...catalog.platforms.map((p): [string, string] => [p.name, p.code]),
    ['', ''],
    ['CHỈ TIÊU (tên cột)', 'đơn vị tính'],
    ...catalog.indicators.map((i): [string, string] => [i.name, i.unit]),
  ];
  lines.forEach(([a, b], i) => {
    const row = guide.getRow(i + 3);
    row.getCell(1).value = a;
    row.getCell(2).value = b;
    const bold = a === a.toLocaleUpperCase('vi') && a !== '';
    row.font = { name: 'Times New Roman', size: 12, bold };
  });
  return toBuffer(workbook);
}
