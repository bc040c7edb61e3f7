/**
 * Advance widths of Times New Roman, to size the short rules under the issuing body, the motto
 * and the summary to their text without a layout engine. The numbers are Liberation Serif 2.1's
 * (metric-compatible with Times New Roman by design: same advance for every character), in
 * font units of 2048 per em, for the printable ASCII characters from U+0020 to U+007E.
 *
 * Vietnamese letters are their base letter plus marks that do not change the advance, except
 * the horn: ơ, ư and Ư are wider than o, u and U (Ơ is not).
 */

const UNITS_PER_EM = 2048;
const FIRST = 0x20;

export type FontStyle = 'regular' | 'bold' | 'italic' | 'boldItalic';

// prettier-ignore
const ascii: Record<FontStyle, readonly number[]> = {
  regular: [512, 682, 836, 1024, 1024, 1706, 1593, 369, 682, 682, 1024, 1155, 512, 682, 512, 569, 1024, 1024, 1024, 1024, 1024, 1024, 1024, 1024, 1024, 1024, 569, 569, 1155, 1155, 1155, 909, 1886, 1479, 1366, 1366, 1479, 1251, 1139, 1479, 1479, 682, 797, 1479, 1251, 1821, 1479, 1479, 1139, 1479, 1366, 1139, 1251, 1479, 1479, 1933, 1479, 1479, 1251, 682, 569, 682, 961, 1024, 682, 909, 1024, 909, 1024, 909, 682, 1024, 1024, 569, 569, 1024, 569, 1593, 1024, 1024, 1024, 1024, 682, 797, 569, 1024, 1024, 1479, 1024, 1024, 909, 983, 410, 983, 1108],
  bold: [512, 682, 1137, 1024, 1024, 2048, 1706, 569, 682, 682, 1024, 1167, 512, 682, 512, 569, 1024, 1024, 1024, 1024, 1024, 1024, 1024, 1024, 1024, 1024, 682, 682, 1167, 1167, 1167, 1024, 1905, 1479, 1366, 1479, 1479, 1366, 1251, 1593, 1593, 797, 1024, 1593, 1366, 1933, 1479, 1593, 1251, 1593, 1479, 1139, 1366, 1479, 1479, 2048, 1479, 1479, 1366, 682, 569, 682, 1190, 1024, 682, 1024, 1139, 909, 1139, 909, 682, 1024, 1139, 569, 682, 1139, 569, 1706, 1139, 1024, 1139, 1139, 909, 797, 682, 1139, 1024, 1479, 1024, 1024, 909, 807, 451, 807, 1065],
  italic: [512, 682, 860, 1024, 1024, 1706, 1593, 438, 682, 682, 1024, 1382, 512, 682, 512, 569, 1024, 1024, 1024, 1024, 1024, 1024, 1024, 1024, 1024, 1024, 682, 682, 1382, 1382, 1382, 1024, 1884, 1251, 1251, 1366, 1479, 1251, 1251, 1479, 1479, 682, 909, 1366, 1139, 1706, 1366, 1479, 1251, 1479, 1251, 1024, 1139, 1479, 1251, 1706, 1251, 1139, 1139, 797, 569, 797, 864, 1024, 682, 1024, 1024, 909, 1024, 909, 569, 1024, 1024, 569, 569, 909, 569, 1479, 1024, 1024, 1024, 1024, 797, 797, 569, 1024, 909, 1366, 909, 909, 797, 819, 563, 819, 1108],
  boldItalic: [512, 797, 1137, 1024, 1024, 1706, 1593, 569, 682, 682, 1024, 1167, 512, 682, 512, 569, 1024, 1024, 1024, 1024, 1024, 1024, 1024, 1024, 1024, 1024, 682, 682, 1167, 1167, 1167, 1024, 1704, 1366, 1366, 1366, 1479, 1366, 1366, 1479, 1593, 797, 1024, 1366, 1251, 1821, 1479, 1479, 1251, 1479, 1366, 1139, 1251, 1479, 1366, 1821, 1366, 1251, 1251, 682, 569, 682, 1167, 1024, 682, 1024, 1024, 909, 1024, 909, 682, 1024, 1139, 569, 569, 1024, 569, 1593, 1139, 1024, 1024, 1024, 797, 797, 569, 1139, 909, 1366, 1024, 909, 797, 713, 451, 713, 1167],
};

/** The horned letters, whose advance is not their base letter's. */
const horned: Record<FontStyle, Readonly<Record<string, number>>> = {
  regular: { o: 1083, u: 1110, U: 1589 },
  bold: { o: 1134, u: 1229, U: 1630 },
  italic: { o: 1093, u: 1117, U: 1544 },
  boldItalic: { o: 1099, u: 1227, U: 1587 },
};

