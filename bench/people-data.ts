/**
 * Realistic, reproducible people for the benchmarks: Vietnamese names with diacritics (family
 * names weighted roughly as in the population), years of birth, distinct 10-digit mobile
 * numbers, positions as commune offices write them, villages and roles in a team.
 * A seeded generator, so every run (and both sides of a comparison) sees the same rows.
 */
import type { Gender, Role } from '../shared/domain/teams';
import { foldVi } from '../shared/vi/text';

export interface BenchPerson {
  fullName: string;
  gender: Gender;
  birthYear: number;
  phone: string;
  position: string;
  villageName: string;
  role: Role;
}

/** mulberry32: small, fast, good enough for test data. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

/** [family name, weight in percent] */
const families: readonly (readonly [string, number])[] = [
  ['Nguyễn', 38],
  ['Trần', 11],
  ['Lê', 9.5],
  ['Phạm', 7],
  ['Huỳnh', 5],
  ['Hoàng', 3],
  ['Phan', 4.5],
  ['Vũ', 3.9],
  ['Võ', 3],
  ['Đặng', 2.1],
  ['Bùi', 2],
  ['Đỗ', 1.4],
  ['Hồ', 1.3],
  ['Ngô', 1.3],
  ['Dương', 1],
  ['Lý', 0.5],
  ['Trương', 1.5],
  ['Đinh', 1],
  ['Lương', 0.5],
  ['Mai', 0.5],
];
const familyTotal = families.reduce((sum, [, w]) => sum + w, 0);

function family(random: () => number): string {
  let r = random() * familyTotal;
  for (const [name, weight] of families) {
    r -= weight;
    if (r < 0) return name;
  }
  return 'Nguyễn';
}

const maleMiddle = ['Văn', 'Văn', 'Văn', 'Hữu', 'Minh', 'Quốc', 'Đức', 'Thanh', 'Công', 'Ngọc'];
const femaleMiddle = ['Thị', 'Thị', 'Thị', 'Thị', 'Ngọc', 'Thu', 'Thanh', 'Mỹ', 'Kim', 'Thị Thu'];
const maleGiven = [
  'An',
  'Bình',
  'Cường',
  'Dũng',
  'Hùng',
  'Hải',
  'Hiếu',
  'Hoàng',
  'Khánh',
  'Long',
  'Lộc',
  'Nam',
  'Phúc',
  'Phước',
  'Quang',
  'Sơn',
  'Tâm',
  'Thành',
  'Thắng',
  'Thịnh',
  'Trung',
  'Tuấn',
  'Việt',
  'Vinh',
];
const femaleGiven = [
  'Anh',
  'Ánh',
  'Chi',
  'Dung',
  'Hà',
  'Hạnh',
  'Hằng',
  'Hoa',
  'Huệ',
  'Hương',
  'Lan',
  'Liên',
  'Linh',
  'Loan',
  'Mai',
  'Nga',
  'Nhung',
  'Oanh',
  'Phượng',
  'Thảo',
  'Trang',
  'Tuyết',
  'Vân',
  'Yến',
];

const mobilePrefixes = [
  '090',
  '091',
  '093',
  '094',
  '096',
  '097',
  '098',
  '032',
  '033',
  '034',
  '035',
  '036',
  '037',
  '038',
  '039',
  '070',
  '076',
  '077',
  '078',
  '079',
  '081',
  '082',
  '083',
  '084',
  '085',
  '086',
  '088',
  '089',
  '056',
  '058',
];

export const benchVillages: readonly string[] = [
  'Thôn An Hải',
  'Thôn Châu Thuận Biển',
  'Thôn Định Tân',
  'Thôn Liên Trì',
  'Thôn Tân Phú 2',
  'Thôn Tân Phú 10',
  'Thôn Phước Thiện',
  'Thôn Đông Yên',
  'Tổ dân phố Tịnh Hòa 1',
  'Tổ dân phố Tịnh Hòa 2',
];

const schools = ['THCS Bình Châu', 'Tiểu học Bình Hiệp', 'THCS Nguyễn Tự Tân', 'THPT Vạn Tường'];

function position(random: () => number, village: string): string {
  const short = village.replace(/^(Thôn|Tổ dân phố) /u, '');
  const r = random();
  if (r < 0.06) return `Giáo viên Tin học Trường ${pick(random, schools)}`;
  if (r < 0.12)
    return `Bí thư Chi đoàn ${village.toLocaleLowerCase('vi').startsWith('thôn') ? 'thôn' : 'tổ dân phố'} ${short}`;
  if (r < 0.16) return `Trưởng thôn ${short}`;
  if (r < 0.22) return `Chi hội trưởng Hội Phụ nữ ${short}`;
  if (r < 0.28) return `Chi hội trưởng Hội Nông dân ${short}`;
  if (r < 0.33) return `Bí thư Chi bộ ${short}`;
  if (r < 0.45) return 'Đoàn viên thanh niên';
  if (r < 0.55) return 'Công an viên';
  if (r < 0.65) return 'Đảng viên, hưu trí';
  if (r < 0.75) return 'Học sinh lớp 11';
  if (r < 0.88) return 'Nông dân';
  return 'Kinh doanh tự do';
}

/**
 * `count` people, distinct by phone and by name with year of birth (so an import adds every one),
 * spread over `villages` in order; in each village the first is Tổ trưởng, the next two Tổ phó.
 */
export function benchPeople(
  count: number,
  villages: readonly string[] = benchVillages,
  seed = 20_260_101,
): BenchPerson[] {
  const random = seededRandom(seed);
  const phones = new Set<string>();
  const namesYears = new Set<string>();
  const people: BenchPerson[] = [];
  const perVillage = Math.ceil(count / villages.length);
  while (people.length < count) {
    const gender: Gender = random() < 0.5 ? 'male' : 'female';
    const fullName = [
      family(random),
      pick(random, gender === 'male' ? maleMiddle : femaleMiddle),
      pick(random, gender === 'male' ? maleGiven : femaleGiven),
    ].join(' ');
    const birthYear = 1950 + Math.floor(random() * 58);
    const phone = `${pick(random, mobilePrefixes)}${String(Math.floor(random() * 10_000_000)).padStart(7, '0')}`;
    const nameYear = `${foldVi(fullName)}|${birthYear}`;
    if (phones.has(phone) || namesYears.has(nameYear)) continue;
    phones.add(phone);
    namesYears.add(nameYear);
    const index = people.length;
    const villageName = villages[Math.min(villages.length - 1, Math.floor(index / perVillage))] as string;
    const inVillage = index % perVillage;
    const role: Role = inVillage === 0 ? 'leader' : inVillage <= 2 ? 'deputy' : 'member';
    people.push({
      fullName,
      gender,
      birthYear,
      phone,
      position: position(random, villageName),
      villageName,
      role,
    });
  }
  return people;
}
