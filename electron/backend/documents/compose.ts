/** One function per decision kind's shape: texts + profile + teams → the DocumentContent the builder lays out. */
import type { Member, Profile } from '../../../shared/contract/types';
import type { Appendix, DocumentContent, MemberRow } from '../../../shared/documents/content';
import { roleLabels } from '../../../shared/domain/teams';
import { splitUnitName } from '../../../shared/domain/profile';
import { formatPhone } from '../../../shared/vi/phone';
import { numberText } from '../../../shared/documents/numbers';
import { upperVi } from '../../../shared/vi/text';
import { dateWords } from './docx/format';
import { communeInText, signatureLines, type DecisionKind, type DocumentTexts } from './texts';

export interface TeamForDocument {
  name: string;
  villageName: string | null;
  members: Member[];
}

export interface NumberAndDate {
  number: number | null;
  date: string | null;
  year: number;
}

const roman = [
  'I',
  'II',
  'III',
  'IV',
  'V',
  'VI',
  'VII',
  'VIII',
  'IX',
  'X',
  'XI',
  'XII',
  'XIII',
  'XIV',
  'XV',
  'XVI',
  'XVII',
  'XVIII',
  'XIX',
  'XX',
];

export function romanNumeral(n: number): string {
  return roman[n - 1] ?? String(n);
}

export function memberRows(members: readonly Member[]): MemberRow[] {
  return members.map((m) => ({
    fullName: m.fullName,
    position: m.position ?? '',
    roleLabel: roleLabels[m.role],
    phone: m.phone ? formatPhone(m.phone) : '',
    note: '',
  }));
}

export interface ComposeInput {
  kind: DecisionKind;
  profile: Profile;
  texts: DocumentTexts;
  teams: TeamForDocument[];
  symbol: string;
  when: NumberAndDate;
  /** Extra paragraphs of Điều 1 (a re-organisation's changes). */
  changes?: string[];
}

/** The issuing body as printed, one entry per line: ["ỦY BAN NHÂN DÂN", "XÃ ĐÔNG SƠN"]. */
export function issuerLines(profile: Profile): string[] {
  const upper = upperVi(profile.issuerName);
  const prefix = 'ỦY BAN NHÂN DÂN';
  return upper.startsWith(`${prefix} `) ? [prefix, upper.slice(prefix.length + 1)] : [upper];
}

/** The place in the date line: the profile's, else the commune's proper name. */
export function placeOf(profile: Profile): string {
  return profile.placeName || splitUnitName(profile.communeName).proper;
}

export function composeDecision(input: ComposeInput): DocumentContent {
  const { profile, texts, teams, when } = input;
  const authority = `Chủ tịch Ủy ban nhân dân ${communeInText(profile)}`;
  const reference = `(Kèm theo Quyết định số ${numberText(when.number, input.symbol)} ${dateWords(when.date, when.year)} của ${authority})`;
  const appendices: Appendix[] = teams.map((team, index) => ({
    label: teams.length > 1 ? `Phụ lục ${romanNumeral(index + 1)}` : 'Phụ lục',
    title: upperVi(`Danh sách thành viên ${team.name}`),
    reference,
    rows: memberRows(team.members),
  }));
  return {
    kind: input.kind,
    supervisingBody: null,
    issuerLines: issuerLines(profile),
    number: when.number,
    symbol: input.symbol,
    placeName: placeOf(profile),
    date: when.date,
    year: when.year,
    typeTitle: 'QUYẾT ĐỊNH',
    summary: texts.summary,
    authorityLine: upperVi(`Chủ tịch Ủy ban nhân dân ${communeInText(profile)}`),
    addressees: [],
    legalBases: texts.legalBases,
    proposal: texts.proposal,
    articles: [
      { paragraphs: [texts.article1, ...(input.changes ?? [])] },
      { paragraphs: texts.tasks },
      { paragraphs: [texts.effect] },
      { paragraphs: [texts.executors] },
    ],
    body: [],
    recipients: texts.recipients,
    signature: { lines: signatureLines(texts.signer.mode), name: texts.signer.name },
    appendices,
  };
}

export interface MemberListInput {
  profile: Profile;
  team: TeamForDocument;
  /** ISO date of the list's date line. */
  date: string;
}

/** A team's member list as a standalone document: not numbered, the table in the main part. */
export function composeMemberList({ profile, team, date }: MemberListInput): DocumentContent {
  return {
    kind: 'member_list',
    supervisingBody: null,
    issuerLines: issuerLines(profile),
    number: null,
    symbol: '',
    placeName: placeOf(profile),
    date,
    year: Number(date.slice(0, 4)),
    typeTitle: 'DANH SÁCH',
    summary: `Thành viên ${team.name}`,
    authorityLine: null,
    addressees: [],
    legalBases: [],
    proposal: null,
    articles: [],
    body: [],
    recipients: [],
    signature: { lines: ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'], name: profile.chairman.name },
    appendices: [],
    memberTable: memberRows(team.members),
  };
}
