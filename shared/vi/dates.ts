/** Dates travel as ISO `YYYY-MM-DD` strings; the user reads and types `dd/mm/yyyy`. */

const isoPattern = /^(\d{4})-(\d{2})-(\d{2})$/u;
const viPattern = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/u;

function isRealDate(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export function isIsoDate(value: string): boolean {
  const m = isoPattern.exec(value);
  return m !== null && isRealDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

export function isoToVi(iso: string): string {
  const m = isoPattern.exec(iso);
  if (m === null) return iso;
  return `${m[3]}/${m[2]}/${m[1]}`;
}

export function viToIso(vi: string): string | null {
  const m = viPattern.exec(vi.trim());
  if (m === null) return null;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!isRealDate(y, mo, d)) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Today in the local time zone, as `YYYY-MM-DD`. */
export function todayIso(now: Date = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** The ISO day `days` after `iso` (before it when negative). */
function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d + days));
  return date.toISOString().slice(0, 10);
}

/** The ISO day before `iso` (for a role that ends the day before the new one starts). */
export function previousDay(iso: string): string {
  return addDays(iso, -1);
}

/** The ISO day after `iso` (the day a membership that ended on `iso` is over). */
export function nextDay(iso: string): string {
  return addDays(iso, 1);
}
