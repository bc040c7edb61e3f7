/** How numbers and dates read on screen: Vietnamese separators, dd/mm/yyyy. */
import dayjs from 'dayjs';

/** 1234 → "1.234": the rule shared with the CLI. */
export { formatCount } from '../../../shared/vi/numbers';

/** An ISO instant → "29/11/2025 14:05" in local time. */
export function formatDateTime(iso: string): string {
  const d = dayjs(iso);
  return d.isValid() ? d.format('DD/MM/YYYY HH:mm') : '';
}

/** Today as "thứ bảy, 29/11/2025". */
export function formatToday(now: Date = new Date()): string {
  return dayjs(now).format('dddd, DD/MM/YYYY');
}
