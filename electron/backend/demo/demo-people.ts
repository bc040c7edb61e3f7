/**
 * Demo people and teams for the demo commune: a commune team and one team per village that
 * satisfy the seed's rules, except the team of Thôn Tân Phú 10, which has no Farmers' Union
 * officer so that the warning can be seen. Names are invented, phones fictitious.
 */
import type { PersonTag, Role } from '../../../shared/domain/teams';
import { communeTeamName, villageTeamName } from '../../../shared/domain/team-names';
import { villageNameWithoutKind } from '../../../shared/domain/villages';
import { demoProfile, demoVillages } from './demo-data';

export interface DemoMember {
  fullName: string;
  gender: 'male' | 'female';
  birthYear: number;
  position: string;
  tags: PersonTag[];
  role: Role;
}

export interface DemoTeam {
  level: 'commune' | 'village';
  name: string;
  villageName: string | null;
  zaloHouseholds: number | null;
  members: DemoMember[];
}

const families = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Huỳnh',
  'Võ',
  'Phan',
  'Trương',
  'Bùi',
  'Đặng',
  'Đỗ',
  'Ngô',
  'Hồ',
  'Dương',
];
const maleGiven = [
  'Văn An',
  'Minh Tuấn',
  'Văn Hùng',
  'Quốc Bảo',
  'Đức Thịnh',
  'Văn Tâm',
  'Thanh Sơn',
  'Văn Lộc',
  'Hữu Phước',
];
const femaleGiven = [
  'Thị Hoa',
  'Thị Thu Hà',
  'Thị Mai',
  'Thị Lan',
  'Ngọc Ánh',
  'Thị Hằng',
  'Thị Yến',
  'Thị Kim Chi',
  'Thị Huệ',
];

/**
 * The demo's names: a fixed sequence, each name used once per gender. Two members of different
 * villages must never share a name and year of birth, or the demo would make them one person.
 */
function uniqueName(index: number, gender: 'male' | 'female', used: Set<string>): string {
  const pool = gender === 'male' ? maleGiven : femaleGiven;
  const given = pool[(index * 5 + 3) % pool.length] as string;
  const first = (index * 7) % families.length;
  for (let step = 0; step < families.length; step += 1) {
    const candidate = `${families[(first + step) % families.length] as string} ${given}`;
    if (!used.has(candidate)) {
      used.add(candidate);
      return candidate;
    }
  }
  throw new Error(`The demo has no unused name left for "${given}".`);
}

export function demoPhone(index: number): string {
  const prefixes = ['090', '091', '093', '094', '097', '098', '035', '036', '077', '083'];
  const prefix = prefixes[index % prefixes.length] as string;
  return `${prefix}${String(1_234_567 + index * 7_919).slice(-7)}`;
}

function shortVillage(villageName: string): string {
  return villageNameWithoutKind(villageName);
}

export function demoTeams(): DemoTeam[] {
  let seq = 0;
  const used = new Set<string>();
  const member = (
    gender: 'male' | 'female',
    birthYear: number,
    position: string,
    role: Role,
    ...tags: PersonTag[]
  ): DemoMember => ({
    fullName: uniqueName(seq++, gender, used),
    gender,
    birthYear,
    position,
    role,
    tags,
  });
  const commune: DemoTeam = {
    level: 'commune',
    name: communeTeamName(demoProfile.communeName),
    villageName: null,
    zaloHouseholds: null,
    members: [
      {
        fullName: 'Trần Văn Thành',
        gender: 'male',
        birthYear: 1975,
        position: 'Chủ tịch UBND xã',
        role: 'leader',
        tags: ['commune_chairman'],
      },
      member(
        'female',
        1994,
        'Bí thư Đoàn Thanh niên xã',
        'standing_deputy',
        'youth_union_secretary',
        'youth_union_member',
      ),
      member('male', 1988, 'Công chức Văn hóa - Xã hội', 'deputy'),
      member('female', 1990, 'Công chức Văn phòng - Thống kê', 'member'),
      member('female', 1986, 'Chủ tịch Hội Phụ nữ xã', 'member', 'womens_union_officer'),
      member('male', 1979, 'Chủ tịch Hội Nông dân xã', 'member', 'farmers_union_officer'),
      member('male', 1992, 'Giáo viên Tin học Trường THCS Bình Châu', 'member', 'it_teacher'),
      member('female', 1996, 'Giáo viên Tin học Trường Tiểu học Bình Hiệp', 'member', 'it_teacher'),
    ],
  };
  const villageTeams = demoVillages.map((village, index): DemoTeam => {
    const short = shortVillage(village.name);
    const isGroup = village.kind === 'to_dan_pho';
    const members: DemoMember[] = [
      index % 3 === 1
        ? member(
            'male',
            1968,
            `Bí thư Chi bộ ${isGroup ? 'tổ dân phố' : 'thôn'} ${short}`,
            'leader',
            'party_cell_secretary',
          )
        : member(
            'male',
            1970,
            isGroup ? `Tổ trưởng tổ dân phố ${short}` : `Trưởng thôn ${short}`,
            'leader',
            'village_head',
          ),
      member(
        'female',
        1998,
        `Bí thư Chi đoàn ${isGroup ? 'tổ dân phố' : 'thôn'} ${short}`,
        'deputy',
        'youth_union_secretary',
        'youth_union_member',
      ),
      member(
        'female',
        1983,
        `Chi hội trưởng Hội Phụ nữ ${isGroup ? 'tổ dân phố' : 'thôn'} ${short}`,
        'member',
        'womens_union_officer',
      ),
      member('male', 2000, 'Đoàn viên thanh niên', 'member', 'youth_union_member'),
      member('female', 2001, 'Đoàn viên thanh niên', 'member', 'youth_union_member'),
    ];
    // The one team that breaks a rule on purpose: no Farmers' Union officer.
    if (village.name !== 'Thôn Tân Phú 10') {
      members.splice(
        3,
        0,
        member('male', 1972, `Chi hội trưởng Hội Nông dân thôn ${short}`, 'member', 'farmers_union_officer'),
      );
    }
    if (index % 2 === 0) members.push(member('male', 1991, 'Nhân viên VNPT Quảng Ngãi', 'member'));
    return {
      level: 'village',
      name: villageTeamName(village),
      villageName: village.name,
      zaloHouseholds: Math.round(village.households * (0.7 + (index % 4) * 0.08)),
      members,
    };
  });
  return [commune, ...villageTeams];
}
