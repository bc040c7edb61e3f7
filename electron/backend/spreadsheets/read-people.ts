/**
 * Reads a people list the way commune offices keep it: title rows, merged cells, a header whose
 * wording varies, village section rows, totals and signatures below the table, old encodings,
 * numbers typed every which way. Returns rows plus Vietnamese problems; never throws for the
 * content of a sheet (only for a file it cannot open).
 */
import type ExcelJS from 'exceljs';
import type { z } from 'zod';
import {
  personInputSchema,
  schemaProblem,
  teamUpdateSchema,
  villageInputSchema,
} from '../../../shared/contract/schemas';
import { parseBirthYear, parseGender, parseRole } from '../../../shared/domain/role-parse';
import type { Gender, Role } from '../../../shared/domain/teams';
import type { LegacyEncoding } from '../../../shared/vi/legacy-encoding';
import { normalizePhone } from '../../../shared/vi/phone';
import { cleanText } from '../../../shared/vi/text';
import { findHeader, type ColumnKind, type HeaderLayout } from './header';
import { personName, villageInText, villageName } from './names';
import { openWorkbook, openWorkbookBytes, type OpenOptions } from './open-workbook';
import { isSectionNumber, isSignatureText, isTotalText, sectionFromText } from './row-kinds';
import { parseDateCell, titleDecisionDate, type TitleDate } from './sheet-dates';
import { gridFromWorksheet, type CellRaw, type SheetGrid } from './sheet-grid';

export interface ParsedPersonRow {
  /** 1-based row number in the sheet, for messages. */
  row: number;
  fullName: string;
  gender: Gender | null;
  birthYear: number | null;
  phone: string | null;
  /** "Chức vụ, đơn vị công tác". */
  position: string | null;
  /** "Chức danh trong Tổ / Nhiệm vụ". */
  role: Role | null;
  villageName: string | null;
  teamName: string | null;
  notes: string | null;
  /** The row's own "Ngày bắt đầu" (ISO), when the sheet has such a column and the cell a date. */
  startDate: string | null;
}

export interface SheetProblem {
  row: number;
  severity: 'error' | 'warning';
  message: string;
}

export interface ParsedPeopleSheet {
  sheetName: string;
  headerRow: number | null;
  rows: ParsedPersonRow[];
  problems: SheetProblem[];
  encodingConverted: LegacyEncoding | null;
  /** The decision date in the title rows ("… Quyết định số 07/QĐ-UBND ngày 05/9/2022"), if any. */
  titleDate: TitleDate | null;
}

export const expectedHeaders =
  'STT, Họ và tên, Giới tính (hoặc hai cột Nam | Nữ), Năm sinh, Chức vụ, đơn vị công tác, ' +
  'Chức danh trong Tổ, Số điện thoại, Thôn, tổ dân phố, Ghi chú';

/** What one row holds, column kind by column kind. */
class RowView {
  constructor(
    private readonly grid: SheetGrid,
    private readonly layout: HeaderLayout,
    readonly row: number,
  ) {}

  cols(kind: ColumnKind): number[] {
    return this.layout.columns.get(kind) ?? [];
  }

  raw(kind: ColumnKind): CellRaw {
    const col = this.cols(kind)[0];
    return col === undefined ? null : this.grid.own(this.row, col).raw;
  }

  text(kind: ColumnKind): string {
    return cleanText(
      this.cols(kind)
        .map((col) => this.grid.own(this.row, col).text)
        .join(' '),
    );
  }

  /** Non-empty cells of the row that are not covered by a merge, left to right. */
  cells(): { col: number; text: string }[] {
    const cells: { col: number; text: string }[] = [];
    for (let col = 1; col <= this.grid.colCount; col += 1) {
      if (this.grid.isCoveredByMerge(this.row, col)) continue;
      const text = cleanText(this.grid.own(this.row, col).text);
      if (text !== '') cells.push({ col, text });
    }
    return cells;
  }

  spansColumns(col: number): boolean {
    const merge = this.grid.mergeAt(this.row, col);
    return merge !== null && merge.right > merge.left;
  }
}

function isCount(raw: CellRaw, text: string): boolean {
  if (typeof raw === 'number') return Number.isInteger(raw) && raw > 0 && raw < 100_000;
  return /^\d{1,5}\.?$/u.test(text);
}

