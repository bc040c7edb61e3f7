/**
 * The short solid rules of Decree 30 (under the issuing body, the motto and the summary): the top
 * border of an empty 2-pt paragraph narrowed by equal left and right indents, so the rule is
 * centred and exactly as long as asked. The paragraph has no text, so narrowing it cannot make
 * any text wrap, and the text above keeps the whole column.
 */
import { AlignmentType, BorderStyle, LineRuleType, Paragraph } from 'docx';
import { BLACK } from './text';
import { ptToTwip } from './units';

/** ¾ pt, in eighths of a point. */
export const RULE_THICKNESS = 6;
/** Space between the line of text above and the rule, clear of the descenders (p, g, ạ). */
export const RULE_GAP = 3;
/** Height of the rule's paragraph: the gap between the text above and what follows. */
export const RULE_LINE_HEIGHT = 40;

/** The rule's paragraph, `ruleTwips` long, centred in a column `columnTwips` wide. */
export function ruleParagraph(
  ruleTwips: number,
  columnTwips: number,
  options: { gapPt?: number } = {},
): Paragraph {
  const length = Math.max(0, Math.min(Math.round(ruleTwips), columnTwips));
  const side = Math.floor((columnTwips - length) / 2);
  return new Paragraph({
    children: [],
    alignment: AlignmentType.CENTER,
    indent: { left: side, right: columnTwips - length - side },
    spacing: {
      before: ptToTwip(options.gapPt ?? RULE_GAP),
      after: 0,
      line: RULE_LINE_HEIGHT,
      lineRule: LineRuleType.EXACT,
    },
    border: { top: { style: BorderStyle.SINGLE, size: RULE_THICKNESS, color: BLACK, space: 0 } },
    run: { size: 2 },
  });
}

/**
 * The rule under the issuing body: 1/3–1/2 of the text's length (Decree 30). The issuing body is
 * often printed on two lines ("ỦY BAN NHÂN DÂN" / "XÃ ĐÔNG SƠN") and the rule sits under the last
 * one; the length is 40 % of the longest line when that is also 1/3–1/2 of the last line, else
 * the middle of the lengths that are 1/3–1/2 of both, and 40 % of the longest line when none is.
 */
export function issuerRuleLength(longestPt: number, lastPt: number): number {
  const target = 0.4 * longestPt;
  const low = Math.max(longestPt, lastPt) / 3;
  const high = Math.min(longestPt, lastPt) / 2;
  if (low > high || (target >= low && target <= high)) return target;
  return (low + high) / 2;
}

/** The rule under the summary: 40 % of its widest line (1/3–1/2 of its length). */
export const SUMMARY_RULE_RATIO = 0.4;
