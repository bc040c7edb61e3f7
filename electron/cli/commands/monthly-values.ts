/**
 * Reading the values of the monthly-work commands as typed: a count ("12"), an indicator result
 * ("vneid_activated=12"), a year. The form is checked here (exit code 2); whether the value is
 * allowed (negative, fractional, unknown code) is the contract's schema's job (exit code 1).
 */
import { MAX_YEAR, MIN_YEAR } from '../../../shared/domain/periods';
import { parseTypedNumber } from '../../../shared/vi/numbers';

export function numberProblem(label: string) {
  return (value: string): string | null =>
    parseTypedNumber(value) !== null ? null : `${label} phải là một số (ví dụ 12), không nhận «${value}».`;
}

/** "12" → 12, "1.200" → 1200, "2,5" → 2.5 (the schema then says a count must be whole). */
export function toNumber(value: string): number {
  return parseTypedNumber(value) ?? Number.NaN;
}

export function resultProblem(value: string): string | null {
  const parts = value.split('=');
  const [code, count] = parts;
  return parts.length === 2 &&
    code !== undefined &&
    count !== undefined &&
    code.trim() !== '' &&
    parseTypedNumber(count) !== null
    ? null
    : `Kết quả ghi dạng MÃ_CHỈ_TIÊU=SỐ (ví dụ vneid_activated=12), không nhận «${value}».`;
}

export function toResult(value: string): { indicator: string; value: number } {
  const [code = '', count = ''] = value.split('=');
  return { indicator: code.trim(), value: toNumber(count) };
}

export function yearProblem(value: string): string | null {
  return /^\d{4}$/u.test(value.trim())
    ? null
    : `Năm ghi 4 chữ số, từ ${MIN_YEAR} đến ${MAX_YEAR} (ví dụ 2026), không nhận «${value}».`;
}
