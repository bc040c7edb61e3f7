import { describe, expect, it } from 'vitest';
import {
  decideEncoding,
  decodeTcvn3,
  decodeVni,
  detectLegacyEncoding,
  fontHint,
  gatherEncodingEvidence,
  isVietnameseSyllable,
  legacyTables,
  toUnicode,
} from './legacy-encoding';

// ---------------------------------------------------------------------------------------------
// Encoders used only here: written from the encodings' rules and a separately typed table, so a
// slip in the production tables shows as a failed round trip.

const TONE = { grave: '\u0300', acute: '\u0301', hook: '\u0309', tilde: '\u0303', dot: '\u0323' } as const;
type Tone = keyof typeof TONE | 'none';

function split(letter: string): { base: string; hat: 'circumflex' | 'breve' | 'horn' | null; tone: Tone } {
  const nfd = letter.normalize('NFD');
  const base = nfd[0] ?? '';
  const marks = nfd.slice(1);
  const hat = marks.includes('\u0302')
    ? 'circumflex'
    : marks.includes('\u0306')
      ? 'breve'
      : marks.includes('\u031B')
        ? 'horn'
        : null;
  const tone = (Object.keys(TONE) as (keyof typeof TONE)[]).find((t) => marks.includes(TONE[t])) ?? 'none';
  return { base, hat, tone };
}

/** VNI-Windows by its rules: base + mark keystroke character. */
function encodeVniLetter(letter: string): string {
  if (letter !== letter.toLowerCase()) return encodeVniLetter(letter.toLowerCase()).toUpperCase();
  if (letter === 'đ') return 'ñ';
  const { base, hat, tone } = split(letter);
  const toneMark: Record<Tone, string> = {
    none: '',
    grave: 'ø',
    acute: 'ù',
    hook: 'û',
    tilde: 'õ',
    dot: 'ï',
  };
  if (base === 'i') return { none: 'i', grave: 'ì', acute: 'í', hook: 'æ', tilde: 'ó', dot: 'ò' }[tone];
  if (base === 'y' && tone === 'dot') return 'î';
  if (hat === 'horn') return (base === 'o' ? 'ô' : 'ö') + toneMark[tone];
  if (hat === 'circumflex')
    return base + { none: 'â', grave: 'à', acute: 'á', hook: 'å', tilde: 'ã', dot: 'ä' }[tone];
  if (hat === 'breve')
    return base + { none: 'ê', grave: 'è', acute: 'é', hook: 'ú', tilde: 'ü', dot: 'ë' }[tone];
  return base + toneMark[tone];
}

/** TCVN3, typed from the standard's chart letter by letter (not in the production table's order). */
const tcvn3Chart: Record<string, string> = {
  ...{ à: 'µ', ả: '¶', ã: '·', á: '¸', ạ: '¹', ă: '¨', ằ: '»', ẳ: '¼', ẵ: '½', ắ: '¾', ặ: 'Æ' },
  ...{ â: '©', ầ: 'Ç', ẩ: 'È', ẫ: 'É', ấ: 'Ê', ậ: 'Ë', đ: '®' },
  ...{ è: 'Ì', ẻ: 'Î', ẽ: 'Ï', é: 'Ð', ẹ: 'Ñ', ê: 'ª', ề: 'Ò', ể: 'Ó', ễ: 'Ô', ế: 'Õ', ệ: 'Ö' },
  ...{ ì: '×', ỉ: 'Ø', ĩ: 'Ü', í: 'Ý', ị: 'Þ' },
  ...{ ò: 'ß', ỏ: 'á', õ: 'â', ó: 'ã', ọ: 'ä', ô: '«', ồ: 'å', ổ: 'æ', ỗ: 'ç', ố: 'è', ộ: 'é' },
  ...{ ơ: '¬', ờ: 'ê', ở: 'ë', ỡ: 'ì', ớ: 'í', ợ: 'î' },
  ...{ ù: 'ï', ủ: 'ñ', ũ: 'ò', ú: 'ó', ụ: 'ô', ư: '\u00AD', ừ: 'õ', ử: 'ö', ữ: '÷', ứ: 'ø', ự: 'ù' },
  ...{ ỳ: 'ú', ỷ: 'û', ỹ: 'ü', ý: 'ý', ỵ: 'þ' },
  ...{ Ă: '¡', Â: '¢', Ê: '£', Ô: '¤', Ơ: '¥', Ư: '¦', Đ: '§' },
};

/** Unicode → TCVN3; capitals with a tone become the small letter's code, as typed in .VnTimeH. */
function encodeTcvn3(text: string): string {
  return Array.from(text.normalize('NFC'), (ch) => tcvn3Chart[ch] ?? tcvn3Chart[ch.toLowerCase()] ?? ch).join(
    '',
  );
}

function encodeVni(text: string): string {
  return Array.from(text.normalize('NFC'), (ch) => (ch.charCodeAt(0) > 127 ? encodeVniLetter(ch) : ch)).join(
    '',
  );
}

