/**
 * The title block: the document type ("QUYẾT ĐỊNH", "BÁO CÁO"), the summary with its rule, then
 * the authority line of a decision, or a report's period (italic, under the summary's rule) and
 * its "Kính gửi".
 */
import { AlignmentType, Tab, TabStopType, TextRun, type Paragraph } from 'docx';
import type { DocumentContent } from '../../../../shared/documents/content';
import { upperVi } from '../../../../shared/vi/text';
import { dashItems, endSentence } from './format';
import { balancedLines, textWidthPt } from './metrics';
import { ruleParagraph, SUMMARY_RULE_RATIO } from './rule';
import { line, paragraph, titleLines } from './text';
import { SIZE, TEXT_WIDTH, ptToHalfPoints } from './units';

/** Space between the header table and the document type. */
const TITLE_GAP = 18;
/** Space around the authority line and the addressees. */
const BLOCK_GAP = 12;

/** Space between the summary's rule and the report's period. */
const PERIOD_GAP = 6;

export const ADDRESSEE_LABEL = 'Kính gửi:';
/** The summary is 14 pt: its rule sits a little lower than the header's, clear of g and p. */
const SUMMARY_RULE_GAP = 4;

/** The length of the rule under the summary (twips): 40 % of its widest line. */
export function summaryRuleTwips(summary: string): number {
  const lines = balancedLines(summary, SIZE.summary, TEXT_WIDTH / 20, { bold: true });
  const widest = Math.max(0, ...lines.map((text) => textWidthPt(text, SIZE.summary, { bold: true })));
  return Math.round(SUMMARY_RULE_RATIO * widest * 20);
}

/**
 * "Kính gửi: X." on one centred line; several addressees as a block centred on the page:
 * "Kính gửi:" then "- A;" with "- B." aligned under it.
 */
function addressees(items: readonly string[]): Paragraph[] {
  const size = SIZE.body;
  if (items.length === 0) return [];
  if (items.length === 1) {
    return [
      line(
        `${ADDRESSEE_LABEL} ${endSentence(items[0] ?? '')}`,
        { size },
        {
          align: AlignmentType.CENTER,
          before: BLOCK_GAP,
          after: BLOCK_GAP,
        },
      ),
    ];
  }
  const lines = dashItems(items);
  const label = Math.round((textWidthPt(`${ADDRESSEE_LABEL} `, size) + 3) * 20);
  const widest = Math.max(...lines.map((text) => Math.round(textWidthPt(text, size) * 20)));
  const start = Math.max(0, Math.round((TEXT_WIDTH - label - widest) / 2));
  const left = start + label;
  return lines.map((text, i) => {
    const last = i === lines.length - 1;
    const options = {
      align: AlignmentType.LEFT,
      before: i === 0 ? BLOCK_GAP : 0,
      after: last ? BLOCK_GAP : 0,
      markSize: size,
      indent: i === 0 ? { left, hanging: label } : { left },
      tabStops: [{ type: TabStopType.LEFT, position: left }],
    };
    const words = i === 0 ? [ADDRESSEE_LABEL, new Tab(), text] : [text];
    return paragraph([new TextRun({ children: words, size: ptToHalfPoints(size) })], options);
  });
}

export function titleBlock(content: DocumentContent): Paragraph[] {
  const center = AlignmentType.CENTER;
  const paragraphs: Paragraph[] = [];
  if (content.typeTitle.trim() !== '') {
    paragraphs.push(
      line(
        upperVi(content.typeTitle.trim()),
        { size: SIZE.typeTitle, bold: true },
        { align: center, before: TITLE_GAP },
      ),
    );
  }
  if (content.summary.trim() !== '') {
    paragraphs.push(titleLines(content.summary.trim(), { size: SIZE.summary, bold: true }, TEXT_WIDTH));
    paragraphs.push(
      ruleParagraph(summaryRuleTwips(content.summary.trim()), TEXT_WIDTH, { gapPt: SUMMARY_RULE_GAP }),
    );
  }
  if (content.periodNote !== undefined && content.periodNote.trim() !== '') {
    paragraphs.push(
      line(
        content.periodNote.trim(),
        { size: SIZE.body, italic: true },
        { align: center, before: PERIOD_GAP },
      ),
    );
  }
  if (content.authorityLine !== null && content.authorityLine.trim() !== '') {
    paragraphs.push(
      titleLines(upperVi(content.authorityLine.trim()), { size: SIZE.authority, bold: true }, TEXT_WIDTH, {
        before: BLOCK_GAP,
        after: BLOCK_GAP,
      }),
    );
  }
  paragraphs.push(...addressees(content.addressees));
  return paragraphs;
}
