/**
 * Which backups to keep: the newest copy of each of the last 7 days that have one, of each of the
 * last 4 ISO weeks, of each of the last 12 months; every copy of today (the copy taken before a
 * restore is how that restore is undone) and any dated after today (a wrong clock never deletes).
 * A pure function of the list and today's date, so it is tested on any calendar.
 */
import dayjs from 'dayjs';
import isoWeek from 'dayjs/plugin/isoWeek';

dayjs.extend(isoWeek);

export const KEEP_DAILY = 7;
export const KEEP_WEEKLY = 4;
export const KEEP_MONTHLY = 12;

export interface Dated {
  /** Local time the copy was taken, `YYYY-MM-DDTHH:mm:ss.SSS` (sorts as it reads). */
  takenAt: string;
}

export interface RotationPlan<T extends Dated> {
  keep: T[];
  remove: T[];
}

function dayOf(item: Dated): string {
  return item.takenAt.slice(0, 10);
}

function weekOf(item: Dated): string {
  const d = dayjs(dayOf(item));
  return `${d.isoWeekYear()}-W${String(d.isoWeek()).padStart(2, '0')}`;
}

function monthOf(item: Dated): string {
  return item.takenAt.slice(0, 7);
}

/** The newest item of each of the last `count` periods (as `periodOf` names them) that have one. */
function newestPerPeriod<T extends Dated>(
  newestFirst: readonly T[],
  periodOf: (item: T) => string,
  count: number,
): T[] {
  const seen = new Set<string>();
  const chosen: T[] = [];
  for (const item of newestFirst) {
    const period = periodOf(item);
    if (seen.has(period)) continue;
    seen.add(period);
    chosen.push(item);
    if (seen.size === count) break;
  }
  return chosen;
}

/** `today` is the local date `YYYY-MM-DD`. */
export function planRotation<T extends Dated>(backups: readonly T[], today: string): RotationPlan<T> {
  const newestFirst = [...backups].sort((a, b) => b.takenAt.localeCompare(a.takenAt));
  const kept = new Set<T>();
  for (const item of newestFirst) if (dayOf(item) >= today) kept.add(item);
  const earlier = newestFirst.filter((item) => dayOf(item) < today);
  // Today counts as one of the seven days when it has a copy.
  const todayHasCopy = kept.size > 0;
  for (const item of newestPerPeriod(earlier, dayOf, KEEP_DAILY - (todayHasCopy ? 1 : 0))) kept.add(item);
  for (const item of newestPerPeriod(newestFirst, weekOf, KEEP_WEEKLY)) kept.add(item);
  for (const item of newestPerPeriod(newestFirst, monthOf, KEEP_MONTHLY)) kept.add(item);
  return {
    keep: newestFirst.filter((item) => kept.has(item)),
    remove: newestFirst.filter((item) => !kept.has(item)),
  };
}