/** A mark in a Nam or Nữ column: the year of birth, or an "x". */
const tickMark = /^(x|v|✓|✔|\+|1|có|co)$/iu;

function yearOrTick(view: RowView, kind: 'male' | 'female'): boolean {
  const text = view.text(kind);
  return text !== '' && (tickMark.test(text) || parseBirthYear(view.raw(kind)).year !== null);
}

/**
 * Evidence that a row is somebody, which a signature or totals row never has. (Not the role: a
 * village list is signed by its "TỔ TRƯỞNG".)
 */
function hasPersonData(view: RowView): boolean {
  if (isCount(view.raw('stt'), view.text('stt'))) return true;
  if (normalizePhone(phoneInput(view.raw('phone'))).phone !== null) return true;
  if (parseBirthYear(view.raw('birth')).year !== null) return true;
  if (parseGender(view.text('gender')) !== null) return true;
  return yearOrTick(view, 'male') || yearOrTick(view, 'female');
}

/** A totals or signature row: no person data, such a text, and no somebody in the name column. */
function endsTable(view: RowView, cells: { text: string }[]): boolean {
  if (hasPersonData(view)) return false;
  const marks = (text: string): boolean => isTotalText(text) || isSignatureText(text);
  const name = view.text('name');
  return cells.some((c) => marks(c.text)) && (name === '' || marks(name));
}

function phoneInput(raw: CellRaw): string | number | null {
  if (raw === null || typeof raw === 'string' || typeof raw === 'number') return raw;
  return String(raw);
}

/** "Đ/c Nguyễn Văn An", "Ông Trần Văn Bình", "1. Lê Thị Cúc" → the name alone. */
function bareName(text: string): string {
  const name = cleanText(text)
    .replace(/^\d{1,4}[.)]\s+/u, '')
    .replace(/Ð/gu, 'Đ') // Latin Eth typed for Đ by some old keyboards
    .replace(/ð/gu, 'đ');
  const prefix = /^(đ\/c|đồng chí|ông|bà)\s+/iu.exec(name);
  if (prefix !== null && name.slice(prefix[0].length).split(' ').length >= 2) {
    return name.slice(prefix[0].length);
  }
  return name;
}

function orNull(text: string): string | null {
  return text === '' ? null : text;
}

/**
 * A row's texts held to the forms' own schemas (limits, sanitiser): a name of a million characters
 * in a sheet is refused like one typed in the form, never cut or stored.
 */
function rowLimitProblems(row: ParsedPersonRow): string[] {
  const checks: [z.ZodType, string | null][] = [
    [personInputSchema.shape.fullName, row.fullName],
    [personInputSchema.shape.position, row.position],
    [personInputSchema.shape.notes, row.notes],
    [villageInputSchema.shape.name, row.villageName],
    [teamUpdateSchema.shape.name, row.teamName],
  ];
  return checks
    .filter(([, value]) => value !== null)
    .map(([schema, value]) => schemaProblem(schema, value))
    .filter((problem): problem is string => problem !== null);
}

class PeopleReader {
  readonly rows: ParsedPersonRow[] = [];
  readonly problems: SheetProblem[] = [];
  private village: string | null = null;
  /** No role column but "Chức vụ" holding roles: read it as the role column. */
  private readonly positionIsRole: boolean;

  constructor(
    private readonly grid: SheetGrid,
    private readonly layout: HeaderLayout,
  ) {
    this.village = this.captionVillage();
    this.positionIsRole = !layout.columns.has('role') && this.positionColumnHoldsRoles();
  }

  private warn(row: number, message: string): void {
    this.problems.push({ row, severity: 'warning', message: `Dòng ${row}: ${message}` });
  }

  private error(row: number, message: string): void {
    this.problems.push({ row, severity: 'error', message: `Dòng ${row}: ${message}` });
  }

  /** "Tổ CNSCĐ thôn An Hải" or "Thôn: An Hải" above the header: the village of every row. */
  private captionVillage(): string | null {
    let found: string | null = null;
    for (let row = 1; row < this.layout.firstRow; row += 1) {
      const cells = new RowView(this.grid, this.layout, row).cells();
      if (cells.length !== 1) continue;
      found = villageInText(cells[0]?.text ?? '') ?? found;
    }
    return found;
  }

