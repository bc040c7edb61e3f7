/** What the profile form holds, and how it becomes the contract's ProfileInput and back. */
import type { ProfileInput } from '../../../../shared/contract/schemas';
import type { AdminUnit, Profile } from '../../../../shared/contract/types';

export interface LeaderValues {
  name?: string;
  title?: string;
}

export interface ProfileFormValues {
  /** The unit is typed in by hand instead of chosen from the official list. */
  manualUnit: boolean;
  provinceCode?: string;
  provinceName?: string;
  communeCode?: string;
  communeName?: string;
  districtName?: string;
  issuerName?: string;
  placeName?: string;
  receivingLevel?: string;
  chairman: LeaderValues;
  viceChairmen: LeaderValues[];
}

export const chairmanTitle = 'Chủ tịch';
export const viceChairmanTitle = 'Phó Chủ tịch';
export const maxViceChairmen = 4;

export function emptyProfileValues(): ProfileFormValues {
  return { manualUnit: false, chairman: { name: '', title: chairmanTitle }, viceChairmen: [] };
}

/**
 * The form as the profile was saved. A unit whose province or commune code is not in the official
 * list was typed by hand (the backend keeps listed codes to their official names), so it reopens
 * with "Đơn vị không có trong danh sách" ticked and its typed names and codes.
 */
export function profileToValues(
  profile: Profile,
  official: { provinces: readonly AdminUnit[]; communes: readonly AdminUnit[] },
): ProfileFormValues {
  const listed =
    official.provinces.some((p) => p.code === profile.provinceCode) &&
    official.communes.some((c) => c.code === profile.communeCode);
  return {
    manualUnit: !listed,
    provinceCode: profile.provinceCode,
    provinceName: profile.provinceName,
    communeCode: profile.communeCode,
    communeName: profile.communeName,
    districtName: profile.districtName ?? '',
    issuerName: profile.issuerName,
    placeName: profile.placeName,
    receivingLevel: profile.receivingLevel,
    chairman: { ...profile.chairman },
    viceChairmen: profile.viceChairmen.map((v) => ({ ...v })),
  };
}

/** Names of the units chosen from the list (looked up by code), when not typed by hand. */
export interface ChosenNames {
  provinceName?: string;
  communeName?: string;
}

const leader = (v: LeaderValues | undefined): { name: string; title: string } => ({
  name: v?.name ?? '',
  title: v?.title ?? '',
});

export function valuesToInput(values: ProfileFormValues, chosen: ChosenNames): ProfileInput {
  const fromList = !values.manualUnit;
  return {
    provinceCode: values.provinceCode ?? '',
    provinceName: (fromList ? chosen.provinceName : undefined) ?? values.provinceName ?? '',
    districtName: values.districtName ?? '',
    communeCode: values.communeCode ?? '',
    communeName: (fromList ? chosen.communeName : undefined) ?? values.communeName ?? '',
    issuerName: values.issuerName ?? '',
    placeName: values.placeName ?? '',
    chairman: leader(values.chairman),
    viceChairmen: (values.viceChairmen ?? []).map(leader),
    receivingLevel: values.receivingLevel ?? '',
  };
}

/** With the unit chosen from the list, a problem with its name is shown on its select. */
export function fieldOfPath(path: string, manualUnit: boolean): string {
  if (manualUnit) return path;
  if (path === 'provinceName') return 'provinceCode';
  if (path === 'communeName') return 'communeCode';
  return path;
}
