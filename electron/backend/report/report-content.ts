/**
 * A periodic report's DocumentContent (admin-format.md, "Skeleton of a periodic report"): from the
 * figures of the period, the texts the officer typed (difficulties, proposals, next tasks) and
 * what the decisions take from the profile (issuing body, place, signer, recipients), composes
 * "BÁO CÁO" / "Kết quả hoạt động của Tổ Công nghệ số cộng đồng tháng 3 năm 2026", the period's
 * dates, "Kính gửi", sections I–IV, the TM. signature and the "Biểu số liệu" appendix. A text
 * section left empty is refused with a message that names it: the report is not written.
 */
import { AppError, type FieldProblem } from '../../../shared/contract/errors';
import {
  EMPTY_SECTION,
  paragraphsOf,
  REPORT_TEXT_SECTIONS,
  reportTextsSchema,
  type ReportTexts,
} from '../../../shared/contract/report-schemas';
import type { DocumentTexts } from '../../../shared/contract/schemas';
import type { Profile } from '../../../shared/contract/types';
import type { ReportFigures, ReportTotals } from '../../../shared/contract/report-types';
import type {
  Appendix,
  BodySection,
  DocumentContent,
  SignatureBlock,
} from '../../../shared/documents/content';
import { numberText } from '../../../shared/documents/numbers';
import { periodInTitle, type Period } from '../../../shared/domain/periods';
import { splitUnitName } from '../../../shared/domain/profile';
import { TEAM_FULL_NAME } from '../../../shared/domain/team-names';
import { upperVi } from '../../../shared/vi/text';
import { issuerLines, placeOf, type NumberAndDate } from '../documents/compose';
import { dateWords } from '../documents/docx/format';
import { communeInText, signatureLines } from '../documents/texts';
import { communicationSentences, teamSentences, trainingSentences } from './report-sentences';
import { villageBreakdown, villageTableNote } from './report-columns';
import { parsedPeriodOf, periodLine } from './report-period-line';
import { breakdownTables, pillarTable, type BreakdownTables } from './report-tables';

export const REPORT_SYMBOL = 'BC-UBND';
export const REPORT_TYPE_TITLE = 'BÁO CÁO';
/** On behalf of the People's Committee as a body (Decree 30): above CHỦ TỊCH or KT. CHỦ TỊCH / PHÓ CHỦ TỊCH. */
export const ON_BEHALF = 'TM. ỦY BAN NHÂN DÂN';

export { paragraphsOf, REPORT_TEXT_SECTIONS, type ReportTexts };

export interface ReportContentInput {
  figures: ReportFigures;
  profile: Profile;
  texts: ReportTexts;
  /** Who signs: the Chairman, or a Vice-Chairman for him (KT.), as on the decisions. */
  signer: DocumentTexts['signer'];
  when: NumberAndDate;
  /** "Kính gửi"; by default the profile's receiving level. */
  addressees?: string[];
  /** "Nơi nhận"; by default reportRecipients(profile). */
  recipients?: string[];
}

/** The usual recipients of a report: the addressees ("Như trên"), the leaders, the archive. */
export function reportRecipients(profile: Profile): string[] {
  const { generic } = splitUnitName(profile.communeName);
  return ['Như trên', `CT, các PCT UBND ${generic}`, 'Lưu: VT, VHXH'];
}

/**
 * Checks the officer's texts with the contract's schema: refuses a section left empty (naming
 * every section to fill, in one message) or too long, with what to do.
 */
export function checkReportTexts(texts: ReportTexts): void {
  const result = reportTextsSchema.safeParse(texts);
  if (result.success) return;
  const fields: FieldProblem[] = result.error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
  const emptyKeys = new Set(
    result.error.issues
      .filter((issue) => issue.code === 'custom' && issue.params?.reason === EMPTY_SECTION)
      .map((issue) => issue.path[0]),
  );
  const empty = REPORT_TEXT_SECTIONS.filter((s) => emptyKeys.has(s.key));
  const several = empty.length > 1;
  const emptyMessage =
    empty.length === 0
      ? []
      : [
          `Chưa nhập nội dung ${several ? 'các mục' : 'mục'} ${empty.map((s) => `"${s.heading}"`).join(', ')} của báo cáo. Hãy nhập ít nhất một đoạn cho ${several ? 'mỗi mục' : 'mục này'} rồi lập lại báo cáo.`,
        ];
  const others = result.error.issues
    .filter((issue) => !(issue.code === 'custom' && issue.params?.reason === EMPTY_SECTION))
    .map((issue) => issue.message);
  throw new AppError('validation', [...emptyMessage, ...others].join(' '), { fields });
}

