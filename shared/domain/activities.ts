/**
 * The monthly work: kinds of activity, the three pillars of digital transformation and the units
 * indicators are counted in, with stable codes (CLI, bundles) and Vietnamese labels.
 */
export const activityKinds = ['propaganda', 'guidance', 'direct_support', 'training', 'meeting'] as const;
export type ActivityKind = (typeof activityKinds)[number];
export const activityKindLabels: Record<ActivityKind, string> = {
  propaganda: 'Tuyên truyền',
  guidance: 'Hướng dẫn',
  direct_support: 'Hỗ trợ trực tiếp',
  training: 'Tập huấn',
  meeting: 'Họp',
};

export const pillars = ['digital_government', 'digital_economy', 'digital_society'] as const;
export type Pillar = (typeof pillars)[number];
export const pillarLabels: Record<Pillar, string> = {
  digital_government: 'Chính quyền số',
  digital_economy: 'Kinh tế số',
  digital_society: 'Xã hội số',
};

/** Units an indicator is counted in; the catalog may use others, these are the suggestions. */
export const indicatorUnits = ['người', 'hộ', 'tài khoản', 'hồ sơ', 'gian hàng', 'lượt', 'buổi'] as const;

/** Organisers offered as suggestions for a training (free text is accepted). */
export const trainingOrganisers = [
  'UBND tỉnh',
  'Sở Khoa học và Công nghệ',
  'UBND xã',
  'VNPT',
  'Viettel',
  'Bưu điện Việt Nam (Vietnam Post)',
  'Tỉnh Đoàn',
] as const;

/** A catalog code: lower-case English words joined by "_", stable and never reused. */
export const catalogCodePattern = /^[a-z][a-z0-9_]{1,49}$/u;

/** The kind a code names, or null. */
export function activityKindOf(code: string): ActivityKind | null {
  return activityKinds.find((k) => k === code) ?? null;
}
