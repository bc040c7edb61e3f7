/**
 * Rows of a people list that are not people: section rows naming the village ("I. THÔN AN HẢI"),
 * and the totals and signature block that end the table ("Tổng cộng: 12 người", "NGƯỜI LẬP
 * BIỂU", "T/M ỦY BAN NHÂN DÂN", "Bình Hiệp, ngày … tháng … năm 2026").
 */
import { upperVi } from '../../../shared/vi/text';
import { foldWords, villageInText, villageName } from './names';

const totalPatterns: readonly RegExp[] = [
  /^(tong cong|tong so)\b/u,
  /^(tong|cong)( \d+.*)?$/u,
  /\bdanh sach (nay |tren )?(co|gom)( tat ca)? \d/u,
  /^(an dinh danh sach|tren day co|(co|gom) tat ca)\b/u,
];

/** Titles that head a signature block; some are also positions, so those must be in capitals. */
const signatureAnyCase =
  /^(nguoi lap( bieu| danh sach| bang)?|nguoi ky|nguoi duyet|xac nhan|noi nhan|t ?m|tm|kt|q|tl)( |$)/u;
const signatureInCapitals =
  /^(chu tich|pho chu tich|truong ban|pho truong ban|truong phong|thu truong|can bo|cong chuc|to truong|bi thu|truong thon)( |$)/u;
const dateLine = /\bngay( \d{1,2})? thang( \d{1,2})? nam( \d{4})?$/u;

export function isTotalText(text: string): boolean {
  const words = foldWords(text);
  return words !== '' && totalPatterns.some((p) => p.test(words));
}

export function isSignatureText(text: string): boolean {
  const trimmed = text.trim();
  const words = foldWords(trimmed);
  if (words === '') return false;
  if (/^\(\s*k[ýy]/iu.test(trimmed)) return true; // "(Ký, ghi rõ họ tên)"
  if (dateLine.test(words)) return true;
  // "T/M ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH": an abbreviation then a title.
  if (
    signatureAnyCase.test(words) &&
    (words.split(' ').length > 1 || /[./]/u.test(trimmed) || /^(nguoi|xac|noi)/u.test(words))
  ) {
    return true;
  }
  // "CHỦ TỊCH" heads a signature block; "Chủ tịch UBND xã" in a row is somebody's position.
  const inCapitals = upperVi(trimmed) === trimmed;
  return signatureInCapitals.test(words) && (inCapitals || ['chu tich', 'pho chu tich'].includes(words));
}

/** Roman numerals, letters and numbers that number sections: "I.", "II -", "A/", "1)". */
const sectionNumber = /^([IVXLC]+|[A-Z]|\d{1,2})\s*[.)\-–:/]\s*/u;
const romanSectionNumber = /^([IVXLC]+|[A-Z])\s*[.)\-–:/]\s*/u;
const romanOrLetter = /^([IVXLC]+|[A-Z])\.?$/u;

export function isSectionNumber(text: string): boolean {
  return romanOrLetter.test(text.trim());
}

/** Words that name the commune level, for a section that is the commune team, not a village. */
const communeLevel = /\b(xa|phuong|thi tran|cap xa|dac khu)\b/u;

export interface Section {
  /** The village the rows below belong to; null for a commune-level section ("I. TỔ CNSCĐ XÃ"). */
  villageName: string | null;
}

/** Reads a section label; null when it does not look like one. `numbered`: it had "I." etc. */
export function sectionFromText(
  text: string,
  options: { merged: boolean; numbered: boolean },
): Section | null {
  // "1. Nguyễn Văn An" is a person; "I. An Hải" and "1. Thôn An Hải" are sections.
  const hasNumber = romanSectionNumber.test(text.trim());
  const body = text.trim().replace(sectionNumber, '').trim();
  if (body === '') return null;
  const named = villageInText(body);
  if (named !== null) return { villageName: named };
  const words = foldWords(body);
  if (communeLevel.test(words) || /\bcap\b/u.test(words)) {
    return options.merged || options.numbered || hasNumber ? { villageName: null } : null;
  }
  // A bare name across the merged row ("AN HẢI"), or after a section number ("I. An Hải"):
  // words, maybe a number at the end; not a remark such as "(Vắng 2 người)".
  const looksLikeName = /^[\p{L}][\p{L}\s.'-]*(\s\d+[A-Z]?)?$/u.test(body) && body.split(/\s+/u).length <= 6;
  if ((options.merged || options.numbered || hasNumber) && looksLikeName) {
    return { villageName: villageName(body) };
  }
  return null;
}
