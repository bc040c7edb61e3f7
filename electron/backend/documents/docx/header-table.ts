/**
 * The header of page 1: a borderless table, 40 % / 60 % of the text width. Row 1: the issuing body
 * (with its supervising body above it when there is one) and its rule | the national title, the
 * motto and its rule. Row 2: the number | the place and date, so both sit on one line.
 */
import { AlignmentType, type Paragraph, type Table } from 'docx';
import type { DocumentContent } from '../../../../shared/documents/content';
import { upperVi } from '../../../../shared/vi/text';
import { dateLine, numberLine } from './format';
import { balancedLines, textWidthPt } from './metrics';
import { issuerRuleLength, ruleParagraph } from './rule';
import { innerWidth, layoutTable } from './table';
import { emptyLine, line } from './text';
import { SIZE, TEXT_WIDTH } from './units';

export const NATIONAL_TITLE = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';

/** Left 40 %, right 60 % of the 165-mm text column, in twips. */
export const HEADER_LEFT = Math.round(TEXT_WIDTH * 0.4);
export const HEADER_RIGHT = TEXT_WIDTH - HEADER_LEFT;

/** Space above the number and date row. */
const NUMBER_ROW_GAP = 6;

/** The length of the rule under the motto: the motto's own width (twips). */
export function mottoRuleTwips(): number {
  return Math.round(textWidthPt(MOTTO, SIZE.motto, { bold: true }) * 20);
}

/** The length of the rule under the issuing body (twips). */
export function issuerRuleTwips(issuerLines: readonly string[]): number {
  const widths = issuerLines.map((text) => textWidthPt(upperVi(text), SIZE.issuer, { bold: true }));
  const longest = Math.max(0, ...widths);
  const last = widths[widths.length - 1] ?? 0;
  return Math.round(issuerRuleLength(longest, last) * 20);
}

/**
 * The issuing body's lines as printed in the left column: a line too long for it ("SỞ KHOA HỌC VÀ
 * CÔNG NGHỆ") is broken evenly, before a word that starts a phrase (metrics.ts), rather than left
 * to the word processor, which would leave a word alone — and the rule under it is sized to the
 * lines printed.
 */
export function printedIssuerLines(issuerLines: readonly string[]): string[] {
  const width = innerWidth(HEADER_LEFT) / 20;
  const style = { bold: true };
  return issuerLines.flatMap((text) => {
    const upper = upperVi(text.trim());
    return textWidthPt(upper, SIZE.issuer, style) <= width
      ? [upper]
      : balancedLines(upper, SIZE.issuer, width, style);
  });
}

function leftTop(content: DocumentContent): Paragraph[] {
  const center = { align: AlignmentType.CENTER };
  const paragraphs: Paragraph[] = [];
  if (content.supervisingBody !== null && content.supervisingBody.trim() !== '') {
    paragraphs.push(line(upperVi(content.supervisingBody.trim()), { size: SIZE.supervisingBody }, center));
  }
  const issuer = printedIssuerLines(content.issuerLines);
  for (const text of issuer) {
    paragraphs.push(line(text, { size: SIZE.issuer, bold: true }, center));
  }
  if (issuer.length > 0) {
    paragraphs.push(ruleParagraph(issuerRuleTwips(issuer), innerWidth(HEADER_LEFT)));
  }
  // A cell must hold a paragraph.
  return paragraphs.length > 0 ? paragraphs : [emptyLine(SIZE.issuer)];
}

function rightTop(): Paragraph[] {
  const center = { align: AlignmentType.CENTER };
  return [
    line(NATIONAL_TITLE, { size: SIZE.nationalTitle, bold: true }, center),
    line(MOTTO, { size: SIZE.motto, bold: true }, center),
    ruleParagraph(mottoRuleTwips(), innerWidth(HEADER_RIGHT)),
  ];
}

export function headerTable(content: DocumentContent): Table {
  const row2 = { align: AlignmentType.CENTER, before: NUMBER_ROW_GAP };
  // A member list is not numbered: its cell keeps an empty line (a cell must hold a paragraph).
  const number =
    content.symbol.trim() === ''
      ? emptyLine(SIZE.number, row2)
      : line(numberLine(content.number, upperVi(content.symbol)), { size: SIZE.number }, row2);
  const date = line(
    dateLine(content.placeName, content.date, content.year),
    { size: SIZE.dateLine, italic: true },
    row2,
  );
  return layoutTable(
    [HEADER_LEFT, HEADER_RIGHT],
    [
      [leftTop(content), rightTop()],
      [[number], [date]],
    ],
  );
}