  private positionColumnHoldsRoles(): boolean {
    let filled = 0;
    let roles = 0;
    for (let row = this.layout.dataRow; row <= this.grid.rowCount; row += 1) {
      const text = new RowView(this.grid, this.layout, row).text('position');
      if (text === '') continue;
      filled += 1;
      if (parseRole(text) !== null) roles += 1;
    }
    return filled > 0 && roles * 2 > filled;
  }

  read(): void {
    for (let row = this.layout.dataRow; row <= this.grid.rowCount; row += 1) {
      const view = new RowView(this.grid, this.layout, row);
      const cells = view.cells();
      if (cells.length === 0) continue;
      // Totals and the signature block end the table: names under "NGƯỜI LẬP BIỂU" are not members.
      if (endsTable(view, cells)) break;
      if (!hasPersonData(view) && this.readSection(view, cells)) continue;
      this.readPerson(view, cells);
    }
  }

  private readSection(view: RowView, cells: { col: number; text: string }[]): boolean {
    const sttCol = view.cols('stt')[0];
    let label: { col: number; text: string } | undefined;
    let numbered = false;
    if (cells.length === 1) label = cells[0];
    else if (cells.length === 2 && cells[0]?.col === sttCol && isSectionNumber(cells[0]?.text ?? '')) {
      label = cells[1];
      numbered = true;
    }
    if (label === undefined) return false;
    const section = sectionFromText(label.text, { merged: view.spansColumns(label.col), numbered });
    if (section === null) return false;
    this.village = section.villageName;
    return true;
  }

  private readPerson(view: RowView, cells: { col: number; text: string }[]): void {
    const row = view.row;
    const fullName = personName(
      bareName(view.text('name') || cleanText(`${view.text('familyName')} ${view.text('givenName')}`)),
    );
    const sttCols = view.cols('stt');
    if (fullName === '') {
      // Numbered but empty rows of a template are skipped without a word.
      if (cells.every((c) => sttCols.includes(c.col))) return;
      this.error(
        row,
        'thiếu họ và tên (các ô khác có dữ liệu). Hãy điền họ và tên hoặc xóa dòng này; dòng này chưa được nhập.',
      );
      return;
    }
    if (!/\p{L}/u.test(fullName)) {
      this.error(
        row,
        `họ và tên «${fullName}» không có chữ nào. Hãy sửa lại họ và tên; dòng này chưa được nhập.`,
      );
      return;
    }
    const { gender, yearFromGender } = this.gender(view);
    const birthYear = this.birthYear(view, yearFromGender);
    const roleText = this.positionIsRole ? view.text('position') : view.text('role');
    const role = parseRole(roleText);
    if (roleText !== '' && role === null) {
      this.warn(
        row,
        `không hiểu chức danh trong Tổ «${roleText}». Hãy ghi một trong: Tổ trưởng, Tổ phó thường trực, Tổ phó, Thành viên. Dòng vẫn được nhập, chưa có chức danh.`,
      );
    }
    const phone = normalizePhone(phoneInput(view.raw('phone')));
    if (phone.problem !== undefined) {
      this.warn(
        row,
        phone.phone === null ? `${phone.problem} Dòng vẫn được nhập, chưa có số điện thoại.` : phone.problem,
      );
    }
    const villageText = view.text('village');
    const start = parseDateCell(view.raw('startDate'));
    if (start.problem !== undefined) {
      this.warn(row, `${start.problem}. Dòng vẫn được nhập, ngày bắt đầu lấy theo ngày chung của bảng tính.`);
    }
    const parsed: ParsedPersonRow = {
      row,
      fullName,
      gender,
      birthYear,
      phone: phone.phone,
      position: this.positionIsRole ? null : orNull(view.text('position')),
      role,
      villageName: villageText === '' ? this.village : villageName(villageText),
      teamName: orNull(view.text('team')),
      notes: orNull(view.text('notes')),
      startDate: start.date,
    };
    const problems = rowLimitProblems(parsed);
    if (problems.length > 0) {
      this.error(row, `${problems.join(' ')} Dòng này chưa được nhập.`);
      return;
    }
    this.rows.push(parsed);
  }