/** Vietnamese point letters: a, b, c, d, đ, e, g… */
const pointLetters = ['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k'];

function pointLetter(index: number): string {
  return pointLetters[index] ?? String(index + 1);
}

/** How section I speaks of its scope: a commune's report, or the receiving unit's over its communes. */
export interface SectionOneWords {
  /** Paragraphs under "I. TÌNH HÌNH TRIỂN KHAI" (the receiving unit: which communes sent data). */
  opening: string[];
  /** What opens the teams' sentence; by default "Toàn xã". */
  where?: string;
  /** After the communication sentence: where the details per village team or commune are. */
  details: string[];
}

/** Section I from the totals: the teams, the communication work, a table per pillar, the trainings. */
function sectionOne(figures: ReportTotals, period: Period, words: SectionOneWords): BodySection[] {
  const pillars: BodySection[] =
    figures.pillars.length === 0
      ? [{ paragraphs: [`Năm ${period.year} chưa có chỉ tiêu nào được giao hoặc có kết quả.`] }]
      : [
          { paragraphs: ['Kết quả thực hiện các chỉ tiêu trong kỳ và lũy kế từ đầu năm như sau:'] },
          ...figures.pillars.map((pillar, i) => ({
            heading: `${pointLetter(i)}) ${pillar.label}`,
            paragraphs: [],
            table: pillarTable(pillar, period.year),
          })),
        ];
  return [
    { heading: 'I. TÌNH HÌNH TRIỂN KHAI', paragraphs: words.opening },
    {
      heading: `1. ${TEAM_FULL_NAME} và thành viên`,
      paragraphs: teamSentences(figures, period, ...(words.where === undefined ? [] : [words.where])),
    },
    {
      heading: '2. Công tác tuyên truyền, hướng dẫn, hỗ trợ người dân',
      paragraphs: [...communicationSentences(figures, period), ...words.details],
    },
    { heading: '3. Kết quả thực hiện các chỉ tiêu', paragraphs: [] },
    ...pillars,
    { heading: '4. Công tác tập huấn, bồi dưỡng', paragraphs: trainingSentences(figures, period) },
  ];
}

/** Sections II–IV: the officer's texts under their headings. */
function officerSections(texts: ReportTexts): BodySection[] {
  return REPORT_TEXT_SECTIONS.map((s) => ({ heading: s.heading, paragraphs: paragraphsOf(texts[s.key]) }));
}

/**
 * "(Kèm theo Báo cáo số 05/BC-UBND ngày 16 tháng 3 năm 2026 của Ủy ban nhân dân xã Đông Sơn)";
 * another issuer gives its own symbol.
 */
export function attachedToReport(issuer: string, when: NumberAndDate, symbol = REPORT_SYMBOL): string {
  return `(Kèm theo Báo cáo số ${numberText(when.number, symbol)} ${dateWords(when.date, when.year)} của ${issuer})`;
}

/** The issuing body inside a sentence: "Ủy ban nhân dân xã Đông Sơn". */
export function reportIssuer(profile: Profile): string {
  return `Ủy ban nhân dân ${communeInText(profile)}`;
}

/** What the continuation of a Biểu too wide for one table says above its further tables. */
export const CONTINUED_CAPTION = 'Biểu số liệu (tiếp theo)';

export interface BreakdownAppendixParts {
  /** As written; printed in capitals. */
  title: string;
  reference: string;
  tables: BreakdownTables;
  /** Above each further table: "Biểu số liệu (tiếp theo)". */
  continuedCaption: string;
  note: string | null;
}

/**
 * A report's one appendix, its breakdown table: when its indicators do not fit one table, the
 * further tables stay in it, each under its caption; the note goes under the last.
 */
export function breakdownAppendix(parts: BreakdownAppendixParts): Appendix[] {
  const [first, ...rest] = parts.tables.tables;
  if (first === undefined) return [];
  return [
    {
      label: 'Phụ lục',
      title: upperVi(parts.title),
      reference: parts.reference,
      table: first,
      ...(rest.length > 0
        ? { continued: rest.map((table) => ({ caption: parts.continuedCaption, table })) }
        : {}),
      ...(parts.note === null ? {} : { note: parts.note }),
      landscape: parts.tables.landscape,
    },
  ];
}

