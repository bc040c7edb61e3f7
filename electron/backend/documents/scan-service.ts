/**
 * The stored scan of a signed, stamped document: handed back as a download (the web preview) or
 * opened with the default program (the desktop), after checking it is still the file that was
 * attached (its SHA-256).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/contract/errors';
import type { FileDownload, SavedFile } from '../../../shared/contract/types';
import type { BackendContext } from '../context';
import { lowerFileName } from '../../../shared/documents/file-names';
import { numberText } from '../../../shared/documents/numbers';

interface StoredScan {
  file: string;
  bytes: Buffer;
  fileName: string;
}

async function storedScan(ctx: BackendContext, id: string): Promise<StoredScan> {
  const doc = await ctx.db
    .selectFrom('documents')
    .select(['scan_file', 'scan_sha256', 'number', 'symbol'])
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  if (!doc) throw new AppError('not_found', 'Không tìm thấy văn bản này. Hãy tải lại danh sách.');
  if (doc.scan_file === null || doc.scan_sha256 === null) {
    throw new AppError(
      'not_found',
      'Văn bản này chưa có bản quét. Hãy bấm “Đính kèm bản quét đã ký” để thêm bản quét.',
    );
  }
  const file = path.resolve(ctx.host.dataDir, doc.scan_file);
  if (!fs.existsSync(file)) {
    throw new AppError(
      'not_found',
      `Không tìm thấy tệp bản quét trong thư mục dữ liệu (${file}). Hãy đính kèm lại bản quét.`,
    );
  }
  const bytes = fs.readFileSync(file);
  const sha256 = crypto.createHash('sha256').update(bytes).digest('hex');
  if (sha256 !== doc.scan_sha256) {
    throw new AppError(
      'conflict',
      `Tệp bản quét (${file}) đã bị thay đổi sau khi đính kèm (mã SHA-256 không còn khớp). ` +
        'Hãy đính kèm lại bản quét từ bản giấy đã ký, đóng dấu.',
    );
  }
  const label = doc.number === null ? 'van-ban' : numberText(doc.number, doc.symbol).replace('/', '-');
  const extension = path.extname(file).slice(1).toLowerCase();
  return { file, bytes, fileName: lowerFileName(`Ban quet ${label}`, extension) };
}

export async function downloadScan(ctx: BackendContext, id: string): Promise<FileDownload> {
  const scan = await storedScan(ctx, id);
  return { fileName: scan.fileName, base64: scan.bytes.toString('base64') };
}

export async function openScan(ctx: BackendContext, id: string): Promise<SavedFile> {
  const scan = await storedScan(ctx, id);
  await ctx.host.openPath(scan.file);
  return { path: scan.file };
}
