/**
 * Issuing: a number and a date recorded in the transaction that snapshots the document, under
 * SQLite's write lock, so two documents never share a number and a crash neither burns nor
 * repeats one. `makeDecisions` composes and (optionally) issues one or many decisions in ONE
 * transaction: all are made, or none, and no number is taken by a refused request.
 */
import type { Kysely } from 'kysely';
import { AppError } from '../../../../shared/contract/errors';
import type { DecisionMade, DocumentDetail } from '../../../../shared/contract/types';
import { nowIso } from '../../clock';
import type { BackendContext } from '../../context';
import type { Database } from '../../db/schema';
import { inImmediateTransaction } from '../../db/transaction';
import type { DecisionKind } from '../texts';
import { composeLive } from './content';
import { getDocument } from './document-detail';
import { teamIdsOf } from './document-teams';
import { composeDraft } from './drafts';
import { assertNotFounded } from './founding-guard';
import { assertNumberFree, nextFreeNumber } from './numbering';
import { documentRow } from './queries';
import { changesSinceLastDecision, warningsFor } from './team-facts';
import { teamLoader, type TeamLoader } from './team-loader';
import { currentJob } from '../../jobs/job';

/** Links the memberships a founding or re-organisation decision created or ended to it. */
export async function linkMemberships(
  db: Kysely<Database>,
  docId: string,
  teamIds: readonly string[],
  date: string,
): Promise<void> {
  if (teamIds.length === 0) return;
  const now = nowIso();
  await db
    .updateTable('memberships')
    .set({ decision_id: docId, updated_at: now })
    .where('team_id', 'in', [...teamIds])
    .where('decision_id', 'is', null)
    .where('start_date', '<=', date)
    .where('deleted_at', 'is', null)
    .execute();
  await db
    .updateTable('memberships')
    .set({ end_decision_id: docId, updated_at: now })
    .where('team_id', 'in', [...teamIds])
    .where('end_date', 'is not', null)
    .where('end_decision_id', 'is', null)
    .where('deleted_at', 'is', null)
    .execute();
}

export interface IssueInput {
  id: string;
  number: number | null;
  date: string;
  confirmWarnings: boolean;
  /** Founding a team that already has a founding decision in force, knowingly. */
  force?: boolean | undefined;
}

/** Issues a draft inside the caller's (immediate) transaction; returns the number given. */
export async function issueInTransaction(
  ctx: BackendContext,
  trx: Kysely<Database>,
  load: TeamLoader,
  input: IssueInput,
): Promise<number> {
  const year = Number(input.date.slice(0, 4));
  const r = await documentRow(trx, input.id);
  if (r.status !== 'draft' && r.status !== 'printed') {
    throw new AppError(
      'conflict',
      `Văn bản này đã ${r.status === 'cancelled' ? 'bị hủy' : 'ban hành'}, không cấp số lại được.`,
    );
  }
  const teamIds = (await teamIdsOf(trx, [r.id])).get(r.id) ?? [];
  await assertNotFounded(trx, load, r.kind, teamIds, input.force ?? false);
  const warnings = await warningsFor(load, teamIds);
  if (warnings.length > 0 && !input.confirmWarnings) {
    throw new AppError(
      'conflict',
      `Thành phần Tổ còn ${warnings.length} điểm chưa đúng hướng dẫn. Hãy xem các cảnh báo rồi xác nhận vẫn ban hành, hoặc quay lại sửa Tổ.`,
      { warnings },
    );
  }
  let number = input.number;
  if (number !== null) await assertNumberFree(trx, year, number);
  else number = await nextFreeNumber(trx, year);
  await ctx.hooks?.afterNumberChosen?.(number);
  // A report's texts keep the figures its content was composed from (its .xlsx made later is the same).
  const composed = await composeLive({ db: trx, databasePath: ctx.databasePath }, load, r, {
    number,
    date: input.date,
    year,
  });
  await trx
    .updateTable('documents')
    .set({
      status: 'issued',
      year,
      number,
      issued_on: input.date,
      content: JSON.stringify(composed.content),
      texts: composed.texts,
      updated_at: nowIso(),
    })
    .where('id', '=', input.id)
    .execute();
  if (r.kind !== 'member_list' && r.kind !== 'report')
    await linkMemberships(trx, input.id, teamIds, input.date);
  return number;
}

export async function issueDocument(ctx: BackendContext, input: IssueInput): Promise<DocumentDetail> {
  await inImmediateTransaction(ctx.db, (trx) => issueInTransaction(ctx, trx, teamLoader(trx), input));
  return getDocument(ctx, input.id);
}

export interface MakeDecisionsInput {
  kind: DecisionKind;
  teamIds: string[];
  /** Issue at once: the first number (the following decisions take the next ones) and the date. */
  issue: { number: number | null; date: string; confirmWarnings: boolean } | null;
  force: boolean;
}

/**
 * Composes, and issues when asked, the decisions for the teams: one decision for all with
 * `founding_villages`, otherwise one per team, in the order given. One transaction: a refusal for
 * any team (a number taken, warnings not confirmed, a founding decision already in force) leaves
 * no draft and no number taken.
 */
export async function makeDecisions(ctx: BackendContext, input: MakeDecisionsInput): Promise<DecisionMade[]> {
  const groups = input.kind === 'founding_villages' ? [input.teamIds] : input.teamIds.map((id) => [id]);
  // A batch shows each decision made; a cancel rolls the whole batch back (numbers included).
  const job = currentJob();
  const made = await inImmediateTransaction(ctx.db, async (trx) => {
    const load = teamLoader(trx);
    // Every team is checked before anything is written, so the refusal names all of them at once.
    await assertNotFounded(trx, load, input.kind, input.teamIds, input.force);
    const drafts: { id: string; warnings: DecisionMade['warnings']; changes: string[] }[] = [];
    job.begin(groups.length, 'Đang soạn quyết định');
    for (const teamIds of groups) {
      const id = await composeDraft(trx, load, { kind: input.kind, teamIds, force: input.force });
      const first = teamIds[0];
      drafts.push({
        id,
        warnings: await warningsFor(load, teamIds),
        changes:
          input.kind === 'reorganization' && first !== undefined
            ? await changesSinceLastDecision(trx, first, load)
            : [],
      });
      job.advance();
    }
    if (input.issue !== null) {
      const issue = input.issue;
      const all = drafts.flatMap((d) => d.warnings);
      if (all.length > 0 && !issue.confirmWarnings) {
        throw new AppError(
          'conflict',
          `Thành phần Tổ còn ${all.length} điểm chưa đúng hướng dẫn. Hãy xem các cảnh báo rồi xác nhận vẫn ban hành, hoặc quay lại sửa Tổ.`,
          { warnings: all },
        );
      }
      job.begin(drafts.length, 'Đang ban hành, cấp số quyết định');
      for (const [index, draft] of drafts.entries()) {
        await issueInTransaction(ctx, trx, load, {
          id: draft.id,
          number: issue.number === null ? null : issue.number + index,
          date: issue.date,
          confirmWarnings: issue.confirmWarnings,
          force: input.force,
        });
        job.advance();
      }
    }
    return drafts;
  });
  const result: DecisionMade[] = [];
  for (const d of made) {
    result.push({ document: await getDocument(ctx, d.id), warnings: d.warnings, changes: d.changes });
  }
  return result;
}
