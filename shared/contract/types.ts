/** Output types of the contract: what the backend answers. Dates are ISO strings. */
import type { PeriodConvention } from '../domain/periods';
import type { Gender, PersonTag, Role, TeamLevel, TeamStatus } from '../domain/teams';
import type { VillageKind } from '../domain/villages';
import type { RuleWarning } from '../rules/composition';
import type { DocumentTexts, ImportConflictAction } from './schemas';
import type { ReportDocumentTexts } from './report-types';

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

/** The names of a province and a commune, resolved from their codes. */
export interface ResolvedUnit {
  provinceName: string;
  communeName: string;
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
  /** Decisions founding or re-organising a team that are in force: issued or signed, not cancelled. */
  decisionsInForce: number;
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
  /** Where the person lives (null when not recorded). */
  villageId: string | null;
  villageName: string | null;
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
  /** The first matches (at most the limit), in Vietnamese order. */
  people: Person[];
  teams: Team[];
  /** How many match in all: the people list filtered by the same query shows this many. */
  peopleTotal: number;
  teamsTotal: number;
}

export interface ImportProblem {
  row: number;
  message: string;
}

/** A person of the register (or an earlier row of the same sheet) a row was compared with. */
export interface ImportPersonRef {
  /** Null when the person is an earlier row of the same sheet, not yet in the register. */
  personId: string | null;
  fullName: string;
  birthYear: number | null;
  phone: string | null;
  /** The sheet row that brings this person in, when it is not yet in the register. */
  sheetRow: number | null;
}

/** A row taken as a person the register already has: same name and phone, or name and year. */
export interface ImportMatch {
  row: number;
  fullName: string;
  person: ImportPersonRef;
  /** Why it is the same person, in Vietnamese. */
  reason: string;
}

/** A row that looks like a person already there but differs: the officer decides. */
export interface ImportConflict {
  row: number;
  fullName: string;
  birthYear: number | null;
  phone: string | null;
  candidate: ImportPersonRef;
  /** What matches and what differs, in Vietnamese. */
  reason: string;
  /** The decision sent with the request, or null while undecided. */
  action: ImportConflictAction | null;
}

/** An empty field of a person already in the register that the import fills from the sheet. */
export interface ImportFillField {
  field: 'phone' | 'birthYear' | 'gender' | 'position' | 'village';
  /** The field's name as the forms show it ("Số điện thoại"). */
  label: string;
  /** The value as shown: the phone, the year, "Nam"/"Nữ", the position, the village's name. */
  value: string;
}

/** A matched person whose empty fields the import fills (never one that has a value). */
export interface ImportFill {
  row: number;
  personId: string;
  /** The name in the register. */
  fullName: string;
  fields: ImportFillField[];
}

/**
 * The day the imported memberships start: a start-date column (row by row), else the date the
 * officer typed, else the decision date in the sheet's title. Never silently today.
 */
export interface ImportStartDate {
  /** The date for rows without their own; null when neither the title nor the officer gives one. */
  date: string | null;
  source: 'typed' | 'title' | null;
  /** The words of the title the date was read from ("Quyết định số 07/QĐ-UBND ngày 05/9/2022"). */
  titleText: string | null;
  /** The date found in the title, even when a typed date is used instead. */
  titleDate: string | null;
  /** New memberships whose row has its own start date (column). */
  rowsWithOwnDate: number;
  /** New memberships that need `date` (no start date on their row). */
  rowsWithoutOwnDate: number;
}

export interface ImportSummary {
  applied: boolean;
  fileName: string;
  rowsRead: number;
  people: { added: number; matched: number; skipped: number };
  matches: ImportMatch[];
  conflicts: ImportConflict[];
  /** Empty fields of matched people filled from the sheet: the officer sees every change. */
  fills: ImportFill[];
  startDate: ImportStartDate;
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

export type { DocumentStatus } from '../documents/statuses';
import type { DocumentStatus } from '../documents/statuses';

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

/** A team that already has a founding decision in force (in a refusal's `details.founded`). */
export interface FoundedTeam {
  teamId: string;
  teamName: string;
  documentId: string;
  numberText: string;
  date: string | null;
}

/** One decision made by `makeDecisions`, with the warnings and changes it was composed with. */
export interface DecisionMade {
  document: DocumentDetail;
  warnings: TeamWarning[];
  changes: string[];
}

export interface DocumentDetail extends DocumentSummary {
  texts: DocumentTexts | null;
  /** A periodic report: its period, sections, signer and addressees (null for any other kind). */
  report: ReportDocumentTexts | null;
  /** Composition warnings of the teams concerned, now. */
  warnings: TeamWarning[];
  /** A re-organisation: the changes since the team's last decision. */
  changes: string[];
}

export interface SavedFile {
  /** Where the file was written, or null when the user cancelled (or no dialog exists here). */
  path: string | null;
}

/** Whether this machine can print now, and why not (Vietnamese, what to do) when it cannot. */
export interface PrintAvailability {
  available: boolean;
  reason: string | null;
}

/** What the machine the backend runs on can do with a file (the document view's buttons). */
export interface HostCapabilities {
  /** "Lưu…" shows a dialog (desktop); false in the web preview, where it downloads instead. */
  asksWhereToSave: boolean;
  /** "Chọn…" opens the machine's folder dialog (desktop); false in the web preview: the path is typed. */
  choosesFolders: boolean;
  print: PrintAvailability;
}

export interface PdfAvailability {
  available: boolean;
  /** Why a PDF cannot be made here (Vietnamese), when it cannot. */
  reason: string | null;
}
