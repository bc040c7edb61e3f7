import { describe, expect, it } from 'vitest';
import type { PersonTag, Role } from '../domain/teams';
import { checkComposition, compositionRules, type RuleMember, type RuleTeam } from './composition';

const m = (fullName: string, role: Role, ...tags: PersonTag[]): RuleMember => ({ fullName, role, tags });
const ids = (team: RuleTeam) => checkComposition(team).map((w) => w.ruleId);

const goodCommune: RuleTeam = {
  level: 'commune',
  members: [
    m('Trần Văn Thành', 'leader', 'commune_chairman'),
    m('Lê Thị Thu', 'standing_deputy', 'youth_union_secretary'),
    m('Phạm Văn Hải', 'member', 'it_teacher'),
    m('Võ Thị Lan', 'member', 'it_teacher'),
    m('Ngô Văn Bình', 'member'),
  ],
};
const goodVillage: RuleTeam = {
  level: 'village',
  members: [
    m('Nguyễn Văn An', 'leader', 'village_head'),
    m('Đặng Thị Hoa', 'deputy', 'youth_union_secretary'),
    m('Huỳnh Thị Mai', 'member', 'womens_union_officer'),
    m('Bùi Văn Tư', 'member', 'farmers_union_officer'),
    m('Trương Văn Nam', 'member', 'youth_union_member'),
    m('Phan Thị Hằng', 'member', 'youth_union_member'),
  ],
};
const goodDistrict: RuleTeam = {
  level: 'district',
  members: [
    m('Đỗ Văn Khoa', 'leader', 'culture_office_head'),
    m('Lý Thị Hương', 'standing_deputy', 'district_youth_union_secretary'),
    m('Cao Văn Sơn', 'member', 'it_teacher'),
    m('Mai Thị Ngọc', 'member', 'it_teacher'),
  ],
};

function without(team: RuleTeam, name: string): RuleTeam {
  return { ...team, members: team.members.filter((x) => x.fullName !== name) };
}
function replace(team: RuleTeam, name: string, by: RuleMember): RuleTeam {
  return { ...team, members: team.members.map((x) => (x.fullName === name ? by : x)) };
}

