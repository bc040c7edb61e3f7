/**
 * The composition rules of the seed letter (Công văn hướng dẫn triển khai Tổ CNSCĐ, Phụ lục,
 * mục III.1). They warn and never block: the letter itself says each locality may adapt
 * ("Căn cứ tình hình thực tế, địa phương xem xét lựa chọn thành viên tham gia cho phù hợp").
 * Pure functions: the team screen, the CLI and the document generator all call them.
 */
import type { PersonTag, Role, TeamLevel } from '../domain/teams';

export interface RuleMember {
  fullName: string;
  role: Role;
  tags: readonly PersonTag[];
  /** The village the person lives in; null or absent when not recorded. */
  villageId?: string | null;
  villageName?: string | null;
}

export interface RuleTeam {
  level: TeamLevel;
  /** A village team's own village (null or absent for other levels). */
  villageId?: string | null;
  villageName?: string | null;
  members: readonly RuleMember[];
}

export interface RuleWarning {
  /** Stable identifier (CLI `teams check`, tests). */
  ruleId: string;
  /** What is wrong, quoting the rule. */
  message: string;
}

interface Rule {
  id: string;
  levels: readonly TeamLevel[];
  /** The letter's words, quoted in the warning. */
  quote: string;
  check(team: RuleTeam): string | null;
}

const has = (m: RuleMember, ...tags: PersonTag[]) => tags.some((t) => m.tags.includes(t));
const withRole = (team: RuleTeam, ...roles: Role[]) => team.members.filter((m) => roles.includes(m.role));
const names = (members: readonly RuleMember[]) => members.map((m) => m.fullName).join(', ');

function leaderRule(id: string, levels: TeamLevel[], quote: string, tags: PersonTag[], who: string): Rule {
  return {
    id,
    levels,
    quote,
    check(team) {
      const leaders = withRole(team, 'leader');
      if (leaders.length === 0) return null; // reported by team.leader.count
      const fitting = leaders.filter((m) => has(m, ...tags));
      return fitting.length > 0 ? null : `Tổ trưởng (${names(leaders)}) không phải là ${who}.`;
    },
  };
}

function itTeachersRule(id: string, levels: TeamLevel[], quote: string): Rule {
  return {
    id,
    levels,
    quote,
    check(team) {
      const teachers = team.members.filter((m) => has(m, 'it_teacher'));
      return teachers.length >= 2 ? null : `Tổ mới có ${teachers.length} giáo viên Tin học, cần ít nhất 02.`;
    },
  };
}

