/**
 * A periodic report in the outgoing register: its draft for a period (the officer's sections, the
 * signer, "Kính gửi"), changes to the draft, last period's sections offered as a start, the
 * reports by period, and the report's .xlsx. Issuing, the copy for signing, the scan and
 * cancelling are the register's own operations, as for a decision.
 */
import type { Kysely } from 'kysely';
import { AppError } from '../../../shared/contract/errors';
import type {
  CreateReportInput,
  ReportTexts,
  UpdateReportInput,
} from '../../../shared/contract/report-schemas';
import type {
  ReportDocumentTexts,
  ReportFigures,
  ReportListItem,
  ReportMade,
} from '../../../shared/contract/report-types';
import type { FileDownload, Profile } from '../../../shared/contract/types';
import { lowerFileName } from '../../../shared/documents/file-names';
import { numberText } from '../../../shared/documents/numbers';
import { periodLabel, periodRange, type Period } from '../../../shared/domain/periods';
import { nowIso } from '../clock';
import type { BackendContext } from '../context';
import type { Database } from '../db/schema';
import { inTransaction } from '../db/transaction';
import { issuerLines } from '../documents/compose';
import { assertEditable, unnumberedDraft } from '../documents/register/drafts';
import { getDocument } from '../documents/register/document-detail';
import { issueInTransaction } from '../documents/register/issuing';
import { teamLoader } from '../documents/register/team-loader';
import { documentRow, summariesOf, type DocumentRow } from '../documents/register/queries';
import { newId } from '../ids';
import { requireProfile } from '../profile/profile-service';
import { attachedToReport, REPORT_SYMBOL, reportIssuer, reportSummary } from './report-content';
import { periodOfCode, reportTextsOf } from './report-document';
import { getReportData } from './report-service';
import { aggregateReportWorkbook, isAggregateReport } from '../receiving/aggregate-report';
import { writeReportWorkbook } from './report-xlsx';

type SignerInput = CreateReportInput['signer'];

/** The signer: the Chairman by default, or a Vice-Chairman for him (the profile's first one). */
function signerOf(profile: Profile, input: SignerInput): ReportDocumentTexts['signer'] {
  const mode = input?.mode ?? 'chairman';
  const name = input?.name ?? (mode === 'chairman' ? profile.chairman.name : profile.viceChairmen[0]?.name);
  if (name === undefined || name === '') {
    throw new AppError(
      'validation',
      'Hồ sơ xã chưa có Phó Chủ tịch: hãy nhập họ tên Phó Chủ tịch ký thay, hoặc chọn Chủ tịch ký.',
      { fields: [{ path: 'signer.name', message: 'Chưa có họ tên người ký.' }] },
    );
  }
  return { mode, name };
}

/** The live reports (not cancelled) of the register, with their stored texts. */
async function liveReports(
  db: Kysely<Database>,
): Promise<{ row: DocumentRow; texts: ReportDocumentTexts }[]> {
  const rows = await db
    .selectFrom('documents')
    .selectAll()
    .where('kind', '=', 'report')
    .where('status', '!=', 'cancelled')
    .where('deleted_at', 'is', null)
    .execute();
  return rows.map((row) => ({ row, texts: reportTextsOf(row) }));
}

/**
 * One report per period: a second is refused, naming the first; with `replaceDraft`, a draft of
 * the period (not yet issued) is returned to be rewritten instead.
 */
export async function draftToReplace(
  db: Kysely<Database>,
  period: Period,
  replaceDraft: boolean,
): Promise<DocumentRow | null> {
  const same = (await liveReports(db)).find((r) => r.texts.period === period.code);
  if (!same) return null;
  if (same.row.number === null && replaceDraft) return same.row;
  const message =
    same.row.number === null
      ? `${periodLabel(period)} đang có dự thảo báo cáo. Hãy mở dự thảo đó để sửa tiếp.`
      : `${periodLabel(period)} đã có Báo cáo số ${numberText(same.row.number, same.row.symbol)}. ` +
        'Nếu cần lập lại, hãy hủy báo cáo đó trong sổ văn bản đi trước.';
  throw new AppError('conflict', message, { documentId: same.row.id });
}

/** What a report's row keeps of its texts beside them: who signs, to whom. */
type StoredTexts = Pick<ReportDocumentTexts, 'signer' | 'addressees'>;

/**
 * Writes a report's draft (a new row, or the period's draft rewritten) and issues it when asked,
 * inside the caller's transaction; the commune's report and the receiving unit's share it.
 */
export async function writeReportDraft(
  ctx: BackendContext,
  trx: Kysely<Database>,
  draft: {
    existing: DocumentRow | null;
    texts: StoredTexts;
    summary: string;
    symbol: string;
    issue: CreateReportInput['issue'];
  },
): Promise<string> {
  const now = nowIso();
  const written = {
    status: 'draft' as const,
    summary: draft.summary,
    signer_name: draft.texts.signer.name,
    recipients: draft.texts.addressees.join('; '),
    texts: JSON.stringify(draft.texts),
    updated_at: now,
  };
  const docId = draft.existing?.id ?? newId();
  if (draft.existing) {
    await trx.updateTable('documents').set(written).where('id', '=', docId).execute();
  } else {
    await trx
      .insertInto('documents')
      .values({ ...unnumberedDraft(now), ...written, id: docId, kind: 'report', symbol: draft.symbol })
      .execute();
  }
  if (draft.issue !== null) {
    await issueInTransaction(ctx, trx, teamLoader(trx), { id: docId, ...draft.issue, confirmWarnings: true });
  }
  return docId;
}

