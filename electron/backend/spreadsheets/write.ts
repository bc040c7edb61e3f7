/**
 * The .xlsx files the application hands out: the template an officer fills in, the people list
 * and a team's member list. Each reads back through readPeopleSheet to the same people.
 */
import ExcelJS from 'exceljs';
import { roleLabels, roles } from '../../../shared/domain/teams';
import { todayIso } from '../../../shared/vi/dates';
import {
  bannerRow,
  dataRow,
  headerRow,
  issuerLine,
  newWorkbook,
  printSetup,
  setColumns,
  toBuffer,
  viDate,
  type ColumnSpec,
} from './sheet-style';

export interface ExportPerson {
  fullName: string;
  /** The label ("Nam", "Nữ"); the codes 'male'/'female' are printed as labels too. */
  gender: string | null;
  birthYear: number | null;
  phone: string | null;
  position: string | null;
  villageName: string | null;
  /** Tag labels ("Giáo viên Tin học", "Đoàn viên"). */
  tags: string[];
  notes: string | null;
  archived: boolean;
}

export interface ExportMember {
  fullName: string;
  gender: string | null;
  birthYear: number | null;
  phone: string | null;
  position: string | null;
  roleLabel: string;
  /** YYYY-MM-DD, printed dd/mm/yyyy. */
  startDate: string;
  endDate: string | null;
}

export interface ExportMeta {
  /** "Xã Đông Sơn" (or the issuing body's name), printed as "ỦY BAN NHÂN DÂN XÃ ĐÔNG SƠN". */
  communeName: string;
  title: string;
  /** The date the list is as of, YYYY-MM-DD; today by default. */
  asOf?: string;
}

const genderText: Readonly<Record<string, string>> = { male: 'Nam', female: 'Nữ' };
function genderLabel(gender: string | null): string | null {
  return gender === null ? null : (genderText[gender] ?? gender);
}

// ---------------------------------------------------------------------------------------------
// Template

const templateColumns: readonly ColumnSpec[] = [
  { header: 'STT', width: 6, align: 'center' },
  { header: 'Họ và tên', width: 26 },
  { header: 'Giới tính', width: 10, align: 'center' },
  { header: 'Năm sinh', width: 10, align: 'center' },
  { header: 'Chức vụ, đơn vị công tác', width: 36 },
  { header: 'Chức danh trong Tổ', width: 20 },
  { header: 'Số điện thoại', width: 16, numFmt: '@' },
  { header: 'Thôn, tổ dân phố', width: 20 },
  { header: 'Ghi chú', width: 22 },
];

/** What the two example rows of the template hold; the tests read them back. */
export const templateExamples = [
  [1, 'Nguyễn Văn An', 'Nam', 1978, 'Trưởng thôn An Hải', 'Tổ trưởng', '0912345678', 'Thôn An Hải', null],
  [
    2,
    'Trần Thị Bình',
    'Nữ',
    1996,
    'Bí thư Chi đoàn thôn An Hải',
    'Tổ phó',
    '0987654321',
    'Thôn An Hải',
    'Đoàn viên',
  ],
] as const;

const templateFirstDataRow = 6;
const templateLastDataRow = 505;

const guideLines = [
  'Mỗi người ghi một dòng, bắt đầu ở dòng 6 (hai dòng chữ nghiêng là ví dụ: hãy ghi đè lên hoặc xóa đi).',
  'Giới tính: chọn Nam hoặc Nữ trong danh sách của ô.',
  'Năm sinh: ghi năm bốn chữ số (1985) hoặc ngày sinh đủ (12/03/1985).',
  'Chức danh trong Tổ: chọn Tổ trưởng, Tổ phó thường trực, Tổ phó hoặc Thành viên; để trống nếu chưa phân công.',
  'Số điện thoại: ghi đủ 10 số, có số 0 ở đầu (ô đã định dạng kiểu chữ nên số 0 được giữ).',
  'Thôn, tổ dân phố: ghi đúng tên như trong danh mục thôn của xã, ví dụ "Thôn An Hải", "Tổ dân phố 3".',
  'Ngày bắt đầu tham gia Tổ: ghi ở dòng tiêu đề ngày của quyết định, ví dụ "(Kèm theo Quyết định số 07/QĐ-UBND ngày 05/9/2022)", ' +
    'hoặc thêm cột "Ngày bắt đầu" (dd/mm/yyyy) cho từng người; không có thì phần mềm hỏi ngày khi nhập.',
  'Có thể đổi tên trang tính, thêm dòng tiêu đề phía trên; không đổi tên các cột.',
  'Lưu tệp kiểu .xlsx rồi nhập vào phần mềm: Người tham gia → Nhập từ Excel.',
];

