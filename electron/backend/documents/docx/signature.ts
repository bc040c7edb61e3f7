/**
 * The signature block: a borderless two-column table under the body. Left: "Nơi nhận:" (12 pt bold
 * italic) and the recipients (11 pt, "- …;", the last "."). Right: the authority lines (14 pt bold,
 * upper case), about four empty lines for the hand signature and the seal, then the signer's name.
 * Its one row cannot split and every paragraph keeps with the next, so the block moves to the next
 * page whole, with the end of the last article.
 */
import { AlignmentType, type Paragraph, type Table } from 'docx';
import type { DocumentContent } from '../../../../shared/documents/content';
import { upperVi } from '../../../../shared/vi/text';
import { dashItems } from './format';
import { layoutTable } from './table';
import { STYLE } from './styles';
import { emptyLine, line, plainRun, styled } from './text';
import { SIZE, TEXT_WIDTH } from './units';

export const RECIPIENTS_LABEL = 'Nơi nhận:';
/** Empty lines between the authority lines and the name, for the signature and the seal. */
export const SIGNATURE_SPACE_LINES = 4;
/** Left 45 %, right 55 % of the text width. */
export const SIGNATURE_LEFT = Math.round(TEXT_WIDTH * 0.45);
export const SIGNATURE_RIGHT = TEXT_WIDTH - SIGNATURE_LEFT;
/** Space between the last paragraph of the body and the block. */
const GAP = 6;

const keep = { keepNext: true, keepLines: true };

function recipients(content: DocumentContent): Paragraph[] {
  if (content.recipients.length === 0) return [emptyLine(SIZE.recipients, { ...keep, before: GAP })];
  return [
    line(
      RECIPIENTS_LABEL,
      { size: SIZE.recipientsLabel, bold: true, italic: true },
      { ...keep, before: GAP },
    ),
    ...dashItems(content.recipients).map((text) => styled(STYLE.recipient, [plainRun(text)])),
  ];
}

function signer(content: DocumentContent): Paragraph[] {
  const center = { align: AlignmentType.CENTER, ...keep };
  const bold = { size: SIZE.signature, bold: true };
  const lines = content.signature.lines.map((text, i) =>
    line(upperVi(text.trim()), bold, { ...center, ...(i === 0 ? { before: GAP } : {}) }),
  );
  const space = Array.from({ length: SIGNATURE_SPACE_LINES }, () => emptyLine(SIZE.signature, center));
  return [...lines, ...space, line(content.signature.name.trim(), bold, center)];
}

export function signatureTable(content: DocumentContent): Table {
  return layoutTable([SIGNATURE_LEFT, SIGNATURE_RIGHT], [[recipients(content), signer(content)]]);
}
