/**
 * Text typed before Unicode in the two old Vietnamese encodings that commune spreadsheets still
 * carry: TCVN3 (ABC; fonts .VnTime, .VnArial…) and VNI-Windows (fonts VNI-Times…). Excel keeps
 * such text as the Windows-1252 characters of its bytes, so "Nguyễn" arrives as "NguyÔn" (TCVN3)
 * or "Nguyeãn" (VNI). Pure: no Node APIs.
 */

export type LegacyEncoding = 'tcvn3' | 'vni';

/** The 67 lower-case Vietnamese letters that are not plain ASCII, in the order of the tables. */
const unicodeLower = 'àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ';

/**
 * TCVN3 (TCVN 5712:1993, VN3) code of each letter above, read as Windows-1252. TCVN3 has no
 * upper-case letter with a tone mark: capitals are typed with the same codes in an "H" font
 * (.VnTimeH), which draws them as capitals. U+00AD (soft hyphen) is ư.
 */
const tcvn3Lower =
  'µ¸¶·¹' + // à á ả ã ạ
  '¨»¾¼½Æ' + // ă ằ ắ ẳ ẵ ặ
  '©ÇÊÈÉË' + // â ầ ấ ẩ ẫ ậ
  '®' + // đ
  'ÌÐÎÏÑ' + // è é ẻ ẽ ẹ
  'ªÒÕÓÔÖ' + // ê ề ế ể ễ ệ
  '×ÝØÜÞ' + // ì í ỉ ĩ ị
  'ßãáâä' + // ò ó ỏ õ ọ
  '«åèæçé' + // ô ồ ố ổ ỗ ộ
  '¬êíëìî' + // ơ ờ ớ ở ỡ ợ
  'ïóñòô' + // ù ú ủ ũ ụ
  '\u00ADõøö÷ù' + // ư ừ ứ ử ữ ự
  'úýûüþ'; // ỳ ý ỷ ỹ ỵ

/** The only capitals TCVN3 has: Ă Â Đ Ê Ô Ơ Ư. */
const unicodeUpperTcvn3 = 'ĂÂĐÊÔƠƯ';
const tcvn3Upper = '¡¢§£¤¥¦';

/**
 * VNI-Windows: a base letter followed by a mark character, or a single character for
 * đ, ơ, ư and some i/y forms. Capitals are the same sequences upper-cased ("AØ" = À).
 */
const vniLower: readonly string[] = [
  ...['aø', 'aù', 'aû', 'aõ', 'aï'], // à á ả ã ạ
  ...['aê', 'aè', 'aé', 'aú', 'aü', 'aë'], // ă ằ ắ ẳ ẵ ặ
  ...['aâ', 'aà', 'aá', 'aå', 'aã', 'aä'], // â ầ ấ ẩ ẫ ậ
  'ñ', // đ
  ...['eø', 'eù', 'eû', 'eõ', 'eï'], // è é ẻ ẽ ẹ
  ...['eâ', 'eà', 'eá', 'eå', 'eã', 'eä'], // ê ề ế ể ễ ệ
  ...['ì', 'í', 'æ', 'ó', 'ò'], // ì í ỉ ĩ ị
  ...['oø', 'où', 'oû', 'oõ', 'oï'], // ò ó ỏ õ ọ
  ...['oâ', 'oà', 'oá', 'oå', 'oã', 'oä'], // ô ồ ố ổ ỗ ộ
  ...['ô', 'ôø', 'ôù', 'ôû', 'ôõ', 'ôï'], // ơ ờ ớ ở ỡ ợ
  ...['uø', 'uù', 'uû', 'uõ', 'uï'], // ù ú ủ ũ ụ
  ...['ö', 'öø', 'öù', 'öû', 'öõ', 'öï'], // ư ừ ứ ử ữ ự
  ...['yø', 'yù', 'yû', 'yõ', 'î'], // ỳ ý ỷ ỹ ỵ
];

const lowerLetters = Array.from(unicodeLower);

function buildTcvn3Decoder(): Map<string, string> {
  const map = new Map<string, string>();
  Array.from(tcvn3Lower).forEach((code, i) => map.set(code, lowerLetters[i] ?? code));
  Array.from(tcvn3Upper).forEach((code, i) => map.set(code, unicodeUpperTcvn3[i] ?? code));
  return map;
}

function buildVniDecoder(): Map<string, string> {
  const map = new Map<string, string>();
  vniLower.forEach((code, i) => {
    const letter = lowerLetters[i] ?? code;
    map.set(code, letter);
    map.set(code.toUpperCase(), letter.toUpperCase());
  });
  return map;
}

const tcvn3Decoder = buildTcvn3Decoder();
const vniDecoder = buildVniDecoder();

/** Exposed for the round-trip tests, which encode with their own rules and decode with these. */
export const legacyTables = {
  unicodeLower,
  tcvn3Lower,
  unicodeUpperTcvn3,
  tcvn3Upper,
  vniLower,
} as const;

// ---------------------------------------------------------------------------------------------
// Decoding

const asciiUpper = /[A-Z]/gu;
const asciiLower = /[a-z]/u;

