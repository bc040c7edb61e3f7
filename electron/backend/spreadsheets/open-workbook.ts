/**
 * Opens a spreadsheet file as an exceljs workbook: .xlsx/.xlsm directly, old .xls (and .ods)
 * through LibreOffice when it is installed. Every refusal is an AppError in Vietnamese that says
 * what to do.
 */
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '../../../shared/contract/errors';
import { convertWithLibreOffice, findSoffice } from './libreoffice';

const zipMagic = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
/** The OLE2 container of .xls files (and of password-protected .xlsx). */
const oleMagic = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

function startsWith(file: string, magic: Buffer): boolean {
  const fd = fs.openSync(file, 'r');
  try {
    const head = Buffer.alloc(magic.length);
    const read = fs.readSync(fd, head, 0, magic.length, 0);
    return read === magic.length && head.equals(magic);
  } finally {
    fs.closeSync(fd);
  }
}

const xlsRefusal = (name: string): string =>
  `Tệp «${name}» là tệp .xls (Excel cũ) và máy này chưa cài LibreOffice để đọc được. ` +
  'Hãy mở tệp bằng Excel hoặc LibreOffice và chọn Lưu thành (Save As) kiểu .xlsx, rồi nhập lại.';

async function readXlsx(file: string, name: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(file);
  } catch (error) {
    throw new AppError(
      'validation',
      `Không đọc được tệp «${name}»: tệp bị hỏng hoặc không phải bảng tính Excel. Hãy mở tệp bằng Excel hoặc LibreOffice, lưu lại kiểu .xlsx rồi nhập lại.`,
      { detail: error instanceof Error ? error.message : String(error) },
    );
  }
  return workbook;
}

export interface OpenOptions {
  /** Where soffice is; null = behave as if LibreOffice were not installed; undefined = look for it. */
  soffice?: string | null;
}

async function readThroughLibreOffice(
  file: string,
  name: string,
  options: OpenOptions,
): Promise<ExcelJS.Workbook> {
  const soffice = options.soffice === undefined ? findSoffice() : options.soffice;
  if (soffice === null) throw new AppError('validation', xlsRefusal(name));
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'to-cnscd-xls-'));
  try {
    const converted = await convertWithLibreOffice(file, 'xlsx', outDir, { soffice });
    return await readXlsx(converted, name);
  } finally {
    fs.rmSync(outDir, { recursive: true, force: true });
  }
}

/** Reads the workbook behind `file`, trusting its bytes over its extension. */
export async function openWorkbook(file: string, options: OpenOptions = {}): Promise<ExcelJS.Workbook> {
  const name = path.basename(file);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new AppError('not_found', `Không tìm thấy tệp «${name}». Hãy chọn lại tệp cần nhập.`);
  }
  if (!stat.isFile())
    throw new AppError('validation', `«${name}» không phải là một tệp. Hãy chọn tệp bảng tính.`);
  if (stat.size === 0) {
    throw new AppError('validation', `Tệp «${name}» trống (0 byte). Hãy chọn đúng tệp danh sách đã lưu.`);
  }
  const extension = path.extname(file).toLowerCase();
  const accepted = ['.xlsx', '.xlsm', '.xls', '.ods'];
  if (!accepted.includes(extension)) {
    throw new AppError(
      'validation',
      `Tệp «${name}» không phải bảng tính. Chỉ nhập được tệp Excel (.xlsx, .xls) hoặc LibreOffice (.ods); ` +
        'tệp Word hay PDF cần chép danh sách sang Excel trước.',
    );
  }
  if (startsWith(file, zipMagic) && extension !== '.ods') return readXlsx(file, name);
  if (extension === '.xls' || extension === '.ods' || startsWith(file, oleMagic)) {
    // Old .xls, an .ods, a password-protected or renamed file: LibreOffice knows them all.
    return readThroughLibreOffice(file, name, options);
  }
  throw new AppError(
    'validation',
    `Không đọc được tệp «${name}»: tệp bị hỏng hoặc không phải bảng tính Excel. Hãy mở tệp bằng Excel hoặc LibreOffice, lưu lại kiểu .xlsx rồi nhập lại.`,
  );
}
