/** How a team is named, in the register, the forms, the import and the demo: one rule. */
import { communeInSentence } from './profile';
import { villageInSentence, type VillageKind } from './villages';

export const TEAM_FULL_NAME = 'Tổ Công nghệ số cộng đồng';

/** "Tổ Công nghệ số cộng đồng xã Đông Sơn". */
export function communeTeamName(communeName: string): string {
  return `${TEAM_FULL_NAME} ${communeInSentence(communeName)}`;
}

/** "Tổ Công nghệ số cộng đồng thôn An Hải", "… tổ dân phố 3". */
export function villageTeamName(village: { name: string; kind: VillageKind }): string {
  return `${TEAM_FULL_NAME} ${villageInSentence(village)}`;
}
