/** Vietnamese text helpers shared by the renderer, the backend and the documents. */

/**
 * Control characters are REMOVED, not refused, and the same way on every path (forms, CLI,
 * import, documents), because they are invisible: they arrive with a paste from a web page, Word
 * or a sheet (Excel's "_x001B_"), the officer cannot see them, so a refusal would point at
 * nothing they can find or fix, while they carry no meaning in a name or a document text. Left in,
 * they are harmful: ESC drives the terminal, NUL and other C0 characters make a .docx unreadable
 * (XML 1.0 forbids them), bidi overrides show a name reversed, a lone surrogate cannot be encoded.
 * Removed: C0 and C1 controls (Cc), format characters (Cf: bidi embeddings, overrides and
 * isolates, zero-width spaces and joiners, soft hyphen, byte-order mark), lone surrogates (Cs) and
 * the non-characters U+FFFE/U+FFFF. White-space controls (tab, line feed, carriage return, vertical
 * tab, form feed, U+0085) become a space: no field keeps line breaks, a text is one paragraph.
 */
const whiteControls = /[\t\n\v\f\r\u0085]/gu;
const invisibleControls = /[\p{Cc}\p{Cf}\p{Cs}\uFFFE\uFFFF]/gu;

/** Removes control characters (see above), keeping everything visible as it is. */
export function stripControls(value: string): string {
  return value.replace(whiteControls, ' ').replace(invisibleControls, '');
}

/** Control characters removed, NFC, trimmed, inner runs of white space folded to one space. */
export function cleanText(value: string): string {
  return stripControls(value).normalize('NFC').replace(/\s+/gu, ' ').trim();
}

export function upperVi(value: string): string {
  return value.normalize('NFC').toLocaleUpperCase('vi');
}

/** The first letter in upper case, the rest as it is: "trong tháng" → "Trong tháng". */
export function capitalFirst(value: string): string {
  const first = Array.from(value)[0] ?? '';
  return first.toLocaleUpperCase('vi') + value.slice(first.length);
}

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** Vietnamese order, numbers in names compared as numbers ("Thôn 2" before "Thôn 10"). */
export function compareVi(a: string, b: string): number {
  return collator.compare(a.normalize('NFC'), b.normalize('NFC'));
}

export function sortByVi<T>(items: readonly T[], key: (item: T) => string): T[] {
  return [...items].sort((x, y) => compareVi(key(x), key(y)));
}

/**
 * The key a search compares: no diacritics, no case, đ as d, NFC and NFD alike.
 * "Nguyễn Thị Huệ" → "nguyen thi hue".
 */
export function foldVi(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/gu, 'd')
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .trim();
}

/** A number with at least two digits, as Decree 30 writes days, months and document numbers. */
export function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** Letters to change, add or remove to turn `a` into `b` (Levenshtein), on the strings as given. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** The candidate whose folded text (no diacritics, no case) is nearest `text`'s, or null when none. */
export function nearestFolded(text: string, candidates: readonly string[]): string | null {
  const key = foldVi(text);
  let best: { value: string; distance: number } | null = null;
  for (const value of candidates) {
    const distance = editDistance(key, foldVi(value));
    if (best === null || distance < best.distance) best = { value, distance };
  }
  return best?.value ?? null;
}
