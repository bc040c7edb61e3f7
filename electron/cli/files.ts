/**
 * The files a command reads or writes itself (a sheet to import, an export to save), with
 * Vietnamese refusals (exit code 1) that say what to do. Writes go to a temporary file in the
 * same folder first, then replace the target in one step: an interrupted export never leaves a
 * half-written workbook under the user's name.
 */
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/contract/errors';
import { writeFileAtomic } from '../backend/files/write-atomic';

/** Why a file operation failed, in words an officer understands. */
function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'thư mục không tồn tại';
    case 'EACCES':
    case 'EPERM':
      return 'không có quyền (hoặc tệp đang mở trong chương trình khác)';
    case 'EBUSY':
      return 'tệp đang được chương trình khác mở';
    case 'EISDIR':
      return 'đó là một thư mục';
    case 'ENOTDIR':
      return 'một phần của đường dẫn không phải thư mục';
    case 'ENOSPC':
      return 'ổ đĩa đã đầy';
    case 'EROFS':
      return 'ổ đĩa chỉ cho đọc';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

/** The message of an option that must name an .xlsx file (checked before anything is opened). */
export function xlsxPathProblem(value: string): string | null {
  return /\.xlsx$/iu.test(value)
    ? null
    : `Tệp xuất phải có đuôi .xlsx (ví dụ danh-sach.xlsx), không nhận «${value}».`;
}

/** The message of an option that must name a Word file (checked before anything is opened). */
export function docxPathProblem(value: string): string | null {
  return /\.docx$/iu.test(value)
    ? null
    : `Tệp văn bản phải có đuôi .docx (ví dụ quyet-dinh.docx), không nhận «${value}».`;
}

/** Refuses (exit 1) a file to read that is missing or is a folder. */
export function assertReadableFile(file: string, what = 'tệp Excel cần nhập'): void {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new AppError(
      'not_found',
      `Không tìm thấy tệp «${file}». Hãy kiểm tra lại tên tệp và thư mục (đường dẫn tương đối tính từ thư mục đang đứng).`,
    );
  }
  if (!stat.isFile()) {
    throw new AppError('validation', `«${file}» là một thư mục, không phải tệp. Hãy ghi tên ${what}.`);
  }
}

/** The bytes of `file` as base64, as the contract carries files. */
export function readBase64(file: string): string {
  try {
    return fs.readFileSync(file).toString('base64');
  } catch (error) {
    throw new AppError(
      'unavailable',
      `Không đọc được tệp «${file}»: ${reason(error)}. Hãy kiểm tra rồi thử lại.`,
    );
  }
}

/** Refuses (exit 1) an output path that is a folder. */
export function assertWritableTarget(file: string): void {
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) {
    throw new AppError(
      'validation',
      `«${file}» là một thư mục. Hãy ghi tên tệp cần lưu, ví dụ ${path.join(file, 'danh-sach.xlsx')}.`,
    );
  }
}

/** Refuses (exit 1) an output folder that is a file; a missing one is created when writing. */
export function assertWritableFolder(folder: string): void {
  if (fs.existsSync(folder) && !fs.statSync(folder).isDirectory()) {
    throw new AppError(
      'validation',
      `«${folder}» là một tệp, không phải thư mục. Hãy ghi tên thư mục sẽ chứa các tệp (chưa có thì được tạo).`,
    );
  }
}

/** Writes `base64` to `file` (folders created as needed), replacing it whole or not at all. */
export function writeBase64(file: string, base64: string): void {
  try {
    writeFileAtomic(file, Buffer.from(base64, 'base64'));
  } catch (error) {
    throw new AppError(
      'unavailable',
      `Không ghi được tệp «${file}»: ${reason(error)}. Hãy đóng tệp nếu đang mở trong Excel, ` +
        'kiểm tra quyền ghi của thư mục, rồi thử lại.',
    );
  }
}
