import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../shared/contract/errors';
import { findSoffice } from '../../spreadsheets/libreoffice';
import { buildSingleParagraphDocument } from '../docx/build';
import { NO_LIBREOFFICE, PDF_FAILED, renderPdf } from './pdf';

describe('renderPdf', () => {
  it('says in Vietnamese that LibreOffice is missing, and that the .docx still works', async () => {
    const docx = await buildSingleParagraphDocument();
    const error = await renderPdf(docx, {
      lookup: { platform: 'linux', env: { PATH: '' }, isFile: () => false },
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'unavailable', message: NO_LIBREOFFICE });
    expect(NO_LIBREOFFICE).toBe(
      'Chưa cài LibreOffice nên không tạo được PDF. Hãy cài LibreOffice (miễn phí) rồi thử lại; vẫn có thể lưu .docx và in bằng Word.',
    );
  });

  it('says the PDF could not be made when LibreOffice cannot be started', async () => {
    const error = await renderPdf(await buildSingleParagraphDocument(), {
      soffice: '/nonexistent/libreoffice/program/soffice',
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'unavailable', message: PDF_FAILED });
  });

  const soffice = findSoffice();
  if (soffice === null)
    console.warn('renderPdf conversion test skipped: LibreOffice (soffice) is not installed');

  it.skipIf(soffice === null)('converts a .docx to a PDF', async () => {
    const pdf = await renderPdf(await buildSingleParagraphDocument('Tổ Công nghệ số cộng đồng'));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(1000);
  });
});
