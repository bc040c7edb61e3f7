/**
 * The team, date and kind of the last activity saved in this window, so the next entry starts
 * from them (teams send several activities at once). Kept while the application runs, across
 * tabs and sections.
 */
import type { Activity } from '../../../../shared/contract/monthly-types';
import type { EntryPrefill } from './activity-form-values';

let last: EntryPrefill = { teamId: null, date: null, kind: null };

export function lastEntry(): EntryPrefill {
  return last;
}

export function rememberEntry(activity: Activity): void {
  last = { teamId: activity.teamId, date: activity.date, kind: activity.kind };
}
