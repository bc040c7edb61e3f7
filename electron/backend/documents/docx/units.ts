/**
 * The page geometry of Decree 30 in twips (1/20 pt), the unit of WordprocessingML. Millimetres are
 * rounded to the nearest twip (docx's own `convertMillimetersToTwip` floors, which moves every
 * margin by up to a twip).
 */

export const TWIPS_PER_MM = 1440 / 25.4;

export function mmToTwip(mm: number): number {
  return Math.round(mm * TWIPS_PER_MM);
}

export function ptToTwip(pt: number): number {
  return Math.round(pt * 20);
}

/** w:sz and w:szCs are in half-points. */
export function ptToHalfPoints(pt: number): number {
  return Math.round(pt * 2);
}

/** A4 portrait, exact: 210 × 297 mm. */
export const PAGE_WIDTH = 11906;
export const PAGE_HEIGHT = 16838;

export const MARGIN_TOP = mmToTwip(20);
export const MARGIN_BOTTOM = mmToTwip(20);
export const MARGIN_LEFT = mmToTwip(30);
export const MARGIN_RIGHT = mmToTwip(15);
/** Where the header (the page number) starts, from the top edge: inside the 20 mm top margin. */
export const HEADER_DISTANCE = mmToTwip(8);
export const FOOTER_DISTANCE = mmToTwip(8);

/** The text column: 210 − 30 − 15 = 165 mm. */
export const TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;

/** The text column of a landscape page (a wide appendix table): 297 − 30 − 15 = 252 mm. */
export const LANDSCAPE_TEXT_WIDTH = PAGE_HEIGHT - MARGIN_LEFT - MARGIN_RIGHT;

/** First-line indent of body paragraphs: 1 cm. */
export const FIRST_LINE_INDENT = mmToTwip(10);

/** Font sizes of Decree 30, in points (the defaults in bold in docs/admin-format.md). */
export const SIZE = {
  body: 14,
  pageNumber: 13,
  supervisingBody: 13,
  issuer: 13,
  number: 13,
  nationalTitle: 12,
  motto: 13,
  dateLine: 13,
  typeTitle: 14,
  summary: 14,
  authority: 14,
  signature: 14,
  recipientsLabel: 12,
  recipients: 11,
  appendixLabel: 14,
  appendixTitle: 14,
  appendixReference: 14,
  table: 13,
} as const;