const HORN = '\u031B';
/** Characters outside the table (dashes, quotes…) count as half an em: close enough for sizing rules. */
const FALLBACK = 1024;

function baseUnits(ch: string, style: FontStyle): number {
  const code = ch.codePointAt(0) ?? FIRST;
  if (ch === 'đ') return ascii[style][0x64 - FIRST] ?? FALLBACK;
  if (ch === 'Đ') return ascii[style][0x44 - FIRST] ?? FALLBACK;
  if (ch === '\u00A0') return ascii[style][0] ?? FALLBACK;
  if (code < FIRST || code > 0x7e) return FALLBACK;
  return ascii[style][code - FIRST] ?? FALLBACK;
}

function styleOf(bold: boolean, italic: boolean): FontStyle {
  if (bold) return italic ? 'boldItalic' : 'bold';
  return italic ? 'italic' : 'regular';
}

/** Width in points of `text` set in Times New Roman at `sizePt`, on one line, without kerning. */
export function textWidthPt(
  text: string,
  sizePt: number,
  options: { bold?: boolean; italic?: boolean } = {},
): number {
  const style = styleOf(options.bold === true, options.italic === true);
  let units = 0;
  // One grapheme at a time: a base letter and its combining marks (đ and Đ have no decomposition).
  for (const cluster of text.normalize('NFD').match(/\P{M}\p{M}*/gu) ?? []) {
    const base = cluster[0] ?? ' ';
    const horn = cluster.includes(HORN) ? horned[style][base] : undefined;
    units += horn ?? baseUnits(base, style);
  }
  return (units * sizePt) / UNITS_PER_EM;
}

/**
 * The words of `text` between the spaces a line may break at: single spaces. A run of several
 * spaces is a blank left on purpose (the number and the date on the copy for signing) and stays
 * inside its "word", whole.
 */
function breakableWords(text: string): string[] {
  return text
    .trim()
    .split(/(?<! ) (?! )/u)
    .filter((w) => w !== '');
}

/**
 * The lines `text` takes in a column `widthPt` wide, breaking at spaces like a word processor
 * (greedy). An estimate: enough to size a rule under a summary that wraps.
 */
export function wrapLines(
  text: string,
  sizePt: number,
  widthPt: number,
  options: { bold?: boolean; italic?: boolean } = {},
): string[] {
  const words = breakableWords(text);
  const lines: string[] = [];
  let current = '';
  for (const word of words) {
    const candidate = current === '' ? word : `${current} ${word}`;
    if (current !== '' && textWidthPt(candidate, sizePt, options) > widthPt) {
      lines.push(current);
      current = word;
    } else {
      current = candidate;
    }
  }
  if (current !== '') lines.push(current);
  return lines;
}

/**
 * Words a Vietnamese title is broken before when it takes two lines: they start a phrase
 * ("… cộng đồng / tại các thôn …", "… Quyết định số 07/QĐ-UBND … / của Chủ tịch …"), so the break
 * does not split a compound word ("công / nghệ") or a name ("Đông / Sơn").
 */
const PHRASE_STARTS = new Set([
  'tại',
  'trên',
  'của',
  'thuộc',
  'xã',
  'phường',
  'thị',
  'thôn',
  'tổ',
  'huyện',
  'tỉnh',
  'ngày',
  'về',
  'và',
  'cho',
  'theo',
  'gồm',
  'đến',
  'giai',
]);

/**
 * Like `wrapLines`, but a text that takes two lines is broken where the two lines are the most
 * even, before a word that starts a phrase when there is one that fits ("Về việc thành lập Tổ
 * Công nghệ số cộng đồng / tại các thôn trên địa bàn xã Đông Sơn"), rather than after a full
 * line, as centred titles are set by hand.
 */
export function balancedLines(
  text: string,
  sizePt: number,
  widthPt: number,
  options: { bold?: boolean; italic?: boolean } = {},
): string[] {
  const greedy = wrapLines(text, sizePt, widthPt, options);
  if (greedy.length !== 2) return greedy;
  const words = breakableWords(text);
  let best: { lines: string[]; width: number; phrase: boolean } | null = null;
  for (let i = 1; i < words.length; i += 1) {
    const lines = [words.slice(0, i).join(' '), words.slice(i).join(' ')];
    const width = Math.max(...lines.map((l) => textWidthPt(l, sizePt, options)));
    if (width > widthPt) continue;
    const phrase =
      PHRASE_STARTS.has((words[i] ?? '').toLocaleLowerCase('vi')) || /[,;]$/u.test(words[i - 1] ?? '');
    const better =
      best === null || (phrase && !best.phrase) || (phrase === best.phrase && width < best.width);
    if (better) best = { lines, width, phrase };
  }
  return best?.lines ?? greedy;
}
