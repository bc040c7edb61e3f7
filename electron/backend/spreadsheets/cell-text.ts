/** What an exported sheet may hold in one cell. */
import { EXCEL_CELL_MAX } from '../../../shared/contract/limits';

const cutMark = ' … [ĐÃ CẮT BỚT: một ô Excel chứa tối đa 32.767 ký tự; xem bản đầy đủ trong ứng dụng]';

/**
 * A text no longer than Excel's cell limit (Excel refuses to open, or silently cuts, a longer
 * cell). New data never comes near it (the contract's limits are far lower); a text stored before
 * the limits is cut in the export only — the database keeps it whole — with a visible mark, so
 * the reader of the sheet knows it is not all there.
 */
export function excelCellText(value: string): string {
  if (value.length <= EXCEL_CELL_MAX) return value;
  let kept = value.slice(0, EXCEL_CELL_MAX - cutMark.length);
  // Never split a surrogate pair (an emoji, a rare CJK character) in half.
  if (/[\uD800-\uDBFF]$/u.test(kept)) kept = kept.slice(0, -1);
  return `${kept}${cutMark}`;
}