/** All 134 Vietnamese letters beyond ASCII: 12 vowels × 6 tones, less the 6 plain ASCII vowels, plus đ; both cases. */
const vowels = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];
const tones = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];
const lowerLetters = [
  ...vowels.flatMap((v) => tones.map((t) => (v + t).normalize('NFC'))).filter((l) => l.charCodeAt(0) > 127),
  'đ',
];
const allLetters = [...lowerLetters, ...lowerLetters.map((l) => l.toLocaleUpperCase('vi'))];

describe('the alphabet', () => {
  it('has 134 letters beyond ASCII, 67 of each case', () => {
    expect(lowerLetters).toHaveLength(67);
    expect(new Set(allLetters).size).toBe(134);
  });
});

describe('VNI tables', () => {
  it('match the VNI keystroke rules for all 67 small letters', () => {
    const production = Array.from(legacyTables.unicodeLower).map((letter, i) => [
      letter,
      legacyTables.vniLower[i],
    ]);
    expect(production).toEqual(Array.from(legacyTables.unicodeLower).map((l) => [l, encodeVniLetter(l)]));
    expect(new Set(legacyTables.unicodeLower)).toEqual(new Set(lowerLetters));
  });

  it.each(allLetters)('round-trips %s', (letter) => {
    expect(decodeVni(encodeVniLetter(letter))).toBe(letter);
  });
});

describe('TCVN3 tables', () => {
  it('match the chart for the 67 small letters and the 7 capitals', () => {
    const lower = Array.from(legacyTables.unicodeLower);
    expect(Array.from(legacyTables.tcvn3Lower)).toEqual(lower.map((l) => tcvn3Chart[l]));
    expect(Array.from(legacyTables.tcvn3Upper)).toEqual(
      Array.from(legacyTables.unicodeUpperTcvn3).map((l) => tcvn3Chart[l]),
    );
    expect(Object.keys(tcvn3Chart)).toHaveLength(74);
  });

  it.each(lowerLetters)('round-trips the small letter %s', (letter) => {
    expect(decodeTcvn3(encodeTcvn3(letter))).toBe(letter);
  });

  it.each(lowerLetters.map((l) => l.toLocaleUpperCase('vi')))('round-trips the capital %s', (letter) => {
    const direct = 'ĂÂĐÊÔƠƯ'.includes(letter);
    // The 7 capitals TCVN3 has decode as they are; the other 60 exist only in an "H" font.
    expect(decodeTcvn3(encodeTcvn3(letter), { upperCase: !direct })).toBe(letter);
  });
});

describe('conversion of real text', () => {
  it('reads the examples from commune sheets', () => {
    expect(toUnicode('NguyÔn ThÞ HuÖ')).toEqual({ text: 'Nguyễn Thị Huệ', encoding: 'tcvn3' });
    expect(toUnicode('Th«n An H¶i')).toEqual({ text: 'Thôn An Hải', encoding: 'tcvn3' });
    expect(toUnicode('Nguyeãn Thò Hueä')).toEqual({ text: 'Nguyễn Thị Huệ', encoding: 'vni' });
    expect(toUnicode('Thoân An Haûi')).toEqual({ text: 'Thôn An Hải', encoding: 'vni' });
  });

  it('reads TCVN3 capitals typed in a .VnTimeH font', () => {
    expect(decodeTcvn3('NGUYÔN V¡N AN')).toBe('NGUYỄN VĂN AN');
    expect(decodeTcvn3('DANH S¸CH THµNH VI£N')).toBe('DANH SÁCH THÀNH VIÊN');
    expect(decodeTcvn3('Hä vµ tªn: NGUYÔN ThÞ')).toBe('Họ và tên: NGUYỄN Thị');
    expect(decodeTcvn3('nguyÔn thÞ huÖ', { upperCase: true })).toBe('NGUYỄN THỊ HUỆ');
    // One capital letter is a word's initial, not a capitals font.
    expect(decodeTcvn3('Lª V¨n Hµ')).toBe('Lê Văn Hà');
  });

  it('reads VNI capitals', () => {
    expect(decodeVni('NGUYEÃN VAÊN ÑOÂNG')).toBe('NGUYỄN VĂN ĐÔNG');
    expect(decodeVni('TRÖÔØNG THCS BÌNH HIEÄP')).toBe('TRƯỜNG THCS BÌNH HIỆP');
  });

  const sentences = [
    'Nguyễn Thị Huệ',
    'Trần Văn Đông',
    'Lê Thị Mỹ Dung',
    'Phạm Ngọc Tường Vy',
    'Huỳnh Thị Ánh Tuyết'.toLowerCase(),
    'Thôn An Hải',
    'Tổ dân phố số 3',
    'Bí thư Chi đoàn thôn Phước Thiện',
    'Giáo viên Tin học Trường THCS Bình Hiệp',
    'Chi hội trưởng Hội Phụ nữ thôn',
    'Họ và tên',
    'Ngày, tháng, năm sinh',
    'Chức danh trong Tổ',
    'Số điện thoại',
    'Tổ phó thường trực',
    'Người lập biểu',
    'Đặng Quốc Khánh',
    'Ưng Hoàng Phúc',
    'Võ Thị Yến Nhi',
    'Đoàn viên, Hội viên Hội Nông dân',
    'DANH SÁCH THÀNH VIÊN TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG',
    'ỦY BAN NHÂN DÂN XÃ BÌNH HIỆP',
  ];

  it.each(sentences)('detects and converts "%s" typed in TCVN3', (sentence) => {
    const legacy = encodeTcvn3(sentence);
    expect(detectLegacyEncoding(legacy)).toBe('tcvn3');
    expect(toUnicode(legacy)).toEqual({ text: sentence, encoding: 'tcvn3' });
  });

  it.each(sentences)('detects and converts "%s" typed in VNI', (sentence) => {
    const legacy = encodeVni(sentence);
    expect(detectLegacyEncoding(legacy)).toBe('vni');
    expect(toUnicode(legacy)).toEqual({ text: sentence, encoding: 'vni' });
  });
});

