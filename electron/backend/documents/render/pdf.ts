/**
 * A .docx as PDF, through LibreOffice (headless). Each conversion runs in a temporary folder
 * with a profile of its own (libreoffice.ts), removed afterwards, so it works while the officer
 * has LibreOffice open and two conversions never share a profile.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '../../../../shared/contract/errors';
import { convertWithLibreOffice, findSoffice, type SofficeLookup } from '../../spreadsheets/libreoffice';

export const NO_LIBREOFFICE =
  'Chưa cài LibreOffice nên không tạo được PDF. Hãy cài LibreOffice (miễn phí) rồi thử lại; vẫn có thể lưu .docx và in bằng Word.';

export const PDF_FAILED =
  'LibreOffice không tạo được PDF từ văn bản này. Hãy thử lại; nếu vẫn lỗi, hãy lưu .docx và in bằng Word.';

export interface RenderPdfOptions {
  /** A soffice found earlier; looked up otherwise (with `lookup`, in tests). */
  soffice?: string;
  lookup?: SofficeLookup;
  timeoutMs?: number;
}

export async function renderPdf(docx: Buffer, options: RenderPdfOptions = {}): Promise<Buffer> {
  const soffice = options.soffice ?? findSoffice(options.lookup);
  if (soffice === null) throw new AppError('unavailable', NO_LIBREOFFICE);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'to-cnscd-pdf-'));
  try {
    const source = path.join(dir, 'van-ban.docx');
    fs.writeFileSync(source, docx);
    let pdf: string;
    try {
      pdf = await convertWithLibreOffice(source, 'pdf', path.join(dir, 'pdf'), {
        soffice,
        tempRoot: dir,
        ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
      });
    } catch (error) {
      // The converter's own messages speak of spreadsheets; say what failed here, keep its detail.
      const detail = error instanceof AppError ? (error.details?.detail ?? error.message) : String(error);
      throw new AppError('unavailable', PDF_FAILED, { detail });
    }
    return fs.readFileSync(pdf);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
