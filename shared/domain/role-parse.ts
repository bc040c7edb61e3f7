/**
 * Reading roles, genders and years of birth as commune spreadsheets write them. Comparisons go
 * through foldVi, so case, diacritics, NFD text and đ/d do not matter.
 */
import { foldVi } from '../vi/text';
import type { Gender, Role } from './teams';

/** Folded, punctuation as spaces: "Tổ trưởng (Tổ CNSCĐ)" → "to truong to cnscd". */
function words(text: string): string {
  return foldVi(text)
    .replace(/[^a-z0-9]+/gu, ' ')
    .trim();
}

/** The team's own name around the role: "Tổ trưởng tổ CNSCĐ", "Thành viên Tổ công nghệ số". */
const teamNoise = /\b(to\s+)?(cnscd|cns|cong nghe so( cong dong)?)\b/gu;

const abbreviations: Readonly<Record<string, Role>> = {
  tt: 'leader',
  totruong: 'leader',
  tptt: 'standing_deputy',
  pttt: 'standing_deputy',
  tp: 'deputy',
  pt: 'deputy',
  tv: 'member',
};

/**
 * "TỔ TRƯỞNG", "tổ trưởng tổ CNSCĐ", "TT" → leader; "Tổ phó thường trực", "TPTT", "Phó thường
 * trực" → standing deputy; "Tổ phó", "TP", "Phó tổ trưởng" → deputy; "Thành viên", "TV",
 * "tổ viên", "Ủy viên" → member. Anything else → null.
 */
export function parseRole(text: string | null | undefined): Role | null {
  if (text === null || text === undefined) return null;
  const folded = words(text);
  if (folded === '') return null;
  const compact = folded.replace(/\s/gu, '');
  const abbreviation = abbreviations[compact];
  if (abbreviation !== undefined) return abbreviation;

  const core = folded.replace(teamNoise, ' ').replace(/\s+/gu, ' ').trim();
  const hasDeputy = /\bpho\b/u.test(core);
  if (hasDeputy && /\bthuong truc\b/u.test(core)) return 'standing_deputy';
  if (hasDeputy && /^(to pho|pho to truong|pho truong to|pho to)\b/u.test(core)) return 'deputy';
  if (/^(to truong|truong to)\b/u.test(core)) return 'leader';
  if (/^(thanh vien|to vien|uy vien|hoi vien)\b/u.test(core)) return 'member';
  return null;
}

/** "Nam", "nam", "NAM", "M" → male; "Nữ", "nu", "NỮ", "F" → female; otherwise null. */
export function parseGender(text: string | null | undefined): Gender | null {
  if (text === null || text === undefined) return null;
  const folded = words(text);
  if (['nam', 'm', 'male', 'trai', 'ong'].includes(folded)) return 'male';
  if (['nu', 'f', 'female', 'gai', 'ba'].includes(folded)) return 'female';
  return null;
}

export interface BirthYearResult {
  year: number | null;
  /** Vietnamese, when a value was there but could not be used. */
  problem?: string;
}

export const earliestBirthYear = 1920;

/** Excel counts days from 1899-12-30 (its 1900 leap-year bug folded in for dates after March 1900). */
export function excelSerialToDate(serial: number): Date {
  return new Date(Date.UTC(1899, 11, 30) + Math.round(serial * 86_400_000));
}

function twoDigitYear(yy: number): number {
  return yy + (1900 + yy >= earliestBirthYear ? 1900 : 2000);
}

function yearFromText(text: string): number | null {
  const t = text.normalize('NFC').trim();
  // "12/03/1985", "12-3-1985", "12.03.1985", "03/1985", "12/03/85"
  const dmy = /^(?:(\d{1,2})[/.-])?(\d{1,2})[/.-](\d{2}|\d{4})$/u.exec(t);
  if (dmy !== null) {
    const y = dmy[3] ?? '';
    return y.length === 4 ? Number(y) : twoDigitYear(Number(y));
  }
  // "1985-03-12" (ISO, maybe with a time)
  const iso = /^(\d{4})-\d{1,2}-\d{1,2}(?:[T\s].*)?$/u.exec(t);
  if (iso !== null) return Number(iso[1]);
  // "1985.0" from a sheet that went through a CSV as a float
  const float = /^(\d{4})\.0+$/u.exec(t);
  if (float !== null) return Number(float[1]);
  // "1985", "năm 1985", "1985 (Nam)": one group of four digits; "85" alone
  const groups = t.match(/\d+/gu) ?? [];
  const [only] = groups;
  if (groups.length === 1 && only !== undefined) {
    if (only.length === 4) return Number(only);
    if (only.length === 2 && only === t) return twoDigitYear(Number(only));
  }
  return null;
}

/**
 * A year of birth from whatever the cell holds: 1985, "1985", "năm 1985", "12/03/1985", a Date,
 * or an Excel date serial (31118 = 12/03/1985). Plausible years are 1920 to this year.
 */
export function parseBirthYear(value: unknown, now: Date = new Date()): BirthYearResult {
  if (value === null || value === undefined) return { year: null };
  const thisYear = now.getFullYear();
  let year: number | null = null;
  let shown: string;
  if (value instanceof Date) {
    shown = Number.isNaN(value.getTime()) ? 'ngày không hợp lệ' : value.toISOString().slice(0, 10);
    year = Number.isNaN(value.getTime()) ? null : value.getUTCFullYear();
  } else if (typeof value === 'number') {
    shown = String(value);
    if (Number.isInteger(value) && value >= 1000 && value <= 9999) year = value;
    else if (Number.isInteger(value) && value >= 10 && value <= 99) year = twoDigitYear(value);
    // Excel stores dates as serial day numbers: 1920-01-01 is 7306, today is about 46000.
    else if (value > 9999 && value < 2_958_466) year = excelSerialToDate(value).getUTCFullYear();
  } else if (typeof value === 'string') {
    shown = value.trim();
    if (shown === '') return { year: null };
    year = yearFromText(shown);
  } else {
    shown = String(value);
  }
  if (year === null) {
    return {
      year: null,
      problem: `Không đọc được năm sinh «${shown}». Hãy ghi năm bốn chữ số (ví dụ 1985) hoặc ngày đủ dd/mm/yyyy.`,
    };
  }
  if (year < earliestBirthYear || year > thisYear) {
    return {
      year: null,
      problem: `Năm sinh ${year} không hợp lý (cần từ ${earliestBirthYear} đến ${thisYear}). Hãy kiểm tra lại ô «${shown}».`,
    };
  }
  return { year };
}
