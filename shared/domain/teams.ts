/** Teams, roles and the tags the seed's composition rules need, with stable codes and labels. */

/** District and province teams belong to a receiving unit; communes keep commune and village teams. */
export const teamLevels = ['province', 'district', 'commune', 'village'] as const;
export type TeamLevel = (typeof teamLevels)[number];
export const teamLevelLabels: Record<TeamLevel, string> = {
  province: 'Cấp tỉnh',
  district: 'Cấp huyện',
  commune: 'Cấp xã',
  village: 'Cấp thôn, tổ dân phố',
};

export const teamStatuses = ['active', 'dissolved'] as const;
export type TeamStatus = (typeof teamStatuses)[number];
export const teamStatusLabels: Record<TeamStatus, string> = {
  active: 'Đang hoạt động',
  dissolved: 'Đã giải thể',
};

/** In the order a member list is printed: leader, standing deputy, deputies, members. */
export const roles = ['leader', 'standing_deputy', 'deputy', 'member'] as const;
export type Role = (typeof roles)[number];
export const roleLabels: Record<Role, string> = {
  leader: 'Tổ trưởng',
  standing_deputy: 'Tổ phó thường trực',
  deputy: 'Tổ phó',
  member: 'Thành viên',
};
export function roleRank(role: Role): number {
  return roles.indexOf(role);
}

export const personTags = [
  'it_teacher',
  'youth_union_member',
  'youth_union_secretary',
  'womens_union_officer',
  'farmers_union_officer',
  'village_head',
  'party_cell_secretary',
  'commune_chairman',
  'commune_vice_chairman',
  'culture_office_head',
  'district_youth_union_secretary',
] as const;
export type PersonTag = (typeof personTags)[number];
export const personTagLabels: Record<PersonTag, string> = {
  it_teacher: 'Giáo viên Tin học',
  youth_union_member: 'Đoàn viên',
  youth_union_secretary: 'Bí thư Đoàn Thanh niên',
  womens_union_officer: 'Cán bộ Hội Phụ nữ',
  farmers_union_officer: 'Cán bộ Hội Nông dân',
  village_head: 'Trưởng thôn, tổ trưởng tổ dân phố',
  party_cell_secretary: 'Bí thư Chi bộ',
  commune_chairman: 'Chủ tịch UBND xã',
  commune_vice_chairman: 'Phó Chủ tịch UBND xã',
  culture_office_head: 'Trưởng phòng Văn hóa và Thông tin',
  district_youth_union_secretary: 'Bí thư Huyện đoàn',
};

export const genders = ['male', 'female'] as const;
export type Gender = (typeof genders)[number];
export const genderLabels: Record<Gender, string> = { male: 'Nam', female: 'Nữ' };
