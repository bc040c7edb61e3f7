/** The scan of the signed, stamped paper: kept in the data folder with its SHA-256. */
import crypto from 'node:crypto';
import path from 'node:path';
import { AppError } from '../../../../shared/contract/errors';
import type { DocumentDetail } from '../../../../shared/contract/types';
import { nowIso } from '../../clock';
import type { BackendContext } from '../../context';
import { inTransaction } from '../../db/transaction';
import { writeFileAtomic } from '../../files/write-atomic';
import { getDocument } from './document-detail';
import { documentRow } from './queries';

const scanTypes: { ext: string; magic: number[] }[] = [
  { ext: 'pdf', magic: [0x25, 0x50, 0x44, 0x46] },
  { ext: 'png', magic: [0x89, 0x50, 0x4e, 0x47] },
  { ext: 'jpg', magic: [0xff, 0xd8, 0xff] },
];

/** Keeps the scan of the signed, stamped paper in the data folder, with its SHA-256. */
export async function storeScan(
  ctx: BackendContext,
  docId: string,
  base64: string,
): Promise<{ file: string; sha256: string }> {
  const bytes = Buffer.from(base64, 'base64');
  const type = scanTypes.find((t) => t.magic.every((b, i) => bytes[i] === b));
  if (!type) {
    throw new AppError(
      'validation',
      'Tệp chọn không phải PDF, JPG hay PNG (nội dung không khớp đuôi tệp). Hãy quét lại hoặc chọn đúng tệp.',
    );
  }
  const sha256 = crypto.createHash('sha256').update(bytes).digest('hex');
  const file = path.join(ctx.host.dataDir, 'scans', `${docId}.${type.ext}`);
  writeFileAtomic(file, bytes);
  return { file: path.relative(ctx.host.dataDir, file), sha256 };
}

export async function attachScan(ctx: BackendContext, id: string, base64: string): Promise<DocumentDetail> {
  const r = await documentRow(ctx.db, id);
  if (r.status !== 'issued' && r.status !== 'signed') {
    throw new AppError('conflict', 'Chỉ đính kèm bản quét cho văn bản đã có số và ngày (đã ban hành).');
  }
  const stored = await storeScan(ctx, id, base64);
  await inTransaction(ctx.db, async (trx) => {
    await trx
      .updateTable('documents')
      .set({ status: 'signed', scan_file: stored.file, scan_sha256: stored.sha256, updated_at: nowIso() })
      .where('id', '=', id)
      .execute();
  });
  return getDocument(ctx, id);
}
