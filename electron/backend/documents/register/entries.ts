/**
 * The register's own entries: cancelling (the number is kept), discarding a draft that never had
 * a number, and the clerk's columns.
 */
import { AppError } from '../../../../shared/contract/errors';
import type { DocumentDetail } from '../../../../shared/contract/types';
import { nowIso } from '../../clock';
import type { BackendContext } from '../../context';
import { inTransaction } from '../../db/transaction';
import { getDocument } from './document-detail';
import { documentRow } from './queries';

/** A cancelled document keeps its number, marked cancelled: numbers are never reused. */
export async function cancelDocument(ctx: BackendContext, id: string): Promise<DocumentDetail> {
  await inTransaction(ctx.db, async (trx) => {
    const r = await documentRow(trx, id);
    if (r.status === 'cancelled') return;
    if (r.number === null) {
      throw new AppError(
        'validation',
        'Văn bản này chưa có số nên không có gì trong sổ để hủy. Hãy sửa dự thảo, hoặc để nguyên nếu không dùng đến.',
      );
    }
    await trx
      .updateTable('documents')
      .set({ status: 'cancelled', updated_at: nowIso() })
      .where('id', '=', id)
      .execute();
  });
  return getDocument(ctx, id);
}

/**
 * A draft made by mistake, or made again for the same period, goes away: it never had a number,
 * so the register loses nothing. It is marked deleted, never removed (the row stays, as every
 * deletion of the application does). A numbered document is cancelled instead, keeping its number.
 */
export async function discardDraft(ctx: BackendContext, id: string): Promise<{ removed: true }> {
  await inTransaction(ctx.db, async (trx) => {
    const r = await documentRow(trx, id);
    if (r.number !== null || (r.status !== 'draft' && r.status !== 'printed')) {
      throw new AppError(
        'validation',
        'Văn bản này đã có số trong sổ nên không bỏ được. Hãy dùng “Hủy văn bản”: số vẫn giữ trong sổ, ghi “Đã hủy”.',
      );
    }
    const now = nowIso();
    await trx
      .updateTable('documents')
      .set({ deleted_at: now, updated_at: now })
      .where('id', '=', id)
      .execute();
  });
  return { removed: true };
}

/** The register's own columns (Appendix IV): copies, date sent, notes — for any entry, even cancelled. */
export async function updateRegisterEntry(
  ctx: BackendContext,
  id: string,
  entry: { copies: number | null; sentOn: string | null; notes: string | null },
): Promise<DocumentDetail> {
  await inTransaction(ctx.db, async (trx) => {
    const r = await documentRow(trx, id);
    if (entry.sentOn !== null && r.issued_on !== null && entry.sentOn < r.issued_on) {
      throw new AppError('validation', 'Ngày chuyển không được trước ngày ban hành văn bản.', {
        fields: [{ path: 'sentOn', message: 'Trước ngày ban hành.' }],
      });
    }
    await trx
      .updateTable('documents')
      .set({ copies: entry.copies, sent_on: entry.sentOn, notes: entry.notes, updated_at: nowIso() })
      .where('id', '=', id)
      .execute();
  });
  return getDocument(ctx, id);
}
