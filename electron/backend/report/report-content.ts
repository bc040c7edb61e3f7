/**
 * A periodic report's DocumentContent (admin-format.md, "Skeleton of a periodic report"): from the
 * figures of the period, the texts the officer typed (difficulties, proposals, next tasks) and
 * what the decisions take from the profile (issuing body, place, signer, recipients), composes
 * "BÁO CÁO" / "Kết quả hoạt động của Tổ Công nghệ số cộng đồng tháng 3 năm 2026", the period's
 * dates, "Kính gửi", sections I–IV, the TM. signature and the "Biểu số liệu" appendix. A text
 * section left empty is refused with a message that names it: the report is not written.
 */
import { AppError, type FieldProblem } from '../../../shared/contract/errors';
import type { DocumentTexts } from '../../../shared/contract/schemas';
import type { Profile } from '../../../shared/contract/types';
import type { ReportFigures } from '../../../shared/contract/report-types';
import type { Appendix, BodySection, DocumentContent } from '../../../shared/documents/content';
import { numberText } from '../../../shared/documents/numbers';
import { parsePeriod, periodInTitle, type Period } from '../../../shared/domain/periods';
import { splitUnitName } from '../../../shared/domain/profile';
import { TEAM_FULL_NAME } from '../../../shared/domain/team-names';
import { upperVi } from '../../../shared/vi/text';
import { issuerLines, placeOf, romanNumeral, type NumberAndDate } from '../documents/compose';
import { dateWords } from '../documents/docx/format';
import { communeInText, signatureLines } from '../documents/texts';
import { communicationSentences, teamSentences, trainingSentences } from './report-sentences';
import { pillarTable, villageTables } from './report-tables';

export const REPORT_SYMBOL = 'BC-UBND';
export const REPORT_TYPE_TITLE = 'BÁO CÁO';
/** On behalf of the People's Committee as a body (Decree 30): above CHỦ TỊCH or KT. CHỦ TỊCH / PHÓ CHỦ TỊCH. */
export const ON_BEHALF = 'TM. ỦY BAN NHÂN DÂN';

/** The sections the officer writes before generating: paragraphs separated by line breaks. */
export interface ReportTexts {
  difficulties: string;
  proposals: string;
  nextTasks: string;
}

/** The officer's sections, with their headings and how the refusal names them. */
export const REPORT_TEXT_SECTIONS: readonly { key: keyof ReportTexts; heading: string }[] = [
  { key: 'difficulties', heading: 'II. KHÓ KHĂN, VƯỚNG MẮC' },
  { key: 'proposals', heading: 'III. ĐỀ XUẤT, KIẾN NGHỊ' },
  { key: 'nextTasks', heading: 'IV. PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI' },
];

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