/**
 * The one appendix: the "Biểu số liệu" that section I points to; the note under the last table
 * says why its total is not the commune's.
 */
function appendices(input: ReportContentInput, period: Period, issuer: string): Appendix[] {
  const { figures, when } = input;
  if (figures.villages.length === 0) return [];
  return breakdownAppendix({
    title: `Biểu số liệu kết quả hoạt động của các ${TEAM_FULL_NAME} thôn, tổ dân phố ${periodInTitle(period)}`,
    reference: attachedToReport(issuer, when),
    tables: breakdownTables(villageBreakdown(figures)),
    continuedCaption: CONTINUED_CAPTION,
    note: villageTableNote(figures, 'mục I của Báo cáo'),
  });
}

/** The report's summary (trích yếu), as printed and as the register lists it. */
export function reportSummary(period: Period): string {
  return `Kết quả hoạt động của ${TEAM_FULL_NAME} ${periodInTitle(period)}`;
}

/**
 * What tells one periodic report from another — a commune's, the receiving unit's over its
 * communes: who issues it, its title and addressees, how section I speaks of its scope, the
 * signer and its appendix. The rest of the report is laid out the one way.
 */
export interface PeriodicReportParts {
  totals: ReportTotals;
  period: Period;
  issuer: Pick<DocumentContent, 'supervisingBody' | 'issuerLines' | 'symbol' | 'placeName'>;
  when: NumberAndDate;
  summary: string;
  addressees: string[];
  /** The paragraph before section I: "<issuer> báo cáo … như sau:". */
  intro: string;
  sectionOne: SectionOneWords;
  texts: ReportTexts;
  recipients: string[];
  signature: SignatureBlock;
  appendices: Appendix[];
}

/** A periodic report's DocumentContent: "BÁO CÁO", the summary, the period line, sections I–IV. */
export function periodicReport(parts: PeriodicReportParts): DocumentContent {
  const { issuer, when } = parts;
  return {
    kind: 'report',
    supervisingBody: issuer.supervisingBody,
    issuerLines: issuer.issuerLines,
    number: when.number,
    symbol: issuer.symbol,
    placeName: issuer.placeName,
    date: when.date,
    year: when.year,
    typeTitle: REPORT_TYPE_TITLE,
    summary: parts.summary,
    periodNote: periodLine(parts.totals.period),
    authorityLine: null,
    addressees: parts.addressees,
    legalBases: [],
    proposal: null,
    articles: [],
    body: [
      { paragraphs: [parts.intro] },
      ...sectionOne(parts.totals, parts.period, parts.sectionOne),
      ...officerSections(parts.texts),
    ],
    recipients: parts.recipients,
    signature: parts.signature,
    appendices: parts.appendices,
  };
}

export function composeReport(input: ReportContentInput): DocumentContent {
  checkReportTexts(input.texts);
  const { figures, profile, texts, when } = input;
  const period = parsedPeriodOf(figures.period);
  const issuer = reportIssuer(profile);
  const annexes = appendices(input, period, issuer);
  const { generic } = splitUnitName(profile.communeName);
  return periodicReport({
    totals: figures,
    period,
    issuer: {
      supervisingBody: null,
      issuerLines: issuerLines(profile),
      symbol: REPORT_SYMBOL,
      placeName: placeOf(profile),
    },
    when,
    summary: reportSummary(period),
    addressees: input.addressees ?? [profile.receivingLevel],
    intro: `${issuer} báo cáo kết quả hoạt động của ${TEAM_FULL_NAME} trên địa bàn ${generic} ${periodInTitle(period)} như sau:`,
    sectionOne: {
      opening: [],
      details:
        annexes.length > 0
          ? ['Kết quả hoạt động của từng Tổ thôn, tổ dân phố chi tiết tại Biểu số liệu kèm theo Báo cáo này.']
          : [],
    },
    texts,
    recipients: input.recipients ?? reportRecipients(profile),
    signature: { lines: [ON_BEHALF, ...signatureLines(input.signer.mode)], name: input.signer.name },
    appendices: annexes,
  });
}
