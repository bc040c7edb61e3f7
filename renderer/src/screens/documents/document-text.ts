/** Words, figures and defaults of the documents screen, as pure functions. */
import type { signerModes } from '../../../../shared/contract/schemas';
import type {
  DocumentStatus,
  DocumentSummary,
  Profile,
  Team,
  TeamWarning,
} from '../../../../shared/contract/types';
import { documentKindLabels, type DocumentKind } from '../../../../shared/documents/content';
import { EXTERNAL_DECISION } from '../../../../shared/documents/register-kinds';
import { documentStatusLabels } from '../../../../shared/documents/statuses';
import { isoToVi } from '../../../../shared/vi/dates';
export { keptBy, recipientsShown, registerNotes } from '../../../../shared/documents/register-columns';

export type SignerMode = (typeof signerModes)[number];

/** What the register stores besides the application's own kinds: a decision recorded afterwards. */
export const EXTERNAL_KIND = EXTERNAL_DECISION;

export { documentStatusLabels as statusLabels };

export const statusColors: Record<DocumentStatus, string> = {
  draft: 'default',
  printed: 'processing',
  issued: 'blue',
  signed: 'green',
  cancelled: 'red',
};

export const signerModeLabels: Record<SignerMode, string> = {
  chairman: 'Chủ tịch ký',
  vice_chairman: 'Phó Chủ tịch ký thay (KT.)',
  acting_chairman: 'Quyền Chủ tịch (Q.)',
};

/** The kinds the register can be filtered by, in the order the office meets them. */
export const registerKindOptions: { value: string; label: string }[] = [
  ...(['founding_commune', 'founding_village', 'founding_villages', 'reorganization', 'report'] as const).map(
    (kind) => ({ value: kind, label: documentKindLabels[kind] }),
  ),
  { value: EXTERNAL_KIND, label: 'Quyết định ghi lại (ban hành trước khi dùng phần mềm)' },
];

/** "Tên loại" of Decree 30's register: the type of the document. */
export function typeName(kind: string): string {
  if (kind === 'report') return 'Báo cáo';
  if (kind === 'member_list') return 'Danh sách';
  return 'Quyết định';
}

/** "Về việc thành lập …" → "về việc thành lập …", to read after the type's name. */
export function summaryAfterType(summary: string): string {
  return summary.replace(/^Về /u, 'về ');
}

export function isDocumentKind(kind: string): kind is DocumentKind {
  return Object.hasOwn(documentKindLabels, kind);
}

export function dateVi(iso: string | null): string {
  return iso === null ? '' : isoToVi(iso);
}

/** "3f2a9c0d…b71e": enough of a SHA-256 to compare with a copy by eye. */
export function shortHash(sha256: string): string {
  return sha256.length <= 16 ? sha256 : `${sha256.slice(0, 10)}…${sha256.slice(-6)}`;
}

/** The years the register can be read for, newest first (the teams began in 2022). */
export function yearOptions(current: number, oldest = 2015): number[] {
  const years: number[] = [];
  for (let y = current + 1; y >= oldest; y -= 1) years.push(y);
  return years;
}

export interface StepsState {
  titles: string[];
  current: number;
  status: 'process' | 'finish' | 'error';
}

const lifecycle = [
  documentStatusLabels.draft,
  documentStatusLabels.printed,
  `${documentStatusLabels.issued} (có số)`,
  `${documentStatusLabels.signed} (có bản quét)`,
];

/** Where a document is in its life: the steps drawn above it. */
export function stepsOf(doc: Pick<DocumentSummary, 'status' | 'number' | 'hasScan'>): StepsState {
  switch (doc.status) {
    case 'draft':
      return { titles: lifecycle, current: 0, status: 'process' };
    case 'printed':
      return { titles: lifecycle, current: 1, status: 'process' };
    case 'issued':
      return { titles: lifecycle, current: 2, status: 'process' };
    case 'signed':
      return { titles: lifecycle, current: 3, status: 'finish' };
    case 'cancelled': {
      // The steps it reached stay visible; the last one says it was cancelled.
      const reached = doc.hasScan ? 3 : doc.number !== null ? 2 : 0;
      return {
        titles: [...lifecycle.slice(0, reached + 1), documentStatusLabels.cancelled],
        current: reached + 1,
        status: 'error',
      };
    }
  }
}

export interface TeamWarnings {
  teamId: string;
  teamName: string;
  messages: string[];
}

/** Warnings of several teams, team by team, in the order they came. */
export function warningsByTeam(warnings: readonly TeamWarning[]): TeamWarnings[] {
  const groups = new Map<string, TeamWarnings>();
  for (const w of warnings) {
    const group = groups.get(w.teamId) ?? { teamId: w.teamId, teamName: w.teamName, messages: [] };
    if (!group.messages.includes(w.message)) group.messages.push(w.message);
    groups.set(w.teamId, group);
  }
  return [...groups.values()];
}

/** A team's name in lists: "Tổ … thôn Tân Phú 10 (đã giải thể)". */
export function teamOptionLabel(team: Pick<Team, 'name' | 'status'>): string {
  return team.status === 'dissolved' ? `${team.name} (đã giải thể)` : team.name;
}

/** The kinds of file a scan may be: what the backend accepts. */
export const scanAccept = '.pdf,.jpg,.jpeg,.png';

export function isScanFileName(name: string): boolean {
  return /\.(pdf|jpe?g|png)$/iu.test(name);
}

/** The commune's leaders as the signer's name may be chosen: "Trần Văn Thành (Chủ tịch)". */
export function leaderOptions(profile: Pick<Profile, 'chairman' | 'viceChairmen'>): {
  value: string;
  label: string;
}[] {
  return [profile.chairman, ...profile.viceChairmen]
    .filter((l) => l.name.trim() !== '')
    .map((l) => ({ value: l.name, label: `${l.name} (${l.title})` }));
}

/** The name proposed when the signing mode changes: the chairman, or the first vice-chairman. */
export function signerFor(
  mode: SignerMode,
  profile: Pick<Profile, 'chairman' | 'viceChairmen'>,
): string | null {
  if (mode === 'chairman') return profile.chairman.name;
  if (mode === 'vice_chairman') return profile.viceChairmen[0]?.name ?? null;
  return null;
}
