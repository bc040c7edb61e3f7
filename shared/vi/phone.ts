/**
 * Vietnamese phone numbers as commune offices type them: as numbers (Excel drops the leading
 * zero), with dots, spaces or dashes, with +84 / 84 / 0084, in the old 11-digit mobile form
 * renumbered in 2018, or as landlines (02xx + 7 or 8 digits, 11 digits in all since 2017).
 * Pure: no Node APIs, so the renderer can use it too.
 */

export interface PhoneResult {
  /** Digits only: 10 for a mobile (0xxxxxxxxx), 11 for a landline (02xxxxxxxxx); null if none. */
  phone: string | null;
  /** Vietnamese text saying what is wrong and what to do; set when the value could not be used. */
  problem?: string;
}

/** The 2018 renumbering of 11-digit mobile numbers: old 4-digit prefix → new 3-digit prefix. */
const oldMobilePrefixes: Readonly<Record<string, string>> = {
  '0162': '032',
  '0163': '033',
  '0164': '034',
  '0165': '035',
  '0166': '036',
  '0167': '037',
  '0168': '038',
  '0169': '039',
  '0120': '070',
  '0121': '079',
  '0122': '077',
  '0126': '076',
  '0128': '078',
  '0123': '083',
  '0124': '084',
  '0125': '085',
  '0127': '081',
  '0129': '082',
  '0186': '056',
  '0188': '058',
  '0199': '059',
};

/** Mobile numbers start 03, 05, 07, 08 or 09 after the 2018 renumbering. */
const mobilePattern = /^0[35789]\d{8}$/u;
/** Landlines: 02 + area code + subscriber number, 11 digits. */
const landlinePattern = /^02\d{9}$/u;

function problemText(raw: string, why: string): string {
  return (
    `Số điện thoại «${raw}» không dùng được: ${why}. ` +
    'Hãy ghi số di động 10 chữ số bắt đầu bằng 0 (ví dụ 0912 345 678) hoặc số cố định có mã vùng (ví dụ 0255 3822 123).'
  );
}

/** Excel's 9.12345678E+8, as a number cell shows in a CSV or a text copy. */
function expandExponent(text: string): string {
  if (!/^\d(\.\d+)?e\+\d{1,2}$/iu.test(text)) return text;
  const n = Number(text);
  return Number.isInteger(n) ? n.toFixed(0) : text;
}

/** One number written any of the ways above → canonical digits, or the reason it is not a number. */
function normalizeOne(written: string): { phone: string } | { why: string } {
  // Labels people add around the number: "ĐT: …", "Zalo: …", "… (Zalo)", "… (nhà)".
  const text = written.replace(/^[\p{L}\s.]+:\s*/u, '').replace(/\([^\d()]*\)/gu, ' ');
  if (/[^\d\s.\-+()]/u.test(text)) {
    return { why: 'có chữ hoặc ký tự lạ' };
  }
  let digits = text.replace(/\D/gu, '');
  const international = text.trimStart().startsWith('+');
  if (digits.startsWith('0084')) digits = digits.slice(4);
  else if ((international || digits.length >= 11) && digits.startsWith('84')) digits = digits.slice(2);
  else if (international) return { why: 'mã nước không phải của Việt Nam (+84)' };

  // Without its leading zero: typed as a number, or after +84.
  if (!digits.startsWith('0') && digits.length >= 9 && digits.length <= 10) digits = `0${digits}`;

  if (mobilePattern.test(digits) || landlinePattern.test(digits)) return { phone: digits };
  if (digits.length === 11 && digits.startsWith('01')) {
    const renumbered = oldMobilePrefixes[digits.slice(0, 4)];
    if (renumbered !== undefined) return { phone: renumbered + digits.slice(4) };
    return { why: 'đầu số 11 chữ số cũ không còn dùng' };
  }
  if (digits.length < 10) return { why: `chỉ có ${digits.length} chữ số` };
  if (digits.length > 11) return { why: `có ${digits.length} chữ số, quá dài` };
  return { why: 'đầu số không có ở Việt Nam' };
}

/** "0912.345.678 - 0987.654.321": twenty digits that are two mobile numbers side by side. */
function splitTwoMobiles(part: string): string[] {
  const digits = part.replace(/\D/gu, '');
  if (digits.length !== 20) return [part];
  const [a, b] = [digits.slice(0, 10), digits.slice(10)];
  return mobilePattern.test(a) && mobilePattern.test(b) ? [a, b] : [part];
}

/**
 * Normalises one cell. Empty → `{ phone: null }` without a problem. A cell holding two numbers
 * ("0912345678 / 0987654321") keeps the first and says so.
 */
export function normalizePhone(raw: string | number | null | undefined): PhoneResult {
  if (raw === null || raw === undefined) return { phone: null };
  if (typeof raw === 'number' && !(Number.isInteger(raw) && raw > 0)) {
    return { phone: null, problem: problemText(String(raw), 'không phải một dãy chữ số') };
  }
  const text = typeof raw === 'number' ? raw.toFixed(0) : expandExponent(raw.normalize('NFC').trim());
  if (text === '') return { phone: null };

  const parts = text
    .split(/[,;/\n]|\s(?:hoặc|hoac|và|va)\s/iu)
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .flatMap(splitTwoMobiles);
  const [first, ...rest] = parts;
  if (first === undefined) return { phone: null, problem: problemText(text, 'không có chữ số nào') };
  const one = normalizeOne(first);
  if ('why' in one) return { phone: null, problem: problemText(text, one.why) };
  if (rest.length > 0) {
    return {
      phone: one.phone,
      problem: `Ô số điện thoại «${text}» có nhiều số; đã lấy số đầu tiên ${formatPhone(one.phone)}. Hãy ghi số khác vào cột Ghi chú nếu cần.`,
    };
  }
  return { phone: one.phone };
}

/** For display: 0912 345 678 (mobile), 0255 3822 123 (landline); anything else unchanged. */
export function formatPhone(phone: string): string {
  if (/^0\d{9}$/u.test(phone)) return `${phone.slice(0, 4)} ${phone.slice(4, 7)} ${phone.slice(7)}`;
  if (/^0\d{10}$/u.test(phone)) return `${phone.slice(0, 4)} ${phone.slice(4, 8)} ${phone.slice(8)}`;
  return phone;
}
