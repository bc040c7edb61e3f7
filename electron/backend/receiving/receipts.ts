/**
 * The receipts index of the receiving unit's database, re-derived from the communes' files when
 * they disagree: a bundle is committed in its commune's file first (data and receipt in one
 * transaction), then indexed here; a crash between the two leaves a receipt the index lacks,
 * which the next import of that commune (or `reconcileReceipts` at start) writes back.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { openExistingCommuneStore, storedCommuneCodes } from './commune-store';
import { inTransaction } from '../db/transaction';
import type { ReceiptRow } from './bundle-apply';

/** Brings the index in line with the given communes' files (all stored communes by default). */
export async function reconcileReceipts(
  ctx: { db: Kysely<Database>; databasePath: string },
  communeCodes: readonly string[] = storedCommuneCodes(ctx.databasePath),
): Promise<number> {
  let restored = 0;
  for (const code of communeCodes) {
    const store = await openExistingCommuneStore(ctx.databasePath, code);
    if (store === null) continue;
    try {
      restored += await reconcileStore(ctx.db, code, store.db);
    } finally {
      await store.close();
    }
  }
  return restored;
}

/** Brings the index in line with one commune's file, already open. */
export async function reconcileStore(
  db: Kysely<Database>,
  code: string,
  store: Kysely<Database>,
): Promise<number> {
  const missing = await unindexedReceipts(db, code, store);
  await indexReceipts(db, missing);
  return missing.length;
}

/** The receipts a commune's file holds and the index lacks (after a crash between the two), oldest first. */
export async function unindexedReceipts(
  db: Kysely<Database>,
  code: string,
  store: Kysely<Database>,
): Promise<ReceiptRow[]> {
  const truth = await store.selectFrom('bundle_receipts').selectAll().orderBy('received_at').execute();
  if (truth.length === 0) return [];
  const known = new Set(
    (await db.selectFrom('bundle_receipts').select('id').where('commune_code', '=', code).execute()).map(
      (r) => r.id,
    ),
  );
  return truth.filter((receipt) => !known.has(receipt.id));
}

export type KeySeen = Pick<
  ReceiptRow,
  'commune_code' | 'public_key' | 'fingerprint' | 'file_name' | 'bundle_sha256' | 'received_at'
>;

/** Records the key a bundle was accepted with: first seen, or a confirmed change (logged). */
export async function recordKey(trx: Kysely<Database>, receipt: KeySeen): Promise<void> {
  const commune = await trx
    .selectFrom('received_communes')
    .select(['public_key', 'fingerprint'])
    .where('code', '=', receipt.commune_code)
    .executeTakeFirst();
  if (commune === undefined || commune.public_key === receipt.public_key) return;
  if (commune.public_key !== null && commune.fingerprint !== null) {
    await trx
      .insertInto('received_key_changes')
      .values({
        commune_code: receipt.commune_code,
        old_public_key: commune.public_key,
        old_fingerprint: commune.fingerprint,
        new_public_key: receipt.public_key,
        new_fingerprint: receipt.fingerprint,
        file_name: receipt.file_name,
        bundle_sha256: receipt.bundle_sha256,
        accepted_at: receipt.received_at,
      })
      .execute();
  }
  await trx
    .updateTable('received_communes')
    .set({
      public_key: receipt.public_key,
      fingerprint: receipt.fingerprint,
      key_first_seen_at: receipt.received_at,
    })
    .where('code', '=', receipt.commune_code)
    .execute();
}

/** Writes the receipts (and the keys they trust), in order, into the receiving unit's database. */
export async function indexReceipts(db: Kysely<Database>, receipts: readonly ReceiptRow[]): Promise<void> {
  if (receipts.length === 0) return;
  await inTransaction(db, async (trx) => {
    for (const receipt of receipts) {
      await recordKey(trx, receipt);
      await trx
        .insertInto('bundle_receipts')
        .values(receipt)
        .onConflict((oc) => oc.column('id').doNothing())
        .execute();
    }
  });
}