/** Two or more ASCII letters, none lower-case: a word or line typed in a .VnTimeH-style font. */
function looksAllCaps(text: string): boolean {
  return (text.match(asciiUpper)?.length ?? 0) >= 2 && !asciiLower.test(text);
}

/**
 * TCVN3 → Unicode. `upperCase: true` when the cell's font is an "H" font (.VnTimeH); without it,
 * a line or word whose ASCII letters are all capitals is taken as typed in such a font, since a
 * capital with a tone mark cannot be written in TCVN3 otherwise ("NGUYÔN" → "NGUYỄN").
 */
export function decodeTcvn3(text: string, options: { upperCase?: boolean } = {}): string {
  const decode = (part: string): string => Array.from(part, (ch) => tcvn3Decoder.get(ch) ?? ch).join('');
  if (options.upperCase === true || looksAllCaps(text)) {
    return decode(text).toLocaleUpperCase('vi').normalize('NFC');
  }
  return text
    .split(/(\s+)/u)
    .map((word) => (looksAllCaps(word) ? decode(word).toLocaleUpperCase('vi') : decode(word)))
    .join('')
    .normalize('NFC');
}

/** VNI → Unicode: longest match first, so "ôù" is ớ and not ơ followed by a stray mark. */
export function decodeVni(text: string): string {
  let out = '';
  for (let i = 0; i < text.length;) {
    const two = vniDecoder.get(text.slice(i, i + 2));
    if (two !== undefined && i + 1 < text.length) {
      out += two;
      i += 2;
      continue;
    }
    const ch = text[i] ?? '';
    out += vniDecoder.get(ch) ?? ch;
    i += 1;
  }
  return out.normalize('NFC');
}

// ---------------------------------------------------------------------------------------------
// Detection

/**
 * Letters that only Unicode Vietnamese has (beyond Latin-1) and combining marks (NFD text):
 * text with any of them is Unicode already, because the old encodings only produce Latin-1.
 */
const unicodeVietnamese = /[ăĂđĐĩĨũŨơƠưƯ\u1EA0-\u1EF9]|\p{M}/u;
const latin1High = /[\u0080-\u00FF]/u;

/**
 * Vietnamese syllables, tone marks taken off: onset, then one of the rhymes the language has.
 * Decoding a word the right way gives a syllable; the wrong way, or not at all, mostly does not
 * ("Yến" from TCVN3 "YÕn", but "Ỹn" from VNI; "Chức" from TCVN3 "Chøc").
 */
const onset = '(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|b|c|d|đ|g|h|k|l|m|n|p|r|s|t|v|x)?';
const rhymes = [
  'a ai ao au ay am an ang anh ac ach ap at',
  'ăm ăn ăng ăc ăp ăt',
  'âm ân âng âc âp ât âu ây',
  'e eo em en eng ec ep et',
  'ê êu êm ên ênh êng êch êp êt',
  'i ia iu im in inh ich ip it iêu iêm iên iêng iêc iêp iêt',
  'o oa oai oao oay oam oan oang oanh oac oach oap oat oăm oăn oăng oăc oăt',
  'oe oeo oem oen oet oi om on ong oc op ot oong ooc',
  'ô ôi ôm ôn ông ôc ôp ôt',
  'ơ ơi ơm ơn ơp ơt',
  'u ua uân uâng uât uây uê uêch uênh uy uya uyên uyêt uynh uych uyt uyu ui um un ung uc up ut',
  'uôi uôm uôn uông uôc uôt uơ',
  'ư ưa ưi ưu ưm ưn ưng ưc ưt ươi ươu ươm ươn ương ươc ươp ươt',
  'y yêu yêm yên yêt',
]
  .join(' ')
  .split(' ');
const syllablePattern = new RegExp(`^${onset}(?:${rhymes.join('|')})$`, 'u');
const toneMarks = /[\u0300\u0301\u0303\u0309\u0323]/gu;

export function isVietnameseSyllable(word: string): boolean {
  const lower = word.normalize('NFC').toLocaleLowerCase('vi').normalize('NFD');
  const tones = lower.match(toneMarks) ?? [];
  if (tones.length > 1) return false;
  const bare = lower.replace(toneMarks, '').normalize('NFC');
  if (!syllablePattern.test(bare)) return false;
  // Syllables ending in c, ch, p, t take only the sắc or nặng tone.
  const tone = tones[0];
  return !(/(c|ch|p|t)$/u.test(bare) && tone !== undefined && tone !== '\u0301' && tone !== '\u0323');
}