  private gender(view: RowView): { gender: Gender | null; yearFromGender: CellRaw } {
    const text = view.text('gender');
    const male = view.text('male');
    const female = view.text('female');
    if (male !== '' && female !== '') {
      this.warn(
        view.row,
        'có dữ liệu ở cả cột Nam và cột Nữ. Hãy để trống một cột. Dòng vẫn được nhập, chưa có giới tính.',
      );
      return { gender: null, yearFromGender: null };
    }
    if (male !== '' || female !== '') {
      const raw = male !== '' ? view.raw('male') : view.raw('female');
      const mark = tickMark.test(male || female);
      return { gender: male !== '' ? 'male' : 'female', yearFromGender: mark ? null : raw };
    }
    if (text === '') return { gender: null, yearFromGender: null };
    const gender = parseGender(text);
    if (gender === null) {
      this.warn(
        view.row,
        `không hiểu giới tính «${text}» (cần Nam hoặc Nữ). Dòng vẫn được nhập, chưa có giới tính.`,
      );
    }
    return { gender, yearFromGender: null };
  }

  private birthYear(view: RowView, yearFromGender: CellRaw): number | null {
    const raw = view.raw('birth') ?? yearFromGender;
    if (raw === null) return null;
    const result = parseBirthYear(typeof raw === 'boolean' ? String(raw) : raw);
    if (result.problem !== undefined) {
      this.warn(view.row, `${result.problem} Dòng vẫn được nhập, chưa có năm sinh.`);
    }
    return result.year;
  }
}

/** Hidden sheets (lookup lists, old copies) only after the visible ones. */
function visibleFirst(workbook: ExcelJS.Workbook): ExcelJS.Worksheet[] {
  const hidden = (sheet: ExcelJS.Worksheet): boolean =>
    sheet.state === 'hidden' || sheet.state === 'veryHidden';
  return [...workbook.worksheets.filter((s) => !hidden(s)), ...workbook.worksheets.filter(hidden)];
}

/** Reads the people of the first worksheet that has a recognisable header. */
export function readPeopleWorkbook(workbook: ExcelJS.Workbook): ParsedPeopleSheet {
  const grids = visibleFirst(workbook).map(gridFromWorksheet);
  for (const grid of grids) {
    const layout = findHeader(grid);
    if (layout === null) continue;
    const reader = new PeopleReader(grid, layout);
    reader.read();
    const problems = reader.problems;
    if (reader.rows.length === 0 && !problems.some((p) => p.severity === 'error')) {
      problems.push({
        row: layout.firstRow,
        severity: 'error',
        message: `Trang «${grid.name}» có dòng tiêu đề (dòng ${layout.firstRow}) nhưng chưa có người nào bên dưới. Hãy điền mỗi người một dòng rồi nhập lại.`,
      });
    }
    return {
      sheetName: grid.name,
      headerRow: layout.firstRow,
      rows: reader.rows,
      problems,
      encodingConverted: grid.encoding,
      titleDate: titleDecisionDate(grid, layout.firstRow),
    };
  }
  const firstFilled = grids.find((g) => !g.isEmpty);
  if (firstFilled === undefined) {
    return {
      sheetName: grids[0]?.name ?? '',
      headerRow: null,
      rows: [],
      problems: [
        {
          row: 0,
          severity: 'error',
          message:
            'Tệp không có dữ liệu: các trang tính đều trống. Hãy mở tệp kiểm tra đã lưu danh sách chưa, rồi nhập lại.',
        },
      ],
      encodingConverted: null,
      titleDate: null,
    };
  }
  return {
    sheetName: firstFilled.name,
    headerRow: null,
    rows: [],
    problems: [
      {
        row: 0,
        severity: 'error',
        message:
          'Không tìm thấy dòng tiêu đề có cột «Họ và tên» trong tệp. Hãy thêm một dòng tiêu đề ngay trên danh sách, ' +
          `với các cột như: ${expectedHeaders}; rồi nhập lại.`,
      },
    ],
    encodingConverted: firstFilled.encoding,
    titleDate: null,
  };
}

/** Opens the file (.xlsx, or .xls/.ods through LibreOffice) and reads its people list. */
export async function readPeopleSheet(file: string, options: OpenOptions = {}): Promise<ParsedPeopleSheet> {
  return readPeopleWorkbook(await openWorkbook(file, options));
}

/** Reads a people list from uploaded bytes, without writing them to disk (except for LibreOffice). */
export async function readPeopleBytes(
  bytes: Buffer,
  fileName: string,
  options: OpenOptions = {},
): Promise<ParsedPeopleSheet> {
  return readPeopleWorkbook(await openWorkbookBytes(bytes, fileName, options));
}
