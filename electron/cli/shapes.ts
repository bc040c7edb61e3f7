/**
 * The CLI's JSON shapes: part of the product's interface, so they change only by adding fields.
 * Conventions: dates `YYYY-MM-DD`, unknown values `null`, enumerations as stable lower-case
 * English codes (village kind `thon` / `to_dan_pho`, role `leader` …, see shared/domain).
 * Each shape is built field by field, so a field added to the contract does not leak out here
 * unannounced.
 */
import type {
  AppInfo,
  DocumentStatus,
  DocumentSummary,
  ImportConflict,
  ImportFill,
  ImportMatch,
  ImportProblem,
  ImportStartDate,
  ImportSummary,
  Leader,
  Member,
  Person,
  Profile,
  RecordCounts,
  TeamSummary,
  TeamWarning,
  Village,
} from '../../shared/contract/types';
import type { Gender, PersonTag, Role, TeamLevel, TeamStatus } from '../../shared/domain/teams';
import type { VillageKind } from '../../shared/domain/villages';
import type { RuleWarning } from '../../shared/rules/composition';

export interface LeaderJson {
  name: string;
  title: string;
}

export interface CommuneJson {
  name: string;
  code: string;
  province: { name: string; code: string };
  district: string | null;
  issuer: string;
  place: string;
  leaders: { chairman: LeaderJson; viceChairmen: LeaderJson[] };
  receivingLevel: string;
}

export interface InfoJson {
  schemaVersion: number;
  appVersion: string;
  databasePath: string;
  commune: CommuneJson | null;
  counts: RecordCounts;
}

export interface VillageJson {
  id: string;
  name: string;
  kind: VillageKind;
  households: number;
}

export interface PersonJson {
  id: string;
  fullName: string;
  gender: Gender | null;
  birthYear: number | null;
  /** Digits only: 10 for a mobile (0xxxxxxxxx), 11 for a landline (02xxxxxxxxx). */
  phone: string | null;
  position: string | null;
  villageId: string | null;
  villageName: string | null;
  tags: PersonTag[];
  notes: string | null;
  archived: boolean;
}

export interface MemberJson {
  membershipId: string;
  personId: string;
  fullName: string;
  role: Role;
  startDate: string;
  endDate: string | null;
}

export interface WarningJson {
  ruleId: string;
  message: string;
}

export interface TeamJson {
  id: string;
  level: TeamLevel;
  name: string;
  villageId: string | null;
  villageName: string | null;
  villageHouseholds: number | null;
  status: TeamStatus;
  zaloLink: string | null;
  zaloHouseholds: number | null;
  notes: string | null;
  members: MemberJson[];
  warnings: WarningJson[];
}

export interface TeamWarningJson {
  teamId: string;
  teamName: string;
  ruleId: string;
  message: string;
}

export interface ImportProblemJson {
  /** Row of the sheet (1-based); null for a problem of the whole file. */
  row: number | null;
  message: string;
}

export interface ImportJson {
  fileName: string;
  dryRun: boolean;
  applied: boolean;
  rowsRead: number;
  people: { added: number; matched: number; skipped: number };
  memberships: { added: number; unchanged: number };
  villagesCreated: string[];
  teamsCreated: string[];
  errors: ImportProblemJson[];
  warnings: ImportProblemJson[];
  /** Rows taken as people already there, with why. */
  matches: ImportMatch[];
  /** Rows that look like someone already there but differ; `action` null while undecided. */
  conflicts: ImportConflict[];
  /** Empty fields of matched people filled from the sheet, person by person. */
  fills: ImportFill[];
  /** The start date of new memberships and where it comes from. */
  startDate: ImportStartDate;
}

export interface FileWrittenJson {
  path: string;
  rows: number;
}

/** A document of the outgoing register (sổ văn bản đi). */
export interface RegisterEntryJson {
  id: string;
  /** Document kind code: founding_commune, founding_village, founding_villages, reorganization, external_decision. */
  kind: string;
  status: DocumentStatus;
  /** Year of the register series; null for a draft. */
  year: number | null;
  /** Number in the year's series; null for a draft. */
  number: number | null;
  /** "07/QĐ-UBND"; null for a draft. */
  numberText: string | null;
  symbol: string;
  /** Date of issue; null for a draft. */
  date: string | null;
  summary: string;
  signer: string | null;
  recipients: string | null;
  hasScan: boolean;
  /** Made before the application was used (`decision record`). */
  external: boolean;
  teamIds: string[];
}

/** A decision the CLI made and wrote to a file (`decision found`, `decision reorganize`). */
export interface DecisionWrittenJson {
  id: string;
  kind: string;
  status: DocumentStatus;
  number: number | null;
  numberText: string | null;
  date: string | null;
  summary: string;
  teamIds: string[];
  /** Full path of the .docx written. */
  path: string;
  /** The composition warnings of its teams when it was made (confirmed, if it was issued). */
  warnings: TeamWarningJson[];
}

export interface ReorganizationWrittenJson extends DecisionWrittenJson {
  /** The changes since the team's last decision, as printed in Article 1. */
  changes: string[];
}

