/**
 * What the targets screen shows, worked out from the catalog, the year's targets and the teams:
 * per indicator the commune's target, the sum given to the teams and what is left; per team of an
 * indicator its target (if any) and its village's households.
 */
import type { Indicator, Target } from '../../../../shared/contract/monthly-types';
import type { Team } from '../../../../shared/contract/types';
import { formatCount } from '../../../../shared/vi/numbers';
import { compareVi } from '../../../../shared/vi/text';

export interface IndicatorTargetRow {
  indicator: Indicator;
  /** The commune's own target; null when none is set. */
  commune: Target | null;
  /** Sum of the teams' targets. */
  assigned: number;
  /** How many teams have a target. */
  teams: number;
  /** Commune target minus the teams' sum (negative: the teams were given more); null without a commune target. */
  left: number | null;
}

/** One row per indicator in catalog order: the active ones, and retired ones that have targets this year. */
export function indicatorTargetRows(
  indicators: readonly Indicator[],
  targets: readonly Target[],
): IndicatorTargetRow[] {
  return indicators
    .map((indicator) => {
      const mine = targets.filter((t) => t.indicator === indicator.code);
      const commune = mine.find((t) => t.teamId === null) ?? null;
      const teamTargets = mine.filter((t) => t.teamId !== null);
      const assigned = teamTargets.reduce((sum, t) => sum + t.value, 0);
      return {
        indicator,
        commune,
        assigned,
        teams: teamTargets.length,
        left: commune === null ? null : commune.value - assigned,
      };
    })
    .filter((row) => row.indicator.active || row.commune !== null || row.teams > 0);
}

export interface TeamTargetRow {
  teamId: string;
  teamName: string;
  households: number | null;
  /** The team's target of the indicator; null when none is set. */
  target: Target | null;
  /** A team that no longer takes new targets (dissolved, or the commune team) but has one. */
  inactive: boolean;
}

/** The active village teams (by name), then any other team that holds a target of the indicator. */
export function teamTargetRows(
  teams: readonly Team[],
  targets: readonly Target[],
  indicator: string,
): TeamTargetRow[] {
  const byTeam = new Map(
    targets.filter((t) => t.indicator === indicator && t.teamId !== null).map((t) => [t.teamId, t]),
  );
  const rows = teams
    .filter((team) => (team.level === 'village' && team.status === 'active') || byTeam.has(team.id))
    .map((team) => ({
      teamId: team.id,
      teamName: team.name,
      households: team.villageHouseholds,
      target: byTeam.get(team.id) ?? null,
      inactive: !(team.level === 'village' && team.status === 'active'),
    }));
  return rows.sort((a, b) => Number(a.inactive) - Number(b.inactive) || compareVi(a.teamName, b.teamName));
}

/** What is left to give: "50", "0", "giao vượt 20" when the teams were given more, "—" without a commune target. */
export function leftText(left: number | null): string {
  if (left === null) return '—';
  return left < 0 ? `giao vượt ${formatCount(-left)}` : formatCount(left);
}