/** New texts for a report not yet issued (the caller checked it is editable). */
export async function rewriteReportTexts(
  trx: Kysely<Database>,
  id: string,
  texts: StoredTexts,
): Promise<void> {
  await trx
    .updateTable('documents')
    .set({
      texts: JSON.stringify(texts),
      signer_name: texts.signer.name,
      recipients: texts.addressees.join('; '),
      // Edited after printing: the printed copy is no longer the text, so it is a draft again.
      status: 'draft',
      updated_at: nowIso(),
    })
    .where('id', '=', id)
    .execute();
}

async function made(ctx: BackendContext, id: string, period: Period): Promise<ReportMade> {
  return { document: await getDocument(ctx, id), figures: await getReportData(ctx.db, period) };
}

/**
 * A report draft for the period (or, with `replaceDraft`, the period's draft rewritten), issued at
 * once when asked, in one transaction; the figures (with their warnings) come back beside it.
 */
export async function createReport(ctx: BackendContext, input: CreateReportInput): Promise<ReportMade> {
  const id = await inTransaction(ctx.db, async (trx) => {
    const profile = await requireProfile(trx);
    const existing = await draftToReplace(trx, input.period, input.replaceDraft);
    const texts: ReportDocumentTexts = {
      period: input.period.code,
      periodLabel: periodLabel(input.period),
      sections: input.texts,
      signer: signerOf(profile, input.signer),
      addressees: input.addressees ?? [profile.receivingLevel],
      figures: null,
    };
    return writeReportDraft(ctx, trx, {
      existing,
      texts,
      summary: reportSummary(input.period),
      symbol: REPORT_SYMBOL,
      issue: input.issue,
    });
  });
  return made(ctx, id, input.period);
}

/** New sections (and signer, "Kính gửi" when given) for a report not yet issued. */
export async function updateReport(ctx: BackendContext, input: UpdateReportInput): Promise<ReportMade> {
  const period = await inTransaction(ctx.db, async (trx) => {
    const r = await documentRow(trx, input.id);
    const stored = reportTextsOf(r);
    assertEditable(r);
    const profile = await requireProfile(trx);
    const texts: ReportDocumentTexts = {
      ...stored,
      sections: input.texts,
      signer: input.signer === undefined ? stored.signer : signerOf(profile, input.signer),
      addressees: input.addressees ?? stored.addressees,
    };
    await rewriteReportTexts(trx, input.id, texts);
    return periodOfCode(stored.period);
  });
  return made(ctx, input.id, period);
}

/**
 * Last period's sections as a start: those of the report (issued first, else the latest edited)
 * whose period ends last before this one ends; null when there is none.
 */
export async function lastReportTexts(ctx: BackendContext, period: Period): Promise<ReportTexts | null> {
  const end = periodRange(period).to;
  const earlier = (await liveReports(ctx.db))
    .map((r) => ({ ...r, end: periodRange(periodOfCode(r.texts.period)).to }))
    .filter((r) => r.end < end)
    .sort(
      (a, b) =>
        b.end.localeCompare(a.end) ||
        Number(b.row.number !== null) - Number(a.row.number !== null) ||
        b.row.updated_at.localeCompare(a.row.updated_at),
    );
  return earlier[0]?.texts.sections ?? null;
}

/** Every report of the register not deleted, the latest period first (cancelled ones too, marked). */
export async function listReports(ctx: BackendContext): Promise<ReportListItem[]> {
  const rows = await ctx.db
    .selectFrom('documents')
    .selectAll()
    .where('kind', '=', 'report')
    .where('deleted_at', 'is', null)
    .execute();
  const summaries = await summariesOf(ctx.db, rows);
  return rows
    .map((row, i) => {
      const texts = reportTextsOf(row);
      return {
        document: summaries[i]!,
        period: texts.period,
        periodLabel: texts.periodLabel,
        end: periodRange(periodOfCode(texts.period)).to,
      };
    })
    .sort((a, b) => b.end.localeCompare(a.end) || b.document.createdAt.localeCompare(a.document.createdAt))
    .map(({ end: _end, ...item }) => item);
}

/** The report's .xlsx: from the figures frozen when it was issued, from the live figures before. */
export async function reportWorkbook(ctx: BackendContext, id: string): Promise<FileDownload> {
  const r = await documentRow(ctx.db, id);
  // The receiving unit's aggregated report: its own workbook, one row per commune.
  if (isAggregateReport(r)) return aggregateReportWorkbook(ctx, r);
  const stored = reportTextsOf(r);
  const period = periodOfCode(stored.period);
  const figures: ReportFigures = stored.figures ?? (await getReportData(ctx.db, period));
  const profile = await requireProfile(ctx.db);
  const issued = r.number !== null && r.issued_on !== null;
  const bytes = await writeReportWorkbook(figures, {
    unitLines: issuerLines(profile),
    title: reportSummary(period),
    attachedTo: issued
      ? attachedToReport(reportIssuer(profile), {
          number: r.number,
          date: r.issued_on,
          year: r.year ?? period.year,
        })
      : null,
  });
  const label = issued && r.number !== null ? numberText(r.number, r.symbol).replace('/', '-') : 'du-thao';
  return {
    fileName: lowerFileName(`Bieu so lieu bao cao ${label} ${periodLabel(period)}`, 'xlsx'),
    base64: bytes.toString('base64'),
  };
}