function leaderJson(leader: Leader): LeaderJson {
  return { name: leader.name, title: leader.title };
}

export function communeJson(profile: Profile): CommuneJson {
  return {
    name: profile.communeName,
    code: profile.communeCode,
    province: { name: profile.provinceName, code: profile.provinceCode },
    district: profile.districtName ?? null,
    issuer: profile.issuerName,
    place: profile.placeName,
    leaders: {
      chairman: leaderJson(profile.chairman),
      viceChairmen: profile.viceChairmen.map(leaderJson),
    },
    receivingLevel: profile.receivingLevel,
  };
}

/** `counts` is the backend's RecordCounts as is, so new kinds of records appear without a change here. */
export function infoJson(info: AppInfo): InfoJson {
  return {
    schemaVersion: info.schemaVersion,
    appVersion: info.appVersion,
    databasePath: info.databasePath,
    commune: info.profile === null ? null : communeJson(info.profile),
    counts: { ...info.counts },
  };
}

export function villageJson(village: Village): VillageJson {
  return { id: village.id, name: village.name, kind: village.kind, households: village.households };
}

export function personJson(person: Person): PersonJson {
  return {
    id: person.id,
    fullName: person.fullName,
    gender: person.gender,
    birthYear: person.birthYear,
    phone: person.phone,
    position: person.position,
    villageId: person.villageId,
    villageName: person.villageName,
    tags: [...person.tags],
    notes: person.notes,
    archived: person.archived,
  };
}

export function memberJson(member: Member): MemberJson {
  return {
    membershipId: member.membershipId,
    personId: member.personId,
    fullName: member.fullName,
    role: member.role,
    startDate: member.startDate,
    endDate: member.endDate,
  };
}

function warningJson(warning: RuleWarning): WarningJson {
  return { ruleId: warning.ruleId, message: warning.message };
}

/** A team with `members` as given (the current ones, or its whole history). */
export function teamJson(team: TeamSummary, members: readonly Member[] = team.members): TeamJson {
  return {
    id: team.id,
    level: team.level,
    name: team.name,
    villageId: team.villageId,
    villageName: team.villageName,
    villageHouseholds: team.villageHouseholds,
    status: team.status,
    zaloLink: team.zaloLink,
    zaloHouseholds: team.zaloHouseholds,
    notes: team.notes,
    members: members.map(memberJson),
    warnings: team.warnings.map(warningJson),
  };
}

export function teamWarningJson(warning: TeamWarning): TeamWarningJson {
  return {
    teamId: warning.teamId,
    teamName: warning.teamName,
    ruleId: warning.ruleId,
    message: warning.message,
  };
}

export function problemJson(problem: ImportProblem): ImportProblemJson {
  return { row: problem.row > 0 ? problem.row : null, message: problem.message };
}

export function importJson(summary: ImportSummary, dryRun: boolean): ImportJson {
  return {
    fileName: summary.fileName,
    dryRun,
    applied: summary.applied,
    rowsRead: summary.rowsRead,
    people: { added: summary.people.added, matched: summary.people.matched, skipped: summary.people.skipped },
    memberships: { added: summary.memberships.added, unchanged: summary.memberships.unchanged },
    villagesCreated: [...summary.villagesCreated],
    teamsCreated: [...summary.teamsCreated],
    errors: summary.errors.map(problemJson),
    warnings: summary.warnings.map(problemJson),
    matches: summary.matches,
    conflicts: summary.conflicts,
    fills: summary.fills,
    startDate: summary.startDate,
  };
}

/** Vietnamese names of the record counts, for the text output of `info`. */
export const countLabels: { [K in keyof RecordCounts]: string } = {
  villages: 'Thôn, tổ dân phố',
  people: 'Người',
  teams: 'Tổ CNSCĐ',
  memberships: 'Lượt thành viên trong tổ',
};

export function countLabel(key: string): string {
  return (countLabels as Record<string, string | undefined>)[key] ?? key;
}

export function registerEntryJson(doc: DocumentSummary): RegisterEntryJson {
  return {
    id: doc.id,
    kind: doc.kind,
    status: doc.status,
    year: doc.year,
    number: doc.number,
    numberText: doc.numberText,
    symbol: doc.symbol,
    date: doc.date,
    summary: doc.summary,
    signer: doc.signerName,
    recipients: doc.recipients,
    hasScan: doc.hasScan,
    external: doc.external,
    teamIds: [...doc.teamIds],
  };
}

/** `warnings` as the document had them when it was made (an issued one no longer reports them). */
export function decisionWrittenJson(
  doc: DocumentSummary,
  file: string,
  warnings: readonly TeamWarning[],
): DecisionWrittenJson {
  return {
    id: doc.id,
    kind: doc.kind,
    status: doc.status,
    number: doc.number,
    numberText: doc.numberText,
    date: doc.date,
    summary: doc.summary,
    teamIds: [...doc.teamIds],
    path: file,
    warnings: warnings.map(teamWarningJson),
  };
}

/** Vietnamese names of a document's status, for the text output and the help: one list, in shared/. */
export { documentStatusDescriptions as documentStatusLabels } from '../../shared/documents/statuses';
