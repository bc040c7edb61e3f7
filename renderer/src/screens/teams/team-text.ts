/** Names, figures and defaults of the team screen, as pure functions. */
import type { Member, Team, Village } from '../../../../shared/contract/types';
import { teamLevelLabels, type Role, type TeamLevel } from '../../../../shared/domain/teams';
import { communeTeamName, villageTeamName } from '../../../../shared/domain/team-names';

/** The name the seed's decisions give a team: "Tổ Công nghệ số cộng đồng xã Đông Sơn" / "… thôn An Hải". */
export function suggestTeamName(
  level: 'commune' | 'village',
  village: Pick<Village, 'name' | 'kind'> | undefined,
  communeName: string,
): string {
  if (level === 'commune') return communeTeamName(communeName);
  return village === undefined ? '' : villageTeamName(village);
}

export interface Coverage {
  /** "350 / 412 hộ (85 %)". */
  text: string;
  percent: number;
}

/** Households in the Zalo group against those of the village (or of the commune). */
export function zaloCoverage(
  inGroup: number | null,
  total: number | null,
  format: (n: number) => string,
): Coverage | null {
  if (inGroup === null) return null;
  if (total === null || total <= 0) return { text: `${format(inGroup)} hộ`, percent: 0 };
  const percent = Math.round((inGroup / total) * 100);
  return { text: `${format(inGroup)} / ${format(total)} hộ (${percent} %)`, percent: Math.min(percent, 100) };
}

/** The role a new member most likely takes: the first one the team still lacks. */
export function defaultRole(level: TeamLevel, members: readonly Pick<Member, 'role'>[]): Role {
  const has = (role: Role) => members.some((m) => m.role === role);
  if (!has('leader')) return 'leader';
  if (level === 'village') return has('deputy') || has('standing_deputy') ? 'member' : 'deputy';
  return has('standing_deputy') ? 'member' : 'standing_deputy';
}

/** The short line of the team list: "Cấp xã", or the village's name. */
export function teamPlace(team: Pick<Team, 'level' | 'villageName'>): string {
  return team.villageName ?? teamLevelLabels[team.level];
}

/** Moves one member up or down among those of the same role; null when it cannot move. */
export function moveWithinRole(
  members: readonly Pick<Member, 'membershipId' | 'role'>[],
  membershipId: string,
  step: -1 | 1,
): string[] | null {
  const at = members.findIndex((m) => m.membershipId === membershipId);
  const other = at + step;
  const self = members[at];
  const neighbour = members[other];
  if (self === undefined || neighbour === undefined || neighbour.role !== self.role) return null;
  const ids = members.map((m) => m.membershipId);
  ids[at] = neighbour.membershipId;
  ids[other] = self.membershipId;
  return ids;
}
