/** Vietnamese text helpers shared by the renderer, the backend and the documents. */

/** NFC, trimmed, inner runs of white space folded to one space. */
export function cleanText(value: string): string {
  return value.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

export function upperVi(value: string): string {
  return value.normalize('NFC').toLocaleUpperCase('vi');
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
