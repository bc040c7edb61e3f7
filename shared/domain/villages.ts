/** Kinds of village-level units, with their stable codes (CLI, bundles) and Vietnamese labels. */
export const villageKinds = ['thon', 'to_dan_pho'] as const;
export type VillageKind = (typeof villageKinds)[number];

export const villageKindLabels: Record<VillageKind, string> = {
  thon: 'Thôn',
  to_dan_pho: 'Tổ dân phố',
};
