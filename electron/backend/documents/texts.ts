/**
 * Default texts of decisions, from resources/document-defaults.json (data, not code): the legal
 * bases valid for the document's date, the tasks of section II of the seed, recipients, signer.
 */
import defaults from '../../../resources/document-defaults.json';
import type { DocumentTexts } from '../../../shared/contract/schemas';
import type { Profile } from '../../../shared/contract/types';
import { communeInSentence, provinceInText } from '../../../shared/domain/profile';
import { communeTeamName, TEAM_FULL_NAME } from '../../../shared/domain/team-names';

export type { DocumentTexts };
export type DecisionKind = 'founding_commune' | 'founding_village' | 'founding_villages' | 'reorganization';

/** Replaces `{name}` with plain text; unknown names stay as written. Nothing is evaluated. */
export function fillPlaceholders(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/gu, (whole, key: string) => values[key] ?? whole);
}

/** "xã Đông Sơn", as the unit is written inside a sentence. */
export function communeInText(profile: Profile): string {
  return communeInSentence(profile.communeName);
}

/** The law on the organisation of local government in force on `date`. */
export function localGovernmentLaw(date: string): string {
  const laws: { from?: string; until?: string; text: string }[] = defaults.legalBases.localGovernmentLaw;
  const entry = laws.find(
    (e) => (e.from === undefined || date >= e.from) && (e.until === undefined || date <= e.until),
  );
  return entry?.text ?? laws.at(-1)?.text ?? '';
}

export interface TextsContext {
  kind: DecisionKind;
  profile: Profile;
  teamName: string;
  villageNames: string[];
  date: string;
  previous: string | null;
}

function defaultSummary(ctx: TextsContext): string {
  const commune = communeInText(ctx.profile);
  switch (ctx.kind) {
    case 'founding_commune':
      return `Về việc thành lập ${communeTeamName(ctx.profile.communeName)}`;
    case 'founding_village':
      return `Về việc thành lập ${ctx.teamName}`;
    case 'founding_villages':
      return `Về việc thành lập ${TEAM_FULL_NAME} tại các thôn, tổ dân phố trên địa bàn ${commune}`;
    case 'reorganization':
      return `Về việc kiện toàn ${ctx.teamName}`;
  }
}

export function defaultTexts(ctx: TextsContext): DocumentTexts {
  const values = {
    commune: communeInText(ctx.profile),
    province: provinceInText(ctx.profile.provinceName),
    team: ctx.teamName,
    receivingLevel: ctx.profile.receivingLevel,
    previous: ctx.previous ?? 'các quyết định trước đây về việc thành lập, kiện toàn Tổ',
  };
  const fill = (t: string) => fillPlaceholders(t, values);
  const legalBases = [
    localGovernmentLaw(ctx.date),
    defaults.legalBases.provinceLetter,
    defaults.legalBases.districtLetter,
  ].filter((t) => t.trim() !== '');
  const article1 =
    ctx.kind === 'reorganization'
      ? defaults.reorganization.article1
      : ctx.kind === 'founding_villages'
        ? defaults.founding.article1Combined
        : defaults.founding.article1;
  return {
    summary: defaultSummary(ctx),
    legalBases: legalBases.map(fill),
    proposal: fill(defaults.proposal),
    article1: fill(article1),
    tasks: defaults.tasks.map(fill),
    effect: fill(ctx.kind === 'reorganization' ? defaults.reorganization.effect : defaults.founding.effect),
    executors: fill(defaults.executors),
    recipients: defaults.recipients.map(fill),
    signer: { mode: 'chairman', name: ctx.profile.chairman.name },
  };
}

/** The lines above a signature on a decision of the Chairman (Decree 30, Appendix I). */
export function signatureLines(mode: DocumentTexts['signer']['mode']): string[] {
  switch (mode) {
    case 'chairman':
      return ['CHỦ TỊCH'];
    case 'vice_chairman':
      return ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'];
    case 'acting_chairman':
      return ['Q. CHỦ TỊCH'];
  }
}