/** The typed text as paragraphs: one per non-empty line. */
export function paragraphsOf(text: string): string[] {
  return text
    .normalize('NFC')
    .split(/\r?\n/u)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

/** Refuses texts with an empty section, naming every section to fill. */
export function checkReportTexts(texts: ReportTexts): void {
  const empty = REPORT_TEXT_SECTIONS.filter((s) => paragraphsOf(texts[s.key]).length === 0);
  if (empty.length === 0) return;
  const names = empty.map((s) => `"${s.heading}"`).join(', ');
  const fields: FieldProblem[] = empty.map((s) => ({
    path: s.key,
    message: `Chưa nhập nội dung mục "${s.heading}".`,
  }));
  throw new AppError(
    'validation',
    `Chưa nhập nội dung ${empty.length > 1 ? 'các mục' : 'mục'} ${names} của báo cáo. Hãy nhập ít nhất một đoạn cho ${empty.length > 1 ? 'mỗi mục' : 'mục này'} rồi lập lại báo cáo.`,
    { fields },
  );
}

function periodOf(figures: ReportFigures): Period {
  const parsed = parsePeriod(figures.period.code);
  if (!parsed.ok) throw new Error(`the figures' period code is not a period: ${figures.period.code}`);
  return parsed.period;
}

/** Vietnamese point letters: a, b, c, d, đ, e, g… */
const pointLetters = ['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k'];

function pointLetter(index: number): string {
  return pointLetters[index] ?? String(index + 1);
}

function sectionOne(figures: ReportFigures, period: Period, withAppendix: boolean): BodySection[] {
  const details = withAppendix
    ? ['Kết quả hoạt động của từng Tổ thôn, tổ dân phố chi tiết tại Biểu số liệu kèm theo Báo cáo này.']
    : [];
  const pillars: BodySection[] =
    figures.pillars.length === 0
      ? [{ paragraphs: [`Năm ${period.year} chưa có chỉ tiêu nào được giao hoặc có kết quả.`] }]
      : [
          { paragraphs: ['Kết quả thực hiện các chỉ tiêu trong kỳ và lũy kế từ đầu năm như sau:'] },
          ...figures.pillars.map((pillar, i) => ({
            heading: `${pointLetter(i)}) ${pillar.label}`,
            paragraphs: [],
            table: pillarTable(pillar),
          })),
        ];
  return [
    { heading: 'I. TÌNH HÌNH TRIỂN KHAI', paragraphs: [] },
    { heading: `1. ${TEAM_FULL_NAME} và thành viên`, paragraphs: teamSentences(figures, period) },
    {
      heading: '2. Công tác tuyên truyền, hướng dẫn, hỗ trợ người dân',
      paragraphs: [...communicationSentences(figures, period), ...details],
    },
    { heading: '3. Kết quả thực hiện các chỉ tiêu', paragraphs: [] },
    ...pillars,
    { heading: '4. Công tác tập huấn, bồi dưỡng', paragraphs: trainingSentences(figures, period) },
  ];
}

function appendices(input: ReportContentInput, period: Period, issuer: string): Appendix[] {
  const { figures, when } = input;
  if (figures.villages.length === 0) return [];
  const tables = villageTables(figures);
  const reference = `(Kèm theo Báo cáo số ${numberText(when.number, REPORT_SYMBOL)} ${dateWords(when.date, when.year)} của ${issuer})`;
  const title = `Biểu số liệu kết quả hoạt động của các ${TEAM_FULL_NAME} thôn, tổ dân phố ${periodInTitle(period)}`;
  return tables.map((t, i) => ({
    label: tables.length > 1 ? `Phụ lục ${romanNumeral(i + 1)}` : 'Phụ lục',
    title: upperVi(i === 0 ? title : `${title} (tiếp theo)`),
    reference,
    table: t.table,
    landscape: t.landscape,
  }));
}

export function composeReport(input: ReportContentInput): DocumentContent {
  checkReportTexts(input.texts);
  const { figures, profile, texts, when } = input;
  const period = periodOf(figures);
  const issuer = `Ủy ban nhân dân ${communeInText(profile)}`;
  const annexes = appendices(input, period, issuer);
  const { generic } = splitUnitName(profile.communeName);
  const intro = `${issuer} báo cáo kết quả hoạt động của ${TEAM_FULL_NAME} trên địa bàn ${generic} ${periodInTitle(period)} như sau:`;
  return {
    kind: 'report',
    supervisingBody: null,
    issuerLines: issuerLines(profile),
    number: when.number,
    symbol: REPORT_SYMBOL,
    placeName: placeOf(profile),
    date: when.date,
    year: when.year,
    typeTitle: REPORT_TYPE_TITLE,
    summary: `Kết quả hoạt động của ${TEAM_FULL_NAME} ${periodInTitle(period)}`,
    periodNote: figures.period.rangeText,
    authorityLine: null,
    addressees: input.addressees ?? [profile.receivingLevel],
    legalBases: [],
    proposal: null,
    articles: [],
    body: [
      { paragraphs: [intro] },
      ...sectionOne(figures, period, annexes.length > 0),
      ...REPORT_TEXT_SECTIONS.map((s) => ({ heading: s.heading, paragraphs: paragraphsOf(texts[s.key]) })),
    ],
    recipients: input.recipients ?? reportRecipients(profile),
    signature: { lines: [ON_BEHALF, ...signatureLines(input.signer.mode)], name: input.signer.name },
    appendices: annexes,
  };
}
