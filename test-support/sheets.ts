/**
 * Helpers for the spreadsheet tests: workbooks built from rows, saved to real .xlsx files and
 * read back, and the parts of a zip file (fflate) to look at the XML inside it.
 */
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readPeopleSheet, type ParsedPeopleSheet } from '../electron/backend/spreadsheets/read-people';

export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'to-cnscd-sheets-'));
}

/** A sheet with these rows from row 1 (null = empty cell); the worksheet to add merges or styles. */
export function workbookWith(
  rows: readonly (readonly ExcelJS.CellValue[])[],
  sheetName = 'Sheet1',
): { workbook: ExcelJS.Workbook; sheet: ExcelJS.Worksheet } {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  rows.forEach((values, r) => {
    values.forEach((value, c) => {
      if (value !== null && value !== undefined) sheet.getCell(r + 1, c + 1).value = value;
    });
  });
  return { workbook, sheet };
}

/** Saves to a real .xlsx file (so merges, rich text and formulas go through the file format) and reads it. */
export async function saveAndRead(
  workbook: ExcelJS.Workbook,
  name = 'danh-sach.xlsx',
): Promise<ParsedPeopleSheet> {
  const file = path.join(tempDir(), name);
  await workbook.xlsx.writeFile(file);
  return readPeopleSheet(file);
}

export async function readRows(rows: readonly (readonly ExcelJS.CellValue[])[]): Promise<ParsedPeopleSheet> {
  return saveAndRead(workbookWith(rows).workbook);
}

/** The entries of a zip file (an .xlsx, a .docx), by name, unpacked with fflate. */
export function readZip(bytes: Uint8Array): Map<string, Buffer> {
  const entries = unzipSync(bytes);
  return new Map(Object.entries(entries).map(([name, data]) => [name, Buffer.from(data)]));
}

export function zipText(entries: Map<string, Buffer>, name: string): string {
  const entry = entries.get(name);
  if (entry === undefined) throw new Error(`${name} is not in the file`);
  return entry.toString('utf8');
}
