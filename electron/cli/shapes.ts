/**
 * The CLI's JSON shapes: part of the product's interface, so they change only by adding fields.
 * Conventions: dates `YYYY-MM-DD`, unknown values `null`, enumerations as stable lower-case
 * English codes (village kind `thon` / `to_dan_pho`).
 */
import type { AppInfo, Leader, Profile, RecordCounts, Village } from '../../shared/contract/types';
import type { VillageKind } from '../../shared/domain/villages';

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
