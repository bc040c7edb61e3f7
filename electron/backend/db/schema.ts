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

export interface Database {
  schema_migrations: SchemaMigrationsTable;
  commune_profile: CommuneProfileTable;
  leaders: LeadersTable;
  villages: VillagesTable;
  settings: SettingsTable;
}