describe('detection stays quiet on ordinary text', () => {
  it.each([
    'Nguyễn Thị Huệ',
    'Thôn An Hải',
    'Hoà Bình',
    'Khoá học',
    'Ngô Tú Anh',
    'Bùi Văn Tâm',
    'Lê Thị Mai',
    'Nguye\u0302\u0303n Thi\u0323 Hue\u0302\u0323', // NFD Unicode
    '«Họ và tên»',
    'Microsoft® Excel',
    '© 2024 UBND xã',
    'Café Sài Gòn',
    'résumé',
    'Zürich',
    'José Müller',
    'Björk',
    'Ångström',
    'Renée',
    'Citroën',
    'Hello world',
    '0912 345 678',
    '',
  ])('leaves %s alone', (text) => {
    expect(detectLegacyEncoding(text)).toBeNull();
    expect(toUnicode(text)).toEqual({ text: text.normalize('NFC'), encoding: null });
  });
});

describe('one decision for a whole sheet', () => {
  it('converts short TCVN3 cells when the sheet as a whole is TCVN3', () => {
    const cells = ['STT', 'Hä vµ tªn', 'NguyÔn ThÞ HuÖ', 'HuÖ', 'Th«n An H¶i', 'Nguyễn Văn An (gõ lại)'];
    const encoding = decideEncoding(gatherEncodingEvidence(cells));
    expect(encoding).toBe('tcvn3');
    expect(toUnicode('HuÖ', { encoding }).text).toBe('Huệ');
    // A cell already in Unicode is never converted twice.
    expect(toUnicode('Nguyễn Văn An (gõ lại)', { encoding }).text).toBe('Nguyễn Văn An (gõ lại)');
  });

  it('keeps a Unicode sheet with one odd symbol as Unicode', () => {
    const cells = ['Họ và tên', 'Nguyễn Văn An', 'Trần Thị Bình', 'Microsoft® Office', 'Thôn An Hải'];
    expect(decideEncoding(gatherEncodingEvidence(cells))).toBeNull();
  });

  it('tells VNI from TCVN3 by the weight of evidence', () => {
    expect(
      decideEncoding(gatherEncodingEvidence(['Hoï vaø teân', 'Nguyeãn Thò Hueä', 'Ñinh Vaên Ñoâng'])),
    ).toBe('vni');
    expect(decideEncoding(gatherEncodingEvidence(['Hä vµ tªn', '§inh V¨n §«ng']))).toBe('tcvn3');
  });
});

describe('isVietnameseSyllable, the judge of a decoding', () => {
  it.each([
    'nguyễn',
    'Thường',
    'khuya',
    'QUỐC',
    'giữa',
    'xoong',
    'ánh',
    'yến',
    'Đặng',
    'huệ',
    'thuở',
    'hoà',
    'y',
    'ươn',
  ])('accepts %s', (word) => {
    expect(isVietnameseSyllable(word)).toBe(true);
  });

  it.each(['ỹn', 'chøc', 'cafộ', 'zürich', 'hóá', 'chừc', 'tiềp', 'â', 'CNSCĐ', 'nguyơn', 'huư'])(
    'refuses %s',
    (word) => {
      expect(isVietnameseSyllable(word)).toBe(false);
    },
  );
});

describe('fontHint', () => {
  it('reads the encoding and the capitals font from font names', () => {
    expect(fontHint('.VnTime')).toEqual({ encoding: 'tcvn3', upperCase: false });
    expect(fontHint('.VnTimeH')).toEqual({ encoding: 'tcvn3', upperCase: true });
    expect(fontHint('.VnArialH')).toEqual({ encoding: 'tcvn3', upperCase: true });
    expect(fontHint('VNI-Times')).toEqual({ encoding: 'vni', upperCase: false });
    expect(fontHint('Times New Roman')).toEqual({ encoding: null, upperCase: false });
    expect(fontHint(undefined)).toEqual({ encoding: null, upperCase: false });
  });
});
