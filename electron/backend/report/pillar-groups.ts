/** The indicator lines grouped by pillar, in the pillars' order; a pillar without lines is left out. */
import type { ReportIndicatorLine, ReportPillar } from '../../../shared/contract/report-types';
import { pillarLabels, pillars } from '../../../shared/domain/activities';

export function groupByPillar(indicators: readonly ReportIndicatorLine[]): ReportPillar[] {
  return pillars
    .map((pillar) => ({
      pillar,
      label: pillarLabels[pillar],
      indicators: indicators.filter((l) => l.pillar === pillar),
    }))
    .filter((p) => p.indicators.length > 0);
}
