/** Drafts: composing a decision with the default texts, editing its texts, marking it printed. */
import type { Kysely } from 'kysely';
import { AppError } from '../../../../shared/contract/errors';
import type { DocumentTexts } from '../../../../shared/contract/schemas';
import type { DocumentDetail } from '../../../../shared/contract/types';
import { todayIso } from '../../../../shared/vi/dates';
import { nowIso } from '../../clock';
import type { BackendContext } from '../../context';
import type { Database } from '../../db/schema';
import { inTransaction } from '../../db/transaction';
import { newId } from '../../ids';
import { requireProfile } from '../../profile/profile-service';
import { defaultTexts, type DecisionKind } from '../texts';
import { getDocument } from './document-detail';
import { linkDocumentTeams } from './document-teams';
import { assertNotFounded } from './founding-guard';
import { documentRow, lastDecisionOf, type DocumentRow } from './queries';
import { citation } from './team-facts';
import { teamLoader, type TeamLoader } from './team-loader';

export const DECISION_SYMBOL = 'QĐ-UBND';

/** The teams fit the kind: founding a commune team, village teams, one team where one is meant. */
async function assertTeamsFit(
  load: TeamLoader,
  kind: DecisionKind,
  teamIds: readonly string[],
): Promise<void> {
  const teams = [];
  for (const teamId of teamIds) teams.push(await load(teamId));
  if (kind === 'founding_commune' && teams.some((t) => t.level !== 'commune')) {
    throw new AppError('validation', 'Quyết định thành lập Tổ cấp xã chỉ dùng cho Tổ cấp xã.');
  }
  if (
    (kind === 'founding_village' || kind === 'founding_villages') &&
    teams.some((t) => t.level !== 'village')
  ) {
    const other = teams.find((t) => t.level !== 'village');
    throw new AppError(
      'validation',
      `${other?.name ?? 'Tổ đã chọn'} không phải Tổ thôn, tổ dân phố: quyết định thành lập Tổ thôn chỉ dùng cho các Tổ ` +
        'cấp thôn, tổ dân phố. Quyết định thành lập Tổ cấp xã là một loại riêng.',
    );
  }
  if (kind !== 'founding_villages' && teams.length !== 1) {
    throw new AppError(
      'validation',
      'Loại quyết định này dành cho đúng một Tổ. Nhiều tổ thôn: chọn "một quyết định cho nhiều thôn".',
    );
  }
  if (new Set(teamIds).size !== teamIds.length) {
    throw new AppError('validation', 'Một Tổ được chọn hai lần. Hãy chọn mỗi Tổ một lần.');
  }
}

/** The columns of a new draft the application composed: no number, date, snapshot or scan yet. */
export function unnumberedDraft(now: string) {
  return {
    status: 'draft',
    year: null,
    number: null,
    issued_on: null,
    content: null,
    external: 0,
    scan_file: null,
    scan_sha256: null,
    copies: null,
    sent_on: null,
    notes: null,
    created_at: now,
    updated_at: now,
    deleted_at: null,
  } as const;
}

/**
 * Writes a draft with the default texts, inside the caller's transaction; refuses founding a team
 * that already has a founding decision in force unless `force`.
 */
export async function composeDraft(
  trx: Kysely<Database>,
  load: TeamLoader,
  input: { kind: DecisionKind; teamIds: readonly string[]; force: boolean },
): Promise<string> {
  const { kind, teamIds } = input;
  const profile = await requireProfile(trx);
  await assertTeamsFit(load, kind, teamIds);
  await assertNotFounded(trx, load, kind, teamIds, input.force);
  const first = teamIds[0] === undefined ? null : await load(teamIds[0]);
  const villageNames: string[] = [];
  for (const id of teamIds) villageNames.push((await load(id)).villageName ?? '');
  const previous = kind === 'reorganization' && first ? await lastDecisionOf(trx, first.id) : null;
  const texts = defaultTexts({
    kind,
    profile,
    teamName: first?.name ?? '',
    villageNames,
    date: todayIso(),
    previous: previous ? citation(previous) : null,
  });
  const now = nowIso();
  const docId = newId();
  await trx
    .insertInto('documents')
    .values({
      id: docId,
      kind,
      symbol: DECISION_SYMBOL,
      ...unnumberedDraft(now),
      summary: texts.summary,
      signer_name: texts.signer.name,
      recipients: texts.recipients.join('; '),
      texts: JSON.stringify(texts),
    })
    .execute();
  await linkDocumentTeams(trx, docId, teamIds);
  return docId;
}

export async function createDecision(
  ctx: BackendContext,
  input: { kind: DecisionKind | 'member_list'; teamIds: string[]; force?: boolean | undefined },
): Promise<DocumentDetail> {
  if (input.kind === 'member_list') {
    throw new AppError(
      'validation',
      'Danh sách thành viên không cần vào sổ: hãy dùng "Xuất danh sách thành viên".',
    );
  }
  const kind = input.kind;
  const id = await inTransaction(ctx.db, (trx) =>
    composeDraft(trx, teamLoader(trx), { kind, teamIds: input.teamIds, force: input.force ?? false }),
  );
  return getDocument(ctx, id);
}

/** Only a draft (or a printed copy for signing) can change: an issued text is a snapshot. */
export function assertEditable(r: DocumentRow): void {
  if (r.status !== 'draft' && r.status !== 'printed') {
    throw new AppError(
      'conflict',
      'Văn bản đã ban hành nên không sửa được nội dung. Nếu sai, hãy hủy văn bản và làm văn bản mới.',
    );
  }
}

export async function updateDocumentTexts(
  ctx: BackendContext,
  id: string,
  texts: DocumentTexts,
): Promise<DocumentDetail> {
  await inTransaction(ctx.db, async (trx) => {
    const r = await documentRow(trx, id);
    assertEditable(r);
    if (r.kind === 'report' || r.kind === 'external_decision' || r.kind === 'member_list') {
      throw new AppError(
        'validation',
        'Văn bản này không phải quyết định nên không sửa bằng mẫu quyết định.',
      );
    }
    await trx
      .updateTable('documents')
      .set({
        texts: JSON.stringify(texts),
        summary: texts.summary,
        signer_name: texts.signer.name,
        recipients: texts.recipients.join('; '),
        // Edited after printing: the printed copy is no longer the text, so it is a draft again.
        status: 'draft',
        updated_at: nowIso(),
      })
      .where('id', '=', id)
      .execute();
  });
  return getDocument(ctx, id);
}

export async function markPrinted(ctx: BackendContext, id: string): Promise<DocumentDetail> {
  await inTransaction(ctx.db, async (trx) => {
    const r = await documentRow(trx, id);
    if (r.status === 'draft') {
      await trx
        .updateTable('documents')
        .set({ status: 'printed', updated_at: nowIso() })
        .where('id', '=', id)
        .execute();
    }
  });
  return getDocument(ctx, id);
}
