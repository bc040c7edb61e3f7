/**
 * The click-through from a figure to the activities behind it: the activity log's agreed address
 * `#/hoat-dong?period=P&team=ID&village=ID&indicator=CODE&pillar=P&kind=K&platform=CODE`.
 */
import type { Pillar } from '../../../../shared/domain/activities';
import { hrefWith, type RouteParams } from '../../app/router';

export interface ActivityFilter {
  period: string;
  team?: string;
  village?: string;
  indicator?: string;
  pillar?: Pillar;
}

export function activityLogHref(filter: ActivityFilter): string {
  const params: RouteParams = { period: filter.period };
  for (const key of ['team', 'village', 'indicator', 'pillar'] as const) {
    const value = filter[key];
    if (value !== undefined) params[key] = value;
  }
  return hrefWith('hoat-dong', params);
}

/** Goes there (a chart's click; links in tables use the href). */
export function openActivityLog(filter: ActivityFilter): void {
  window.location.hash = activityLogHref(filter).slice(1);
}