/**
 * One validation for a whole range. exceljs's typed per-cell API writes overlapping duplicates
 * (it sorts "C10" before "C6" when merging cells into ranges); its range API is untyped.
 */
function addValidation(sheet: ExcelJS.Worksheet, range: string, validation: ExcelJS.DataValidation): void {
  const withRanges = sheet as unknown as {
    dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void };
  };
  withRanges.dataValidations.add(range, validation);
}

/** The template an officer fills in: title rows, the header, two example rows, drop-down lists. */
export async function writePeopleTemplate(issuerName?: string | null): Promise<Buffer> {
  const workbook = newWorkbook();
  const sheet = workbook.addWorksheet('Danh sách');
  const width = templateColumns.length;
  const headerRowNumber = templateFirstDataRow - 1;
  setColumns(sheet, templateColumns);
  bannerRow(sheet, 1, issuerLine(issuerName), 4, { bold: true });
  bannerRow(sheet, 2, 'DANH SÁCH THÀNH VIÊN TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG', width, { bold: true, size: 14 });
  bannerRow(sheet, 3, '(Mẫu nhập danh sách — xem hướng dẫn ở trang «Hướng dẫn»)', width, { italic: true });
  headerRow(sheet, headerRowNumber, templateColumns);
  templateExamples.forEach((values, i) => {
    dataRow(sheet, templateFirstDataRow + i, templateColumns, values, {
      italic: true,
      color: { argb: 'FF808080' },
    });
  });

  const genderList: ExcelJS.DataValidation = {
    type: 'list',
    allowBlank: true,
    formulae: ['"Nam,Nữ"'],
    showErrorMessage: true,
    errorStyle: 'warning',
    errorTitle: 'Giới tính',
    error: 'Hãy chọn Nam hoặc Nữ.',
  };
  const roleList: ExcelJS.DataValidation = {
    type: 'list',
    allowBlank: true,
    formulae: [`"${roles.map((r) => roleLabels[r]).join(',')}"`],
    showErrorMessage: true,
    errorStyle: 'warning',
    errorTitle: 'Chức danh trong Tổ',
    error: 'Hãy chọn một chức danh trong danh sách.',
  };
  const [first, last] = [templateFirstDataRow, templateLastDataRow];
  addValidation(sheet, `C${first}:C${last}`, genderList);
  addValidation(sheet, `F${first}:F${last}`, roleList);
  for (let row = templateFirstDataRow; row <= templateLastDataRow; row += 1)
    sheet.getCell(row, 7).numFmt = '@';
  printSetup(sheet, headerRowNumber);

  const guide = workbook.addWorksheet('Hướng dẫn');
  guide.getColumn(1).width = 110;
  bannerRow(guide, 1, 'HƯỚNG DẪN ĐIỀN DANH SÁCH', 1, { bold: true, size: 14 });
  guideLines.forEach((line, i) => {
    const cell = guide.getCell(i + 3, 1);
    cell.value = `${i + 1}. ${line}`;
    cell.font = { name: 'Times New Roman', size: 12 };
    cell.alignment = { wrapText: true, vertical: 'top' };
  });
  return toBuffer(workbook);
}

// ---------------------------------------------------------------------------------------------
// People list

