/** Output types of the contract: what the backend answers. Dates are ISO strings. */
import type { PeriodConvention } from '../domain/periods';
import type { Gender, PersonTag, Role, TeamLevel, TeamStatus } from '../domain/teams';
import type { VillageKind } from '../domain/villages';
import type { RuleWarning } from '../rules/composition';
import type { DocumentTexts } from './schemas';

export interface Leader {
  name: string;
  title: string;
}

export interface Profile {
  provinceCode: string;
  provinceName: string;
  districtName: string | null;
  communeCode: string;
  communeName: string;
  issuerName: string;
  placeName: string;
  chairman: Leader;
  viceChairmen: Leader[];
  receivingLevel: string;
  updatedAt: string;
}

export interface Village {
  id: string;
  name: string;
  kind: VillageKind;
  households: number;
  createdAt: string;
  updatedAt: string;
}

export interface AdminUnit {
  code: string;
  name: string;
}

export interface RecordCounts {
  villages: number;
  people: number;
  teams: number;
  memberships: number;
}

export interface AppInfo {
  appVersion: string;
  schemaVersion: number;
  databasePath: string;
  profile: Profile | null;
  counts: RecordCounts;
}

export interface Settings {
  updateUrl: string;
  /** How reporting periods are cut: Decree 09/2019 (15th to 14th, the default) or calendar months. */
  reportingPeriods: PeriodConvention;
}

export interface Person {
  id: string;
  fullName: string;
  gender: Gender | null;
  birthYear: number | null;
  phone: string | null;
  position: string | null;
  villageId: string | null;
  villageName: string | null;
  tags: PersonTag[];
  notes: string | null;
  archived: boolean;
  createdAt: string;
  updatedAt: string;
}

/** Another record that may be the same person. */
export interface DuplicateHint {
  personId: string;
  fullName: string;
  birthYear: number | null;
  phone: string | null;
  villageName: string | null;
  reason: 'phone' | 'name_and_year';
}

export interface PersonSaved {
  person: Person;
  duplicates: DuplicateHint[];
}

export interface PersonMembership {
  membershipId: string;
  teamId: string;
  teamName: string;
  role: Role;
  startDate: string;
  endDate: string | null;
}

export interface PersonDetail extends Person {
  memberships: PersonMembership[];
  duplicates: DuplicateHint[];
}

export interface Member {
  membershipId: string;
  personId: string;
  fullName: string;
  gender: Gender | null;
  birthYear: number | null;
  phone: string | null;
  position: string | null;
  tags: PersonTag[];
  role: Role;
  startDate: string;
  endDate: string | null;
  decisionId: string | null;
  sortOrder: number;
}

export interface Team {
  id: string;
  level: TeamLevel;
  name: string;
  villageId: string | null;
  villageName: string | null;
  villageHouseholds: number | null;
  zaloLink: string | null;
  zaloHouseholds: number | null;
  status: TeamStatus;
  notes: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface TeamSummary extends Team {
  /** Members on the day asked (today by default), in printing order. */
  members: Member[];
  warnings: RuleWarning[];
}

export interface TeamDetail extends TeamSummary {
  /** The day `members` describes. */
  date: string;
  /** Every membership ever, newest first. */
  history: Member[];
}

export interface TeamWarning extends RuleWarning {
  teamId: string;
  teamName: string;
}

export interface SearchResults {
  people: Person[];
  teams: Team[];
}

export interface ImportProblem {
  row: number;
  message: string;
}

export interface ImportSummary {
  applied: boolean;
  fileName: string;
  rowsRead: number;
  people: { added: number; matched: number };
  memberships: { added: number; unchanged: number };
  villagesCreated: string[];
  teamsCreated: string[];
  errors: ImportProblem[];
  warnings: ImportProblem[];
}

export interface FileDownload {
  fileName: string;
  base64: string;
}

export type DocumentStatus = 'draft' | 'printed' | 'issued' | 'signed' | 'cancelled';

export interface DocumentSummary {
  id: string;
  kind: string;
  kindLabel: string;
  status: DocumentStatus;
  symbol: string;
  year: number | null;
  number: number | null;
  /** "07/QĐ-UBND", or null while it has no number. */
  numberText: string | null;
  date: string | null;
  summary: string;
  signerName: string | null;
  recipients: string | null;
  teamIds: string[];
  external: boolean;
  hasScan: boolean;
  scanSha256: string | null;
  copies: number | null;
  sentOn: string | null;
  notes: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface DocumentDetail extends DocumentSummary {
  texts: DocumentTexts | null;
  /** Composition warnings of the teams concerned, now. */
  warnings: TeamWarning[];
  /** A re-organisation: the changes since the team's last decision. */
  changes: string[];
}

export interface SavedFile {
  /** Where the file was written, or null when the user cancelled (or no dialog exists here). */
  path: string | null;
}

export interface PdfAvailability {
  available: boolean;
  /** Why a PDF cannot be made here (Vietnamese), when it cannot. */
  reason: string | null;
}
