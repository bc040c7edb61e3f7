/**
 * The backend's two questions about an activity: a date outside the team's life (the save is
 * refused until the officer confirms) and a possible duplicate (saved, then asked: keep both or
 * take it back). Read here from what the backend answers, so the form can ask them.
 */
import type { ActivitySaved, ActivityWarning } from '../../../../shared/contract/monthly-types';

/**
 * The backend's message when it refused to save an activity dated before the team was founded
 * or after it was dissolved (to be asked as a question); null for any other error.
 */
export function outsideTeamLifeRefusal(error: unknown): string | null {
  if (typeof error !== 'object' || error === null) return null;
  const e = error as { code?: unknown; message?: unknown; details?: unknown };
  const details =
    typeof e.details === 'object' && e.details !== null ? (e.details as { warning?: unknown }) : {};
  if (e.code !== 'conflict' || details.warning !== 'outside_team_life' || typeof e.message !== 'string') {
    return null;
  }
  return e.message;
}

/** The possible duplicates among what came back with a saved activity. */
export function duplicateWarnings(saved: ActivitySaved): ActivityWarning[] {
  return saved.warnings.filter((w) => w.code === 'duplicate');
}
