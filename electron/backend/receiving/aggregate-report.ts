/**
 * The receiving unit's aggregated report as an outgoing document of the unit (issue 10, item 7):
 * drafted in the unit's own register (sổ văn bản đi: the same `documents` table and numbering as
 * the commune's reports, kind "report", its texts marked `scope: "received"`), the signer chosen
 * in the unit's list, issued with a number of the unit's series and its symbol, and printed from
 * the issued record: the .docx from the content frozen at issue, the .xlsx from the aggregate
 * frozen beside it. Issuing, the copy for signing, the scan and cancelling are the register's own
 * operations, as for the commune's report.
 */
import type { Kysely } from 'kysely';
import { AppError } from '../../../shared/contract/errors';
import type { CreateReportInput, UpdateReportInput } from '../../../shared/contract/report-schemas';
import type { AggregateFigures, AggregateReportTexts } from '../../../shared/contract/report-types';
import type { DocumentDetail, FileDownload } from '../../../shared/contract/types';
import type { DocumentContent } from '../../../shared/documents/content';
import { lowerFileName } from '../../../shared/documents/file-names';
import { numberText } from '../../../shared/documents/numbers';
import { periodLabel } from '../../../shared/domain/periods';
import type { BackendContext } from '../context';
import type { Database } from '../db/schema';
import { inTransaction } from '../db/transaction';
import type { NumberAndDate } from '../documents/compose';
import { getDocument } from '../documents/register/document-detail';
import { assertEditable } from '../documents/register/drafts';
import { documentRow, type DocumentRow } from '../documents/register/queries';
import {
  aggregateReportSummary,
  aggregateWorkbookHeader,
  composeAggregateReport,
} from '../report/aggregate-content';
import { periodOfCode, reportTextsOf } from '../report/report-document';
import { draftToReplace, rewriteReportTexts, writeReportDraft } from '../report/report-drafts';
import { aggregateWorkbook } from '../report/report-xlsx';
import { aggregateFigures, aggregateHeaderOf, defaultAddressees, unitSignerOf } from './aggregate-service';
import { requireReceivingProfile } from './receiving-unit';

type UnitContext = Pick<BackendContext, 'db' | 'databasePath'>;

/** A report row of the register that is the receiving unit's aggregated report. */
export function isAggregateReport(r: DocumentRow): boolean {
  return r.kind === 'report' && reportTextsOf(r).scope === 'received';
}

function aggregateTextsOf(r: DocumentRow): AggregateReportTexts {
  const stored = reportTextsOf(r);
  if (stored.scope !== 'received') {
    throw new AppError('validation', 'Văn bản này không phải báo cáo tổng hợp của cơ quan nhận báo cáo.');
  }
  return stored as unknown as AggregateReportTexts;
}

/** The aggregate of a period as the report keeps it (the drill-down's teams are not part of it). */
async function liveAggregate(ctx: UnitContext, period: string): Promise<AggregateFigures> {
  const { communeTeams: _teams, ...figures } = await aggregateFigures(ctx, periodOfCode(period));
  return figures;
}

/**
 * A draft of the aggregated report for the period (or, with `replaceDraft`, the period's draft
 * rewritten), issued at once when asked, in one transaction: a refusal leaves no draft, no number.
 */
export async function createAggregateReport(
  ctx: BackendContext,
  input: CreateReportInput,
): Promise<DocumentDetail> {
  const id = await inTransaction(ctx.db, async (trx) => {
    const profile = await requireReceivingProfile(trx);
    const existing = await draftToReplace(trx, input.period, input.replaceDraft);
    const texts: AggregateReportTexts = {
      scope: 'received',
      period: input.period.code,
      periodLabel: periodLabel(input.period),
      sections: input.texts,
      signer: unitSignerOf(profile, input.signer),
      addressees: input.addressees ?? defaultAddressees(profile),
      figures: null,
    };
    // The header is checked now: a profile it cannot be made from is refused before anything is written.
    const header = aggregateHeaderOf(profile, texts);
    return writeReportDraft(ctx, trx, {
      existing,
      texts,
      summary: aggregateReportSummary(input.period, header.areaInText),
      symbol: profile.symbol,
      issue: input.issue,
    });
  });
  return getDocument(ctx, id);
}

/** New sections (and signer, "Kính gửi" when given) for an aggregated report not yet issued. */
export async function updateAggregateReport(
  ctx: BackendContext,
  input: UpdateReportInput,
): Promise<DocumentDetail> {
  await inTransaction(ctx.db, async (trx) => {
    const r = await documentRow(trx, input.id);
    const stored = aggregateTextsOf(r);
    assertEditable(r);
    const profile = await requireReceivingProfile(trx);
    const texts: AggregateReportTexts = {
      ...stored,
      sections: input.texts,
      signer: input.signer === undefined ? stored.signer : unitSignerOf(profile, input.signer),
      addressees: input.addressees ?? stored.addressees,
    };
    aggregateHeaderOf(profile, texts);
    await rewriteReportTexts(trx, input.id, texts);
  });
  return getDocument(ctx, input.id);
}

/**
 * The aggregated report's content at a number and date: with its frozen aggregate once issued,
 * otherwise with the aggregate computed now (the copy for signing, or the text being issued).
 */
export async function composeAggregateDocument(
  ctx: { db: Kysely<Database>; databasePath: string },
  r: DocumentRow,
  when: NumberAndDate,
): Promise<{ content: DocumentContent; texts: string }> {
  const stored = aggregateTextsOf(r);
  const figures = stored.figures ?? (await liveAggregate(ctx, stored.period));
  const header = aggregateHeaderOf(await requireReceivingProfile(ctx.db), stored);
  const content = composeAggregateReport({ figures, header, texts: stored.sections, when });
  return { content, texts: JSON.stringify({ ...stored, figures }) };
}

/** The aggregated report's .xlsx: from the aggregate frozen when it was issued, the live one before. */
export async function aggregateReportWorkbook(ctx: UnitContext, r: DocumentRow): Promise<FileDownload> {
  const stored = aggregateTextsOf(r);
  const figures = stored.figures ?? (await liveAggregate(ctx, stored.period));
  const header = aggregateHeaderOf(await requireReceivingProfile(ctx.db), stored);
  const issued = r.number !== null && r.issued_on !== null;
  const when = issued
    ? { number: r.number, date: r.issued_on, year: r.year ?? periodOfCode(stored.period).year }
    : null;
  const bytes = await aggregateWorkbook(figures, aggregateWorkbookHeader(header, figures, when));
  const label = issued && r.number !== null ? numberText(r.number, r.symbol).replace('/', '-') : 'du-thao';
  return {
    fileName: lowerFileName(`Bieu so lieu bao cao tong hop ${label} ${stored.periodLabel}`, 'xlsx'),
    base64: bytes.toString('base64'),
  };
}
