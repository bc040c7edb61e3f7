/** Output types of the contract: what the backend answers. Dates are ISO strings. */
import type { VillageKind } from '../domain/villages';

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
}
