/** The database's tables as Kysely sees them: the schema's single source of truth in code. */
import type { Generated } from 'kysely';

export interface SchemaMigrationsTable {
  version: number;
  name: string;
  applied_at: string;
}

export interface CommuneProfileTable {
  /** Always 1: the database holds one commune. */
  id: number;
  province_code: string;
  province_name: string;
  district_name: string | null;
  commune_code: string;
  commune_name: string;
  issuer_name: string;
  place_name: string;
  receiving_level: string;
  updated_at: string;
}

export interface LeadersTable {
  id: Generated<number>;
  role: 'chairman' | 'vice_chairman';
  full_name: string;
  title: string;
  sort_order: number;
}

export interface VillagesTable {
  id: string;
  name: string;
  /** Folded name (no diacritics, lower case) to keep names unique among live villages. */
  name_key: string;
  kind: 'thon' | 'to_dan_pho';
  households: number;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

export interface SettingsTable {
  key: string;
  value: string;
}

export interface PeopleTable {
  id: string;
  full_name: string;
  /** foldVi(full_name): matching by name and year of birth. */
  name_key: string;
  /** foldVi of name, phone, position: what a search compares. */
  search_text: string;
  gender: 'male' | 'female' | null;
  birth_year: number | null;
  phone: string | null;
  position: string | null;
  village_id: string | null;
  /** JSON array of PersonTag codes. */
  tags: string;
  notes: string | null;
  archived_at: string | null;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

export interface TeamsTable {
  id: string;
  level: 'province' | 'district' | 'commune' | 'village';
  name: string;
  village_id: string | null;
  zalo_link: string | null;
  zalo_households: number | null;
  status: 'active' | 'dissolved';
  notes: string | null;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

export interface MembershipsTable {
  id: string;
  team_id: string;
  person_id: string;
  role: 'leader' | 'standing_deputy' | 'deputy' | 'member';
  start_date: string;
  end_date: string | null;
  /** The decision that made this membership (filled by the documents capability). */
  decision_id: string | null;
  /** The decision that ended it. */
  end_decision_id: string | null;
  sort_order: number;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

export interface DocumentsTable {
  id: string;
  kind:
    | 'founding_commune'
    | 'founding_village'
    | 'founding_villages'
    | 'reorganization'
    | 'member_list'
    | 'report'
    | 'external_decision';
  status: 'draft' | 'printed' | 'issued' | 'signed' | 'cancelled';
  symbol: string;
  year: number | null;
  number: number | null;
  issued_on: string | null;
  summary: string;
  signer_name: string | null;
  recipients: string | null;
  /** JSON: the texts the officer edits (legal bases, tasks, recipients, signer…). */
  texts: string;
  /** JSON DocumentContent snapshot, taken when the document is issued. */
  content: string | null;
  external: number;
  scan_file: string | null;
  scan_sha256: string | null;
  copies: number | null;
  sent_on: string | null;
  notes: string | null;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

/** The teams a document concerns, in its order (migration 4; was the JSON `documents.team_ids`). */
export interface DocumentTeamsTable {
  document_id: string;
  team_id: string;
  position: number;
}

export interface PlatformsTable {
  code: string;
  name: string;
  active: number;
  sort_order: number;
  created_at: string;
  updated_at: string;
}

export interface IndicatorsTable {
  /** Stable lower-case English code, never reused. */
  code: string;
  name: string;
  unit: string;
  pillar: 'digital_government' | 'digital_economy' | 'digital_society';
  platform_code: string | null;
  active: number;
  sort_order: number;
  created_at: string;
  updated_at: string;
}

export interface ActivitiesTable {
  id: string;
  date: string;
  team_id: string;
  kind: 'propaganda' | 'guidance' | 'direct_support' | 'training' | 'meeting';
  place: string | null;
  people_reached: number | null;
  households_reached: number | null;
  note: string | null;
  /** Hash of the spreadsheet row it was imported from (migration 6); null when typed in. */
  source_key: string | null;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

export interface ActivityPlatformsTable {
  activity_id: string;
  platform_code: string;
}

export interface ActivityResultsTable {
  activity_id: string;
  indicator_code: string;
  value: number;
}

export interface ActivityMembersTable {
  activity_id: string;
  person_id: string;
}

/** Sum of live activities' results per half-month bucket, team and indicator (see periods.ts). */
export interface ActivityTotalsTable {
  bucket: number;
  team_id: string;
  indicator_code: string;
  value: number;
}

export interface ActivityYearTotalsTable {
  convention: 'decree09' | 'calendar';
  year: number;
  team_id: string;
  indicator_code: string;
  value: number;
}

/**
 * Live activities per half-month bucket, team and kind (migration 8): how many, and the people and
 * households they reached (an activity without the figure adds 0). Kept exact like activity_totals.
 */
export interface ActivityKindTotalsTable {
  bucket: number;
  team_id: string;
  kind: ActivitiesTable['kind'];
  activities: number;
  people: number;
  households: number;
}

export interface TrainingsTable {
  id: string;
  date: string;
  topic: string;
  organiser: string;
  online: number;
  hours: number | null;
  /** A training held for one team (null: members of several teams, or people on their own). */
  team_id: string | null;
  note: string | null;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

export interface TrainingAttendeesTable {
  training_id: string;
  person_id: string;
}

export interface TargetsTable {
  id: string;
  year: number;
  indicator_code: string;
  /** null: the commune's own target. */
  team_id: string | null;
  value: number;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

export interface BundleExportsTable {
  id: string;
  period: string;
  period_label: string;
  period_from: string;
  period_to: string;
  created_at: string;
  file_name: string;
  sha256: string;
  bytes: number;
  /** JSON object: rows per bundle table. */
  counts: string;
  fingerprint: string;
  /** The bundle's copy in the data folder (relative to it). */
  archive_file: string;
  shared_to: string | null;
  shared_problem: string | null;
}

export interface Database {
  schema_migrations: SchemaMigrationsTable;
  commune_profile: CommuneProfileTable;
  leaders: LeadersTable;
  villages: VillagesTable;
  settings: SettingsTable;
  people: PeopleTable;
  teams: TeamsTable;
  memberships: MembershipsTable;
  documents: DocumentsTable;
  document_teams: DocumentTeamsTable;
  platforms: PlatformsTable;
  indicators: IndicatorsTable;
  activities: ActivitiesTable;
  activity_platforms: ActivityPlatformsTable;
  activity_results: ActivityResultsTable;
  activity_members: ActivityMembersTable;
  activity_totals: ActivityTotalsTable;
  activity_year_totals: ActivityYearTotalsTable;
  activity_kind_totals: ActivityKindTotalsTable;
  trainings: TrainingsTable;
  training_attendees: TrainingAttendeesTable;
  targets: TargetsTable;
  bundle_exports: BundleExportsTable;
  receiving_profile: ReceivingProfileTable;
  received_communes: ReceivedCommunesTable;
  received_key_changes: ReceivedKeyChangesTable;
  bundle_receipts: BundleReceiptsTable;
  audit_log: AuditLogTable;
}

/** One write made through the contract (migration 11): appended only, never updated or deleted. */
export interface AuditLogTable {
  id: Generated<number>;
  /** ISO 8601 in UTC with milliseconds. */
  at: string;
  operation: string;
  entity: string;
  entity_id: string | null;
  summary: string;
  app_version: string;
}

/** The receiving unit's own profile (migration 10): one row, in a receiving unit's database only. */
export interface ReceivingProfileTable {
  id: number;
  name: string;
  province_code: string;
  province_name: string;
  issuer_name: string;
  place_name: string;
  /** The symbol of its own reports, e.g. "BC-SKHCN". */
  symbol: string;
  /** A month's bundle is late after this day of the next month. */
  deadline_day: Generated<number>;
  updated_at: string;
}

/** A commune the receiving unit receives from, with the key its bundles are trusted by. */
export interface ReceivedCommunesTable {
  code: string;
  name: string;
  province_code: string;
  province_name: string;
  /** Whom to call (a phone, a name), as typed. */
  contact: string | null;
  /** Raw Ed25519 key, base64; null until the first bundle. */
  public_key: string | null;
  fingerprint: string | null;
  key_first_seen_at: string | null;
  added_at: string;
}

/** A change of a commune's key, confirmed by the officer. */
export interface ReceivedKeyChangesTable {
  id: Generated<number>;
  commune_code: string;
  old_public_key: string;
  old_fingerprint: string;
  new_public_key: string;
  new_fingerprint: string;
  file_name: string;
  bundle_sha256: string;
  accepted_at: string;
}

/** A bundle applied (in a commune's received-data file, and as an index in the main database). */
export interface BundleReceiptsTable {
  id: string;
  commune_code: string;
  period_code: string;
  period_from: string;
  period_to: string;
  status: 'added' | 'replaced';
  file_name: string;
  bundle_sha256: string;
  public_key: string;
  fingerprint: string;
  /** When the commune made the bundle (manifest.createdAt). */
  created_at: string;
  received_at: string;
  /** JSON: the manifest's rows per table. */
  counts: string;
}
