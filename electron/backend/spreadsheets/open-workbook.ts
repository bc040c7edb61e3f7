/**
 * Opens a spreadsheet file as an exceljs workbook: .xlsx/.xlsm directly, old .xls (and .ods)
 * through LibreOffice when it is installed. Every refusal is an AppError in Vietnamese that says
 * what to do.
 */
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/contract/errors';
import { withTempDir } from '../temp-files';
import { convertWithLibreOffice, findSoffice } from './libreoffice';

const zipMagic = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
/** The OLE2 container of .xls files (and of password-protected .xlsx). */
const oleMagic = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

function startsWith(bytes: Buffer, magic: Buffer): boolean {
  return bytes.length >= magic.length && bytes.subarray(0, magic.length).equals(magic);
}

const xlsRefusal = (name: string): string =>
  `Tệp «${name}» là tệp .xls (Excel cũ) và máy này chưa cài LibreOffice để đọc được. ` +
  'Hãy mở tệp bằng Excel hoặc LibreOffice và chọn Lưu thành (Save As) kiểu .xlsx, rồi nhập lại.';

async function readXlsx(bytes: Buffer, name: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types its input as an ArrayBuffer: hand it exactly the bytes of the upload.
    const view = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    await workbook.xlsx.load(view);
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
  /** The app's temp folder (for the LibreOffice conversion); `appTempRoot()` by default. */
  tempRoot?: string;
}

/** LibreOffice needs a file: the bytes go to the app's temp folder, removed whatever happens. */
async function readThroughLibreOffice(
  bytes: Buffer,
  name: string,
  options: OpenOptions,
): Promise<ExcelJS.Workbook> {
  const soffice = options.soffice === undefined ? findSoffice() : options.soffice;
  if (soffice === null) throw new AppError('validation', xlsRefusal(name));
  return withTempDir(async (dir) => {
    const source = path.join(dir, `sheet${path.extname(name).toLowerCase()}`);
    fs.writeFileSync(source, bytes, { mode: 0o600 });
    const converted = await convertWithLibreOffice(source, 'xlsx', path.join(dir, 'out'), {
      soffice,
      tempRoot: dir,
    });
    return readXlsx(fs.readFileSync(converted), name);
  }, options.tempRoot);
}

const accepted = ['.xlsx', '.xlsm', '.xls', '.ods'];

/** Reads a workbook from bytes (an upload), trusting the bytes over the name's extension. */
export async function openWorkbookBytes(
  bytes: Buffer,
  fileName: string,
  options: OpenOptions = {},
): Promise<ExcelJS.Workbook> {
  const name = path.basename(fileName);
  if (bytes.length === 0) {
    throw new AppError('validation', `Tệp «${name}» trống (0 byte). Hãy chọn đúng tệp danh sách đã lưu.`);
  }
  const extension = path.extname(name).toLowerCase();
  if (!accepted.includes(extension)) {
    throw new AppError(
      'validation',
      `Tệp «${name}» không phải bảng tính. Chỉ nhập được tệp Excel (.xlsx, .xls) hoặc LibreOffice (.ods); ` +
        'tệp Word hay PDF cần chép danh sách sang Excel trước.',
    );
  }
  if (startsWith(bytes, zipMagic) && extension !== '.ods') return readXlsx(bytes, name);
  if (extension === '.xls' || extension === '.ods' || startsWith(bytes, oleMagic)) {
    // Old .xls, an .ods, a password-protected or renamed file: LibreOffice knows them all.
    return readThroughLibreOffice(bytes, name, options);
  }
  throw new AppError(
    'validation',
    `Không đọc được tệp «${name}»: tệp bị hỏng hoặc không phải bảng tính Excel. Hãy mở tệp bằng Excel hoặc LibreOffice, lưu lại kiểu .xlsx rồi nhập lại.`,
  );
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
  return openWorkbookBytes(fs.readFileSync(file), name, options);
}
