/** The bytes of a document: the .docx the builder makes from its content, or a PDF of it. */
import path from 'node:path';
import type { FileDownload, PdfAvailability, SavedFile } from '../../../shared/contract/types';
import { upperVi } from '../../../shared/vi/text';
import type { BackendContext } from '../context';
import { inTransaction } from '../db/transaction';
import { writeFileAtomic } from '../files/write-atomic';
import { findSoffice } from '../spreadsheets/libreoffice';
import { lowerFileName } from '../../../shared/documents/file-names';
import { buildDocument } from './docx/build';
import { numberText } from '../../../shared/documents/numbers';
import { contentOf } from './register-service';

export async function renderDocumentFile(
  ctx: BackendContext,
  id: string,
  format: 'docx' | 'pdf',
): Promise<FileDownload> {
  const content = await contentOf(ctx, id);
  const docx = await buildDocument(content);
  const label =
    content.number === null ? 'ban-trinh-ky' : numberText(content.number, content.symbol).replace('/', '-');
  const name = lowerFileName(
    `${upperVi(content.typeTitle)} ${label} ${content.summary.replace(/^Về việc /u, '')}`,
    format,
  ).slice(0, 120);
  if (format === 'docx') return { fileName: name, base64: docx.toString('base64') };
  const { renderPdf } = await import('./render/pdf');
  return { fileName: name, base64: (await renderPdf(docx)).toString('base64') };
}

const LAST_FOLDER_KEY = 'documents.lastSaveFolder';

async function rememberedFolder(ctx: BackendContext): Promise<string | undefined> {
  const row = await ctx.db
    .selectFrom('settings')
    .select('value')
    .where('key', '=', LAST_FOLDER_KEY)
    .executeTakeFirst();
  return row?.value;
}

/** Save: the same bytes the preview shows, where the user chooses; the folder is remembered. */
export async function saveDocument(
  ctx: BackendContext,
  id: string,
  format: 'docx' | 'pdf',
): Promise<SavedFile> {
  const file = await renderDocumentFile(ctx, id, format);
  const defaultFolder = await rememberedFolder(ctx);
  const target = await ctx.host.chooseSavePath({
    suggestedName: file.fileName,
    ...(defaultFolder ? { defaultFolder } : {}),
    filters: [
      format === 'docx'
        ? { name: 'Văn bản Word', extensions: ['docx'] }
        : { name: 'PDF', extensions: ['pdf'] },
    ],
  });
  if (target === null) return { path: null };
  writeFileAtomic(target, Buffer.from(file.base64, 'base64'));
  await inTransaction(ctx.db, async (trx) => {
    await trx
      .insertInto('settings')
      .values({ key: LAST_FOLDER_KEY, value: path.dirname(target) })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: path.dirname(target) }))
      .execute();
  });
  return { path: target };
}

/** A copy in the data folder's "mo-tam" folder, which the default program opens or prints. */
async function workingCopy(ctx: BackendContext, id: string, format: 'docx' | 'pdf'): Promise<string> {
  const file = await renderDocumentFile(ctx, id, format);
  const target = path.join(ctx.host.dataDir, 'mo-tam', file.fileName);
  writeFileAtomic(target, Buffer.from(file.base64, 'base64'));
  return target;
}

export async function openDocument(
  ctx: BackendContext,
  id: string,
  format: 'docx' | 'pdf',
): Promise<SavedFile> {
  const file = await workingCopy(ctx, id, format);
  await ctx.host.openPath(file);
  return { path: file };
}

export async function printDocument(
  ctx: BackendContext,
  id: string,
  format: 'docx' | 'pdf',
): Promise<SavedFile> {
  const file = await workingCopy(ctx, id, format);
  await ctx.host.printFile(file);
  return { path: file };
}

export async function getPdfAvailability(): Promise<PdfAvailability> {
  return findSoffice() === null
    ? {
        available: false,
        reason:
          'Máy chưa cài LibreOffice nên chưa tạo được PDF. Hãy cài LibreOffice (miễn phí) rồi mở lại ứng dụng; ' +
          'vẫn có thể lưu tệp .docx và in bằng Word.',
      }
    : { available: true, reason: null };
}
