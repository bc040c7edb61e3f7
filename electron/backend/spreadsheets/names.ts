/**
 * Names as sheets write them → as the register keeps them: folded words for matching headers,
 * title case for people and villages typed in capitals ("THÔN AN HẢI" → "Thôn An Hải").
 */
import { capitalFirst, cleanText, foldVi } from '../../../shared/vi/text';

/** Folded, punctuation as single spaces: "Số ĐT (Zalo)" → "so dt zalo". */
export function foldWords(text: string): string {
  return foldVi(text)
    .replace(/[^a-z0-9]+/gu, ' ')
    .trim();
}

function capitalise(word: string): string {
  return capitalFirst(word.toLocaleLowerCase('vi'));
}

/** Each word: first letter upper, the rest lower ("NGUYỄN VĂN AN" → "Nguyễn Văn An"); hyphens too. */
export function titleCaseVi(text: string): string {
  return cleanText(text)
    .split(' ')
    .map((word) => word.split('-').map(capitalise).join('-'))
    .join(' ');
}

/** A name typed all in capitals or all in small letters gets title case; a mixed one is kept. */
export function personName(text: string): string {
  const name = cleanText(text);
  const letters = name.replace(/[^\p{L}]/gu, '');
  const allUpper = letters === letters.toLocaleUpperCase('vi');
  const allLower = letters === letters.toLocaleLowerCase('vi');
  return letters !== '' && (allUpper || allLower) ? titleCaseVi(name) : name;
}

/** The kinds of village-level unit, with how the register writes them. */
const villageKinds: readonly { words: string; label: string }[] = [
  { words: 'to dan pho', label: 'Tổ dân phố' },
  { words: 'tdp', label: 'Tổ dân phố' },
  { words: 'khu dan cu', label: 'Khu dân cư' },
  { words: 'kdc', label: 'Khu dân cư' },
  { words: 'khu pho', label: 'Khu phố' },
  { words: 'thon', label: 'Thôn' },
  { words: 'xom', label: 'Xóm' },
  { words: 'ap', label: 'Ấp' },
  { words: 'ban', label: 'Bản' },
  { words: 'lang', label: 'Làng' },
  { words: 'buon', label: 'Buôn' },
  { words: 'khoi', label: 'Khối' },
  { words: 'khom', label: 'Khóm' },
];
/** Short kinds that fold to common words ("bạn", "lăng") must keep their own diacritics to count. */
const exactShortKinds: Readonly<Record<string, string>> = {
  ap: 'ấp',
  ban: 'bản',
  lang: 'làng',
  buon: 'buôn',
  khoi: 'khối',
  khom: 'khóm',
};

const romanNumerals = new Set(['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII']);

function properWord(word: string): string {
  if (/\d/u.test(word)) return word.toLocaleUpperCase('vi');
  if (romanNumerals.has(word)) return word;
  return word.split('-').map(capitalise).join('-');
}

/** The kind at the start of `words` (original words, cleaned), and how many words it takes. */
function villageKindAt(words: readonly string[]): { label: string; length: number } | null {
  for (const kind of villageKinds) {
    const length = kind.words.split(' ').length;
    const head = words.slice(0, length);
    if (head.length < length || foldWords(head.join(' ')) !== kind.words) continue;
    const exact = exactShortKinds[kind.words];
    if (exact !== undefined && head[0]?.toLocaleLowerCase('vi') !== exact) continue;
    return { label: kind.label, length };
  }
  return null;
}

/**
 * "THÔN AN HẢI" → "Thôn An Hải", "tdp 3" → "Tổ dân phố 3", "An Hải" → "An Hải": the kind as the
 * register writes it, then the proper name in title case (numbers and roman numerals kept).
 */
export function villageName(text: string): string | null {
  const words = cleanText(text)
    .split(' ')
    .filter((w) => w !== '');
  if (words.length === 0) return null;
  const kind = villageKindAt(words);
  // "Tổ dân phố số 3": the word "số" before a number stays small.
  const rest = words
    .slice(kind?.length ?? 0)
    .map((word, i, all) =>
      foldWords(word) === 'so' && /^\d/u.test(all[i + 1] ?? '') ? 'số' : properWord(word),
    );
  if (kind === null) return rest.join(' ');
  return [kind.label, ...rest].join(' ');
}

/**
 * A village named inside a longer text: "I. THÔN AN HẢI", "Tổ CNSCĐ thôn An Hải", "DANH SÁCH …
 * THÔN AN HẢI". Null when the text names no village, or only villages in general ("các thôn").
 */
export function villageInText(text: string): string | null {
  // "Thôn An Hải, xã Bình Hiệp": the village ends where the commune begins.
  for (const segment of cleanText(text).split(/[,;()–]|\s-\s/u)) {
    const words = segment
      .replace(/:/gu, ' ')
      .split(' ')
      .filter((w) => w !== '');
    for (let i = 0; i < words.length; i += 1) {
      const kind = villageKindAt(words.slice(i));
      if (kind === null) continue;
      const before = foldWords(words[i - 1] ?? '');
      const rest = words.slice(i + kind.length);
      if (['cac', 'nhung', 'moi'].includes(before)) return null;
      if (rest.length === 0 || rest.length > 5 || villageKindAt(rest) !== null) return null;
      return villageName(words.slice(i).join(' '));
    }
  }
  return null;
}