const peopleColumns: readonly ColumnSpec[] = [
  { header: 'STT', width: 6, align: 'center' },
  { header: 'Họ và tên', width: 26 },
  { header: 'Giới tính', width: 10, align: 'center' },
  { header: 'Năm sinh', width: 10, align: 'center' },
  { header: 'Chức vụ, đơn vị công tác', width: 36 },
  { header: 'Số điện thoại', width: 16, numFmt: '@' },
  { header: 'Thôn, tổ dân phố', width: 20 },
  { header: 'Phân loại', width: 28 },
  { header: 'Ghi chú', width: 22 },
  { header: 'Tình trạng', width: 14, align: 'center' },
];

/** Title block shared by the lists: issuer, title, "as of" line; returns the header row number. */
function titleBlock(
  sheet: ExcelJS.Worksheet,
  meta: ExportMeta,
  width: number,
  caption: string | null,
): number {
  bannerRow(sheet, 1, issuerLine(meta.communeName), Math.min(4, width), { bold: true });
  bannerRow(sheet, 3, meta.title.normalize('NFC'), width, { bold: true, size: 14 });
  let row = 4;
  if (caption !== null) {
    bannerRow(sheet, row, caption, width, { bold: true });
    row += 1;
  }
  bannerRow(sheet, row, `(Tính đến ngày ${viDate(meta.asOf ?? todayIso())})`, width, { italic: true });
  return row + 2;
}

function totalRow(sheet: ExcelJS.Worksheet, row: number, text: string, width: number): void {
  bannerRow(sheet, row, text, Math.min(5, width), { bold: true });
  sheet.getCell(row, 1).alignment = { horizontal: 'left', vertical: 'middle' };
}

export async function writePeopleExport(people: readonly ExportPerson[], meta: ExportMeta): Promise<Buffer> {
  const workbook = newWorkbook();
  const sheet = workbook.addWorksheet('Danh sách người');
  setColumns(sheet, peopleColumns);
  const header = titleBlock(sheet, meta, peopleColumns.length, null);
  headerRow(sheet, header, peopleColumns);
  people.forEach((p, i) => {
    dataRow(sheet, header + 1 + i, peopleColumns, [
      i + 1,
      p.fullName,
      genderLabel(p.gender),
      p.birthYear,
      p.position,
      p.phone,
      p.villageName,
      p.tags.join('; '),
      p.notes,
      p.archived ? 'Đã lưu trữ' : null,
    ]);
  });
  totalRow(sheet, header + people.length + 2, `Tổng cộng: ${people.length} người`, peopleColumns.length);
  printSetup(sheet, header);
  return toBuffer(workbook);
}

// ---------------------------------------------------------------------------------------------
// A team's members

const memberColumns: readonly ColumnSpec[] = [
  { header: 'STT', width: 6, align: 'center' },
  { header: 'Họ và tên', width: 26 },
  { header: 'Giới tính', width: 10, align: 'center' },
  { header: 'Năm sinh', width: 10, align: 'center' },
  { header: 'Chức vụ, đơn vị công tác', width: 36 },
  { header: 'Chức danh trong Tổ', width: 20 },
  { header: 'Số điện thoại', width: 16, numFmt: '@' },
  { header: 'Ngày vào Tổ', width: 13, align: 'center' },
  { header: 'Ngày thôi', width: 13, align: 'center' },
];

export async function writeTeamMembersExport(
  team: { name: string; villageName: string | null },
  members: readonly ExportMember[],
  meta: ExportMeta,
): Promise<Buffer> {
  const workbook = newWorkbook();
  const sheet = workbook.addWorksheet('Thành viên');
  setColumns(sheet, memberColumns);
  const caption = team.villageName === null ? null : `Địa bàn: ${team.villageName}`;
  const header = titleBlock(sheet, meta, memberColumns.length, caption);
  headerRow(sheet, header, memberColumns);
  members.forEach((m, i) => {
    dataRow(sheet, header + 1 + i, memberColumns, [
      i + 1,
      m.fullName,
      genderLabel(m.gender),
      m.birthYear,
      m.position,
      m.roleLabel,
      m.phone,
      viDate(m.startDate),
      viDate(m.endDate),
    ]);
  });
  totalRow(
    sheet,
    header + members.length + 2,
    `Tổng cộng: ${members.length} thành viên`,
    memberColumns.length,
  );
  printSetup(sheet, header);
  return toBuffer(workbook);
}
