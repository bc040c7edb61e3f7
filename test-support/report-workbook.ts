/**
 * Helpers for the report workbook's tests: the header they print, the workbook read back with
 * exceljs, and its formula cells (the figures come from report-fixture.ts).
 */
import ExcelJS from 'exceljs';
import { unescapeXml } from './docx';
import { readZip, zipText } from './sheets';

/** What the report's header says in the tests. */
export const reportHeader = {
  unitLines: ['ỦY BAN NHÂN DÂN', 'XÃ ĐÔNG SƠN'],
  title: 'Kết quả hoạt động của Tổ Công nghệ số cộng đồng tháng 3 năm 2026',
} as const;

export async function loadWorkbook(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return workbook;
}

export function sheetNamed(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const sheet = workbook.getWorksheet(name);
  if (sheet === undefined)
    throw new Error(`no sheet «${name}» in ${workbook.worksheets.map((s) => s.name).join(', ')}`);
  return sheet;
}

/** A formula cell as the file stores it: where it is, its formula and its cached result. */
export interface FormulaCell {
  sheet: string;
  address: string;
  formula: string;
  /** A number, a text (t="str"), or undefined when the file holds no result. */
  result: number | string | undefined;
}

/**
 * Every formula cell of an .xlsx with its cached result, read from the sheets' XML (exceljs
 * reads a cached 0 back as no result, so it cannot tell a 0 from a missing value).
 */
export function formulaCells(bytes: Uint8Array): FormulaCell[] {
  const zip = readZip(bytes);
  const rels = new Map(
    [...zipText(zip, 'xl/_rels/workbook.xml.rels').matchAll(/<Relationship ([^>]*)\/>/gu)].map((m) => [
      /Id="([^"]+)"/u.exec(m[1] ?? '')?.[1],
      /Target="([^"]+)"/u.exec(m[1] ?? '')?.[1],
    ]),
  );
  const cells: FormulaCell[] = [];
  for (const sheet of zipText(zip, 'xl/workbook.xml').matchAll(/<sheet ([^>]*)\/>/gu)) {
    const name = unescapeXml(/name="([^"]*)"/u.exec(sheet[1] ?? '')?.[1] ?? '');
    const target = rels.get(/r:id="([^"]+)"/u.exec(sheet[1] ?? '')?.[1]) ?? '';
    const xml = zipText(zip, `xl/${target.replace(/^\/?xl\//u, '')}`);
    for (const cell of xml.matchAll(/<c r="([A-Z]+\d+)"([^>]*)>(.*?)<\/c>/gu)) {
      const inner = cell[3] ?? '';
      const formula = /<f[^>]*>(.*?)<\/f>/u.exec(inner)?.[1];
      if (formula === undefined) continue;
      const cached = /<v>(.*?)<\/v>|<v\/>/u.exec(inner);
      const text = cached === null ? undefined : unescapeXml(cached[1] ?? '');
      const isText = /t="str"/u.test(cell[2] ?? '');
      cells.push({
        sheet: name,
        address: cell[1] ?? '',
        formula: unescapeXml(formula),
        result: text === undefined ? undefined : isText ? text : Number(text),
      });
    }
  }
  return cells;
}

/** The same workbook with its formulas' cached results removed: whoever opens it must calculate. */
export async function withoutCachedResults(bytes: Buffer): Promise<Buffer> {
  const workbook = await loadWorkbook(bytes);
  for (const cell of formulaCells(bytes)) {
    sheetNamed(workbook, cell.sheet).getCell(cell.address).value = { formula: cell.formula };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