export const compositionRules: readonly Rule[] = [
  {
    id: 'team.leader.count',
    levels: ['province', 'district', 'commune', 'village'],
    quote: 'Mỗi Tổ có một Tổ trưởng',
    check(team) {
      const leaders = withRole(team, 'leader');
      if (leaders.length === 1) return null;
      return leaders.length === 0
        ? 'Tổ chưa có Tổ trưởng.'
        : `Tổ có ${leaders.length} Tổ trưởng (${names(leaders)}).`;
    },
  },
  leaderRule(
    'commune.leader.chairman',
    ['commune'],
    'Chủ tịch hoặc Phó Chủ tịch UBND cấp xã làm Tổ trưởng',
    ['commune_chairman', 'commune_vice_chairman'],
    'Chủ tịch hoặc Phó Chủ tịch UBND xã',
  ),
  {
    id: 'commune.standing_deputy.youth_secretary',
    levels: ['commune'],
    quote: 'Mời Bí thư Đoàn Thanh niên làm Tổ phó thường trực',
    check(team) {
      const deputies = withRole(team, 'standing_deputy');
      if (deputies.length === 0) return 'Tổ chưa có Tổ phó thường trực.';
      return deputies.some((m) => has(m, 'youth_union_secretary'))
        ? null
        : `Tổ phó thường trực (${names(deputies)}) không phải là Bí thư Đoàn Thanh niên.`;
    },
  },
  itTeachersRule(
    'commune.it_teachers.min2',
    ['commune'],
    'ít nhất 02 giáo viên Tin học thuộc các trường học trên địa bàn',
  ),
  leaderRule(
    'village.leader.head_or_party',
    ['village'],
    'cử đồng chí Trưởng thôn/tổ dân phố hoặc đồng chí Bí thư Chi bộ cùng cấp làm Tổ trưởng',
    ['village_head', 'party_cell_secretary'],
    'Trưởng thôn, tổ trưởng tổ dân phố hoặc Bí thư Chi bộ',
  ),
  {
    id: 'village.deputy.youth_secretary',
    levels: ['village'],
    quote: 'Bí thư Đoàn Thanh niên cùng cấp - Tổ phó',
    check(team) {
      const deputies = withRole(team, 'deputy', 'standing_deputy');
      if (deputies.length === 0) return 'Tổ chưa có Tổ phó.';
      return deputies.some((m) => has(m, 'youth_union_secretary'))
        ? null
        : `Tổ phó (${names(deputies)}) không phải là Bí thư Đoàn Thanh niên.`;
    },
  },
  {
    id: 'village.members.womens_union',
    levels: ['village'],
    quote: 'các thành viên: cán bộ Hội Phụ nữ, cán bộ Hội Nông dân cùng cấp',
    check: (team) =>
      team.members.some((m) => has(m, 'womens_union_officer')) ? null : 'Tổ chưa có cán bộ Hội Phụ nữ.',
  },
  {
    id: 'village.members.farmers_union',
    levels: ['village'],
    quote: 'các thành viên: cán bộ Hội Phụ nữ, cán bộ Hội Nông dân cùng cấp',
    check: (team) =>
      team.members.some((m) => has(m, 'farmers_union_officer')) ? null : 'Tổ chưa có cán bộ Hội Nông dân.',
  },
  {
    id: 'village.members.two_more',
    levels: ['village'],
    quote: 'ít nhất 02 nhân sự (khuyến nghị là Đoàn viên Đoàn Thanh niên Cộng sản Hồ Chí Minh)',
    check(team) {
      // Those the letter names first (leader, deputy, the two associations' officers) do not count.
      const further = team.members.filter(
        (m) =>
          m.role === 'member' &&
          !has(m, 'womens_union_officer', 'farmers_union_officer', 'youth_union_secretary'),
      );
      return further.length >= 2
        ? null
        : `Ngoài các thành phần chính, Tổ mới có ${further.length} thành viên, cần ít nhất 02.`;
    },
  },
  {
    id: 'village.members.same_village',
    levels: ['village'],
    quote:
      'Bí thư Chi bộ cùng cấp …, Bí thư Đoàn Thanh niên cùng cấp …, cán bộ Hội Phụ nữ, cán bộ Hội Nông dân cùng cấp',
    check(team) {
      // A person whose village is not recorded is not counted against the team: unknown is not wrong.
      if (!team.villageId) return null;
      const outsiders = team.members.filter((m) => m.villageId && m.villageId !== team.villageId);
      if (outsiders.length === 0) return null;
      const who = outsiders
        .map((m) => (m.villageName ? `${m.fullName} (${m.villageName})` : m.fullName))
        .join(', ');
      const here = team.villageName ? ` ${team.villageName}` : ' của Tổ';
      return `${outsiders.length} thành viên không ở${here}: ${who}.`;
    },
  },
  leaderRule(
    'district.leader.culture_head',
    ['district'],
    'Trưởng phòng Văn hóa và Thông tin làm Tổ trưởng',
    ['culture_office_head'],
    'Trưởng phòng Văn hóa và Thông tin',
  ),
  {
    id: 'district.standing_deputy.youth_secretary',
    levels: ['district'],
    quote: 'Mời Bí thư Huyện đoàn làm Tổ phó thường trực',
    check(team) {
      const deputies = withRole(team, 'standing_deputy');
      if (deputies.length === 0) return 'Tổ chưa có Tổ phó thường trực.';
      return deputies.some((m) => has(m, 'district_youth_union_secretary'))
        ? null
        : `Tổ phó thường trực (${names(deputies)}) không phải là Bí thư Huyện đoàn.`;
    },
  },
  itTeachersRule(
    'district.it_teachers.min2',
    ['district'],
    'ít nhất 02 giáo viên Tin học thuộc các trường học trên địa bàn',
  ),
];

/** The warnings of one team, each quoting the rule it comes from. */
export function checkComposition(team: RuleTeam): RuleWarning[] {
  const warnings: RuleWarning[] = [];
  for (const rule of compositionRules) {
    if (!rule.levels.includes(team.level)) continue;
    const problem = rule.check(team);
    if (problem) warnings.push({ ruleId: rule.id, message: `${problem} Hướng dẫn: “${rule.quote}”.` });
  }
  return warnings;
}