/** Words for the judgement: runs between spaces and ASCII punctuation (TCVN3 codes are letters). */
function wordsOf(text: string): string[] {
  return text.split(/[\s,.;:!?()[\]{}"'/\\\-–—_0-9]+/u).filter((w) => w !== '');
}

/** +1 for a changed word that became a syllable, −1 for one that became nonsense. */
function decodingScore(words: readonly string[], decode: (word: string) => string): number {
  let score = 0;
  for (const word of words) {
    const decoded = decode(word);
    if (decoded === word.normalize('NFC')) continue;
    if (isVietnameseSyllable(decoded)) score += 1;
    // An abbreviation in capitals ("CNSC§" → "CNSCĐ") is neither evidence nor counter-evidence.
    else if (!(decoded === decoded.toLocaleUpperCase('vi') && Array.from(decoded).length >= 3)) score -= 1;
  }
  return score;
}

export interface EncodingEvidence {
  /** Texts (cells) that are Unicode Vietnamese beyond doubt. */
  unicodeTexts: number;
  /** Texts that read better decoded from TCVN3 / VNI than as they are. */
  tcvn3Texts: number;
  vniTexts: number;
  tcvn3Score: number;
  vniScore: number;
}

function judge(text: string): { tcvn3: number; vni: number; asIs: number } {
  const words = wordsOf(text.normalize('NFC')).filter((w) => latin1High.test(w));
  const asIs = words.filter(isVietnameseSyllable).length;
  const allCaps = /[A-Z]{2}/u.test(text) && !/[a-z]/u.test(text);
  return {
    tcvn3: decodingScore(words, (w) => decodeTcvn3(w, allCaps ? { upperCase: true } : {})),
    vni: decodingScore(words, decodeVni),
    asIs,
  };
}

/** Evidence from many texts (every cell of a sheet), for one decision about all of them. */
export function gatherEncodingEvidence(texts: Iterable<string>): EncodingEvidence {
  const evidence: EncodingEvidence = {
    unicodeTexts: 0,
    tcvn3Texts: 0,
    vniTexts: 0,
    tcvn3Score: 0,
    vniScore: 0,
  };
  for (const text of texts) {
    if (unicodeVietnamese.test(text)) {
      evidence.unicodeTexts += 1;
      continue;
    }
    if (!latin1High.test(text)) continue;
    const { tcvn3, vni, asIs } = judge(text);
    // Ties go to "as it is": "Ngô Tú Anh" reads as Unicode and as TCVN3 alike.
    if (tcvn3 > asIs && tcvn3 > vni) {
      evidence.tcvn3Texts += 1;
      evidence.tcvn3Score += tcvn3;
    } else if (vni > asIs && vni > tcvn3) {
      evidence.vniTexts += 1;
      evidence.vniScore += vni;
    }
  }
  return evidence;
}

export function decideEncoding(evidence: EncodingEvidence): LegacyEncoding | null {
  const legacyTexts = evidence.tcvn3Texts + evidence.vniTexts;
  // A Unicode sheet with a stray "Hoà Bình" stays Unicode; a TCVN3 sheet with one retyped
  // Unicode cell is still TCVN3.
  if (legacyTexts === 0 || evidence.unicodeTexts > legacyTexts) return null;
  if (evidence.tcvn3Texts !== evidence.vniTexts)
    return evidence.tcvn3Texts > evidence.vniTexts ? 'tcvn3' : 'vni';
  if (evidence.tcvn3Score === evidence.vniScore) return null;
  return evidence.tcvn3Score > evidence.vniScore ? 'tcvn3' : 'vni';
}

/**
 * 'tcvn3' or 'vni' when the text was typed in that encoding; null for Unicode Vietnamese, English
 * and anything undecided. The judge is Vietnamese itself: decoded one way the words become
 * syllables of the language, the other way (or left as they are) they do not.
 */
export function detectLegacyEncoding(text: string): LegacyEncoding | null {
  return decideEncoding(gatherEncodingEvidence([text]));
}

export interface ToUnicodeOptions {
  /** A decision already made for a whole sheet; undefined → detect from this text alone. */
  encoding?: LegacyEncoding | null;
  /** The cell's font is a TCVN3 capitals font (.VnTimeH, .VnArialH…). */
  upperCase?: boolean;
}

/** Converts when the text is (or the sheet was found to be) in an old encoding; NFC always. */
export function toUnicode(
  text: string,
  options: ToUnicodeOptions = {},
): { text: string; encoding: LegacyEncoding | null } {
  const nfc = text.normalize('NFC');
  if (unicodeVietnamese.test(nfc) || !/[\u0080-\u00FF]/u.test(nfc)) return { text: nfc, encoding: null };
  const encoding = options.encoding !== undefined ? options.encoding : detectLegacyEncoding(nfc);
  if (encoding === 'tcvn3') {
    const upper = options.upperCase === true ? { upperCase: true } : {};
    return { text: decodeTcvn3(nfc, upper), encoding };
  }
  if (encoding === 'vni') return { text: decodeVni(nfc), encoding };
  return { text: nfc, encoding: null };
}

/** Font names that say which encoding a cell was typed in: .VnTime/.VnTimeH, VNI-Times. */
export function fontHint(fontName: string | undefined): {
  encoding: LegacyEncoding | null;
  upperCase: boolean;
} {
  if (fontName === undefined) return { encoding: null, upperCase: false };
  const name = fontName.trim();
  if (/^\.?vn/iu.test(name) && !/^vni/iu.test(name)) {
    return { encoding: 'tcvn3', upperCase: /H$/u.test(name) };
  }
  if (/^vni[-\s]/iu.test(name)) return { encoding: 'vni', upperCase: false };
  return { encoding: null, upperCase: false };
}
