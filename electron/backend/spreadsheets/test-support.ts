/**
 * Helpers for the spreadsheet tests: workbooks built from rows, saved to real .xlsx files and
 * read back, and a small zip reader to look at the XML inside a file.
 */
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { readPeopleSheet, type ParsedPeopleSheet } from './read-people';

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

/** The entries of a zip file (an .xlsx), by name: enough of the format to read what tests need. */
export function readZip(bytes: Buffer): Map<string, Buffer> {
  const entries = new Map<string, Buffer>();
  let end = bytes.length - 22;
  while (end >= 0 && bytes.readUInt32LE(end) !== 0x06054b50) end -= 1;
  if (end < 0) throw new Error('not a zip file');
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  for (let i = 0; i < count; i += 1) {
    if (bytes.readUInt32LE(at) !== 0x02014b50) throw new Error('bad central directory');
    const method = bytes.readUInt16LE(at + 10);
    const size = bytes.readUInt32LE(at + 20);
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    const local = bytes.readUInt32LE(at + 42);
    const name = bytes.toString('utf8', at + 46, at + 46 + nameLength);
    const dataStart = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    const data = bytes.subarray(dataStart, dataStart + size);
    entries.set(name, method === 8 ? zlib.inflateRawSync(data) : Buffer.from(data));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

export function zipText(entries: Map<string, Buffer>, name: string): string {
  const entry = entries.get(name);
  if (entry === undefined) throw new Error(`${name} is not in the file`);
  return entry.toString('utf8');
}
