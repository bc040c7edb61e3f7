/**
 * The receiving unit's aggregated periodic report (issue 10, item 7): the commune report's
 * skeleton (admin-format.md, "Skeleton of a periodic report") over the communes' summed figures.
 * Its own header — the supervising body above the issuer, its symbol, place and signer —, "BÁO
 * CÁO" / "Kết quả hoạt động của Tổ Công nghệ số cộng đồng trên địa bàn tỉnh … tháng 3 năm 2026",
 * section I opened by which communes sent their data and written over the totals, sections II–IV
 * from the officer's texts, and the appendix "Biểu tổng hợp kết quả theo xã, phường" with a row
 * per commune (those that sent nothing marked "Chưa gửi"). Everything but the header and the
 * words about communes is the commune report's own code (report-content.ts, report-tables.ts).
 */
import type { AggregateFigures } from '../../../shared/contract/report-types';
import type { DocumentContent, SignatureBlock } from '../../../shared/documents/content';
import { periodInTitle, type Period } from '../../../shared/domain/periods';
import { TEAM_FULL_NAME } from '../../../shared/domain/team-names';
import { upperVi } from '../../../shared/vi/text';
import type { NumberAndDate } from '../documents/compose';
import { buildDocument } from '../documents/docx/build';
import { communeBreakdown, communeTableNote } from './report-columns';
import {
  attachedToReport,
  breakdownAppendix,
  checkReportTexts,
  periodicReport,
  type ReportTexts,
} from './report-content';
import { parsedPeriodOf } from './report-period-line';
import { receivedSentences, receivedShare } from './report-sentences';
import type { ReportWorkbookHeader } from './report-sheet-form';
import { breakdownTables } from './report-tables';

/** What the receiving unit's profile gives its report (set there; nothing here has a default). */
export interface AggregateReportHeader {
  /** Above the issuer, not bold: "UBND TỈNH QUẢNG NGÃI"; null when the unit has none. */
  supervisingBody: string | null;
  /** The issuer as the header prints it (in capitals): "Sở Khoa học và Công nghệ". */
  issuerName: string;
  /** The issuer inside a sentence: "Sở Khoa học và Công nghệ tỉnh Quảng Ngãi". */
  issuerInText: string;
  /** The area its communes make up, inside a sentence: "tỉnh Quảng Ngãi". */
  areaInText: string;
  /** The place of the date line: "Quảng Ngãi". */
  placeName: string;
  /** The symbol after the number: "BC-SKHCN". */
  symbol: string;
  /** "Kính gửi". */
  addressees: string[];
  /** "Nơi nhận", without the leading "- " and the final punctuation. */
  recipients: string[];
  /** ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"] and the signer's name. */
  signature: SignatureBlock;
}

export interface AggregateReportInput {
  figures: AggregateFigures;
  header: AggregateReportHeader;
  /** Sections II–IV, as the commune report's (an empty one is refused with the same message). */
  texts: ReportTexts;
  when: NumberAndDate;
}

/** "Kết quả hoạt động của Tổ Công nghệ số cộng đồng trên địa bàn tỉnh Quảng Ngãi tháng 3 năm 2026". */
export function aggregateReportSummary(period: Period, areaInText: string): string {
  return `Kết quả hoạt động của ${TEAM_FULL_NAME} trên địa bàn ${areaInText} ${periodInTitle(period)}`;
}

/** The appendix's title, as written (printed in capitals). */
export function communesTableTitle(period: Period): string {
  return `Biểu tổng hợp kết quả theo xã, phường ${periodInTitle(period)}`;
}

/** Above each further table of the communes' Biểu when its indicators do not fit one. */
export const COMMUNES_CONTINUED_CAPTION = 'Biểu tổng hợp kết quả theo xã, phường (tiếp theo)';

/** What opens the teams' sentence: the whole area when every commune sent its data, else those that did. */
function teamsWhere(figures: AggregateFigures, areaInText: string): string {
  const received = figures.communes.filter((c) => c.received).length;
  return received === figures.communes.length
    ? `Trên địa bàn ${areaInText}`
    : `Tại ${receivedShare(received, figures.communes.length)} xã, phường đã gửi số liệu,`;
}

export function composeAggregateReport(input: AggregateReportInput): DocumentContent {
  checkReportTexts(input.texts);
  const { figures, header, texts, when } = input;
  const period = parsedPeriodOf(figures.period);
  const appendices =
    figures.communes.length === 0
      ? []
      : breakdownAppendix({
          title: communesTableTitle(period),
          reference: attachedToReport(header.issuerInText, when, header.symbol),
          tables: breakdownTables(communeBreakdown(figures)),
          continuedCaption: COMMUNES_CONTINUED_CAPTION,
          note: communeTableNote(figures),
        });
  const summary = aggregateReportSummary(period, header.areaInText);
  return periodicReport({
    totals: figures,
    period,
    issuer: {
      supervisingBody: header.supervisingBody,
      issuerLines: [header.issuerName],
      symbol: header.symbol,
      placeName: header.placeName,
    },
    when,
    summary,
    addressees: header.addressees,
    intro: `${header.issuerInText} báo cáo ${summary.charAt(0).toLocaleLowerCase('vi')}${summary.slice(1)} như sau:`,
    sectionOne: {
      opening: receivedSentences(figures, period),
      where: teamsWhere(figures, header.areaInText),
      details:
        appendices.length > 0
          ? ['Kết quả của từng xã, phường chi tiết tại Biểu tổng hợp kèm theo Báo cáo này.']
          : [],
    },
    texts,
    recipients: header.recipients,
    signature: header.signature,
    appendices,
  });
}

/** The aggregated report as .docx bytes, through the builder every document uses. */
export async function buildAggregateReport(input: AggregateReportInput): Promise<Buffer> {
  return buildDocument(composeAggregateReport(input));
}

/**
 * The header rows of the aggregate's workbook (aggregateWorkbook in report-xlsx.ts), from the same
 * header as the .docx: the supervising body above the issuer, the report's title, and once the
 * report has a number the report the sheets go with.
 */
export function aggregateWorkbookHeader(
  header: AggregateReportHeader,
  figures: AggregateFigures,
  when: NumberAndDate | null,
): ReportWorkbookHeader {
  return {
    supervisingBody: header.supervisingBody,
    unitLines: [upperVi(header.issuerName)],
    title: aggregateReportSummary(parsedPeriodOf(figures.period), header.areaInText),
    attachedTo:
      when === null || when.number === null
        ? null
        : attachedToReport(header.issuerInText, when, header.symbol),
  };
}
