/**
 * Reading the values of the monthly-work commands as typed: a count ("12"), an indicator result
 * ("vneid_activated=12"), a year. The form is checked here (exit code 2); whether the value is
 * allowed (negative, fractional, unknown code) is the contract's schema's job (exit code 1).
 */
const numberPattern = /^-?\d+(?:[.,]\d+)?$/u;

export function numberProblem(label: string) {
  return (value: string): string | null =>
    numberPattern.test(value.trim()) ? null : `${label} phải là một số (ví dụ 12), không nhận «${value}».`;
}

/** "12" → 12, "2,5" → 2.5 (the schema then says a count must be whole). */
export function toNumber(value: string): number {
  return Number(value.trim().replace(',', '.'));
}

export function resultProblem(value: string): string | null {
  const parts = value.split('=');
  const [code, count] = parts;
  return parts.length === 2 &&
    code !== undefined &&
    count !== undefined &&
    code.trim() !== '' &&
    numberPattern.test(count.trim())
    ? null
    : `Kết quả ghi dạng MÃ_CHỈ_TIÊU=SỐ (ví dụ vneid_activated=12), không nhận «${value}».`;
}

export function toResult(value: string): { indicator: string; value: number } {
  const [code = '', count = ''] = value.split('=');
  return { indicator: code.trim(), value: toNumber(count) };
}

export function yearProblem(value: string): string | null {
  return /^\d{4}$/u.test(value.trim()) ? null : `Năm ghi 4 chữ số (ví dụ 2026), không nhận «${value}».`;
}
