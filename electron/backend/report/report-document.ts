/**
 * A periodic report as a document of the register: what its `texts` keep (period, sections,
 * signer, "Kính gửi", and once issued the figures), and its content composed from them — from the
 * live figures while a draft, from the frozen ones once issued, so the issued .docx and .xlsx are
 * the same whenever they are made again.
 */
import type { Kysely } from 'kysely';
import { AppError } from '../../../shared/contract/errors';
import type { ReportDocumentTexts, ReportFigures } from '../../../shared/contract/report-types';
import type { DocumentContent } from '../../../shared/documents/content';
import { parsePeriod, type Period } from '../../../shared/domain/periods';
import type { Database } from '../db/schema';
import type { DocumentRow } from '../documents/register/queries';
import { requireProfile } from '../profile/profile-service';
import type { NumberAndDate } from '../documents/compose';
import { composeReport } from './report-content';
import { getReportData } from './report-service';

const broken = () =>
  new AppError('internal', 'Nội dung báo cáo trong sổ bị hỏng. Hãy hủy báo cáo này và lập báo cáo mới.');

/** The period a stored report is about. */
export function periodOfCode(code: string): Period {
  const parsed = parsePeriod(code);
  if (!parsed.ok) throw broken();
  return parsed.period;
}

/** A report's stored texts; a row that is not a report, or whose texts were damaged, is refused. */
export function reportTextsOf(r: DocumentRow): ReportDocumentTexts {
  if (r.kind !== 'report') throw new AppError('validation', 'Văn bản này không phải báo cáo định kỳ.');
  let stored: ReportDocumentTexts;
  try {
    stored = JSON.parse(r.texts) as ReportDocumentTexts;
  } catch {
    throw broken();
  }
  if (typeof stored.period !== 'string' || typeof stored.sections !== 'object') throw broken();
  return stored;
}

export interface ComposedReport {
  content: DocumentContent;
  /** The texts with the figures the content was composed from. */
  texts: ReportDocumentTexts;
}

/**
 * A report's content at a number and date: with its frozen figures once issued, otherwise with
 * the figures computed now (the copy for signing, or the text being issued).
 */
export async function composeReportDocument(
  db: Kysely<Database>,
  r: DocumentRow,
  when: NumberAndDate,
): Promise<ComposedReport> {
  const stored = reportTextsOf(r);
  const figures: ReportFigures = stored.figures ?? (await getReportData(db, periodOfCode(stored.period)));
  const content = composeReport({
    figures,
    profile: await requireProfile(db),
    texts: stored.sections,
    signer: stored.signer,
    when,
    addressees: stored.addressees,
  });
  return { content, texts: { ...stored, figures } };
}