describe('composition rules of the seed (III.1)', () => {
  it('finds nothing wrong with teams made as the letter says', () => {
    expect(checkComposition(goodCommune)).toEqual([]);
    expect(checkComposition(goodVillage)).toEqual([]);
    expect(checkComposition(goodDistrict)).toEqual([]);
  });

  it('has stable, unique rule ids', () => {
    const all = compositionRules.map((r) => r.id);
    expect(new Set(all).size).toBe(all.length);
  });

  it('team.leader.count: no leader, or two', () => {
    expect(ids(without(goodCommune, 'Trần Văn Thành'))).toContain('team.leader.count');
    const two = {
      ...goodVillage,
      members: [...goodVillage.members, m('Lê Văn Hai', 'leader', 'village_head')],
    };
    expect(ids(two)).toEqual(['team.leader.count']);
  });

  it('commune.leader.chairman: the leader is the Chairman or a Vice-Chairman', () => {
    const vice = replace(
      goodCommune,
      'Trần Văn Thành',
      m('Trần Văn Thành', 'leader', 'commune_vice_chairman'),
    );
    expect(ids(vice)).toEqual([]);
    const clerk = replace(goodCommune, 'Trần Văn Thành', m('Trần Văn Thành', 'leader'));
    expect(ids(clerk)).toEqual(['commune.leader.chairman']);
    expect(checkComposition(clerk)[0]?.message).toContain(
      'Chủ tịch hoặc Phó Chủ tịch UBND cấp xã làm Tổ trưởng',
    );
    expect(checkComposition(clerk)[0]?.message).toContain('Trần Văn Thành');
  });

  it('commune.standing_deputy.youth_secretary: missing, or not the Youth Union secretary', () => {
    expect(ids(without(goodCommune, 'Lê Thị Thu'))).toEqual(['commune.standing_deputy.youth_secretary']);
    const other = replace(
      goodCommune,
      'Lê Thị Thu',
      m('Lê Thị Thu', 'standing_deputy', 'youth_union_member'),
    );
    expect(ids(other)).toEqual(['commune.standing_deputy.youth_secretary']);
  });

  it('commune.it_teachers.min2: at least two IT teachers', () => {
    const one = without(goodCommune, 'Võ Thị Lan');
    expect(ids(one)).toEqual(['commune.it_teachers.min2']);
    expect(checkComposition(one)[0]?.message).toContain('mới có 1 giáo viên Tin học');
  });

  it('village.leader.head_or_party: the village head or the Party cell secretary leads', () => {
    const party = replace(goodVillage, 'Nguyễn Văn An', m('Nguyễn Văn An', 'leader', 'party_cell_secretary'));
    expect(ids(party)).toEqual([]);
    const other = replace(goodVillage, 'Nguyễn Văn An', m('Nguyễn Văn An', 'leader', 'youth_union_member'));
    expect(ids(other)).toEqual(['village.leader.head_or_party']);
  });

  it('village.deputy.youth_secretary: the village Youth Union secretary deputises', () => {
    expect(ids(without(goodVillage, 'Đặng Thị Hoa'))).toEqual(['village.deputy.youth_secretary']);
    const other = replace(goodVillage, 'Đặng Thị Hoa', m('Đặng Thị Hoa', 'deputy'));
    expect(ids(other)).toEqual(['village.deputy.youth_secretary']);
  });

  it("village.members.womens_union and farmers_union: both associations' officers are members", () => {
    expect(ids(without(goodVillage, 'Huỳnh Thị Mai'))).toEqual(['village.members.womens_union']);
    expect(ids(without(goodVillage, 'Bùi Văn Tư'))).toEqual(['village.members.farmers_union']);
  });

  it('village.members.two_more: at least two further people', () => {
    expect(ids(without(goodVillage, 'Phan Thị Hằng'))).toEqual(['village.members.two_more']);
  });

  it('village.members.same_village: a member from another village is a warning that names them and quotes why', () => {
    const placed: RuleTeam = {
      ...goodVillage,
      villageId: 'v-tan-phu',
      villageName: 'Thôn Tân Phú',
      members: goodVillage.members.map((x) => ({
        ...x,
        villageId: 'v-tan-phu',
        villageName: 'Thôn Tân Phú',
      })),
    };
    expect(ids(placed)).toEqual([]);
    const stranger = replace(placed, 'Phan Thị Hằng', {
      ...m('Phan Thị Hằng', 'member', 'youth_union_member'),
      villageId: 'v-an-hoa',
      villageName: 'Thôn An Hòa',
    });
    expect(ids(stranger)).toEqual(['village.members.same_village']);
    const message = checkComposition(stranger)[0]?.message ?? '';
    expect(message).toContain('Phan Thị Hằng (Thôn An Hòa)');
    expect(message).toContain('Thôn Tân Phú');
    expect(message).toContain('Hướng dẫn: “');
    expect(message).toContain('cùng cấp');
  });

  it('village.members.same_village: an unrecorded village is not counted against the team', () => {
    const placed: RuleTeam = {
      ...goodVillage,
      villageId: 'v-tan-phu',
      members: goodVillage.members.map((x) => ({ ...x, villageId: null })),
    };
    expect(ids(placed)).toEqual([]);
    // A team of another level is never checked for it.
    const commune: RuleTeam = {
      ...goodCommune,
      members: goodCommune.members.map((x) => ({ ...x, villageId: 'v-an-hoa' })),
    };
    expect(ids(commune)).toEqual([]);
  });

  it('district rules: Culture office head leads, district Youth Union secretary deputises, two IT teachers', () => {
    const d1 = replace(goodDistrict, 'Đỗ Văn Khoa', m('Đỗ Văn Khoa', 'leader'));
    expect(ids(d1)).toEqual(['district.leader.culture_head']);
    const d2 = replace(
      goodDistrict,
      'Lý Thị Hương',
      m('Lý Thị Hương', 'standing_deputy', 'youth_union_secretary'),
    );
    expect(ids(d2)).toEqual(['district.standing_deputy.youth_secretary']);
    expect(ids(without(goodDistrict, 'Cao Văn Sơn'))).toEqual(['district.it_teachers.min2']);
  });

  it('applies only the rules of the team level', () => {
    const empty = checkComposition({ level: 'village', members: [] }).map((w) => w.ruleId);
    expect(empty.every((id) => id.startsWith('village.') || id.startsWith('team.'))).toBe(true);
    expect(checkComposition({ level: 'province', members: [] }).map((w) => w.ruleId)).toEqual([
      'team.leader.count',
    ]);
  });
});
