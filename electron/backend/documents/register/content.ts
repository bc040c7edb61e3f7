/** The content of a document (a decision, a report): its snapshot once issued, otherwise composed now from the teams. */
import type { Kysely } from 'kysely';
import { AppError } from '../../../../shared/contract/errors';
import type { DocumentTexts } from '../../../../shared/contract/schemas';
import type { DocumentContent } from '../../../../shared/documents/content';
import { todayIso } from '../../../../shared/vi/dates';
import type { BackendContext } from '../../context';
import type { Database } from '../../db/schema';
import { requireProfile } from '../../profile/profile-service';
import { composeAggregateDocument, isAggregateReport } from '../../receiving/aggregate-report';
import { composeReportDocument } from '../../report/report-document';
import { composeDecision, type TeamForDocument } from '../compose';
import type { DecisionKind } from '../texts';
import { teamIdsOf } from './document-teams';
import { documentRow, parseJson, type DocumentRow } from './queries';
import { changesSinceLastDecision } from './team-facts';
import { teamLoader, type TeamLoader } from './team-loader';

async function teamsFor(
  load: TeamLoader,
  teamIds: readonly string[],
  date: string,
): Promise<TeamForDocument[]> {
  const teams = [];
  for (const id of teamIds) {
    const team = await load(id, date);
    teams.push({ name: team.name, villageName: team.villageName, members: team.members });
  }
  return teams;
}

/** A document composed now, with the texts to keep beside its snapshot when it is issued. */
export interface Composed {
  content: DocumentContent;
  /** The row's `texts` as they must be stored (a report's carry the figures it was composed from). */
  texts: string;
}

/** Composes a document now: the copy for signing (no number), or the text being issued. */
export async function composeLive(
  ctx: { db: Kysely<Database>; databasePath: string },
  load: TeamLoader,
  r: DocumentRow,
  when: { number: number | null; date: string | null; year: number },
): Promise<Composed> {
  const { db } = ctx;
  // The receiving unit's aggregated report reads its communes' files beside the database.
  if (isAggregateReport(r)) return composeAggregateDocument(ctx, r, when);
  if (r.kind === 'report') {
    const report = await composeReportDocument(db, r, when);
    return { content: report.content, texts: JSON.stringify(report.texts) };
  }
  return { content: await composeDecisionNow(db, load, r, when), texts: r.texts };
}

async function composeDecisionNow(
  db: Kysely<Database>,
  load: TeamLoader,
  r: DocumentRow,
  when: { number: number | null; date: string | null; year: number },
): Promise<DocumentContent> {
  const profile = await requireProfile(db);
  const teamIds = (await teamIdsOf(db, [r.id])).get(r.id) ?? [];
  const texts = parseJson<DocumentTexts | null>(r.texts, null);
  if (!texts) throw new AppError('internal', 'Nội dung văn bản bị hỏng. Hãy hủy và làm văn bản mới.');
  const kind = r.kind as DecisionKind;
  return composeDecision({
    kind,
    profile,
    texts,
    teams: await teamsFor(load, teamIds, when.date ?? todayIso()),
    symbol: r.symbol,
    when,
    changes:
      kind === 'reorganization' && teamIds[0] ? await changesSinceLastDecision(db, teamIds[0], load) : [],
  });
}

/** The content of a document: its snapshot once issued, otherwise composed now (the copy for signing). */
export async function contentOf(ctx: BackendContext, id: string): Promise<DocumentContent> {
  const r = await documentRow(ctx.db, id);
  if (r.content !== null) return JSON.parse(r.content) as DocumentContent;
  if (r.kind === 'external_decision' || r.kind === 'member_list') {
    throw new AppError('validation', 'Văn bản này không do phần mềm soạn nên không có bản để in.');
  }
  const live = await composeLive(ctx, teamLoader(ctx.db), r, {
    number: null,
    date: null,
    year: new Date().getFullYear(),
  });
  return live.content;
}
