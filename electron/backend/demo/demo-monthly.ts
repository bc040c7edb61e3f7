/**
 * The demo commune's year of monthly work (reporting year 2026): a few hundred activities of
 * every team, trainings, and the year's targets split by households — with three village teams
 * clearly behind. Deterministic: the same seed gives the same records (ids aside).
 */
import type { Kysely } from 'kysely';
import type { ActivityInput, TrainingInput } from '../../../shared/contract/monthly-schemas';
import type { ActivityKind } from '../../../shared/domain/activities';
import { addActivities } from '../activities/activity-service';
import type { Database } from '../db/schema';
import { setTarget } from '../targets/target-service';
import { addTrainings } from '../trainings/training-service';

export const DEMO_YEAR = 2026;
/** Decree 09 year 2026: 15/12/2025 to 14/12/2026; the demo fills it up to the end of November. */
const FIRST_DAY = Date.UTC(2025, 11, 15);
const LAST_DAY = Date.UTC(2026, 10, 30);

/** A small deterministic generator (LCG), so the demo is the same on every machine. */
function generator(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T,
  };
}

/** What each platform's work yields: the indicators and a typical result of one outing. */
const platformResults: Record<string, { indicator: string; typical: number }[]> = {
  vneid: [
    { indicator: 'vneid_activated', typical: 14 },
    { indicator: 'digital_signatures', typical: 2 },
  ],
  online_public_services: [{ indicator: 'online_applications', typical: 9 }],
  cashless_payment: [
    { indicator: 'cashless_accounts_opened', typical: 10 },
    { indicator: 'qr_payment_households', typical: 2 },
  ],
  ecommerce: [{ indicator: 'digital_stores_opened', typical: 2 }],
  electronic_health_book: [{ indicator: 'health_book_installed', typical: 12 }],
  on_site_feedback: [{ indicator: 'onsite_feedback_installed', typical: 6 }],
  land_information: [{ indicator: 'land_information_lookups', typical: 3 }],
  binh_dan_hoc_vu_so: [
    { indicator: 'digital_skills_trained', typical: 15 },
    { indicator: 'five_skills_households', typical: 4 },
  ],
  online_safety: [{ indicator: 'online_safety_guided', typical: 18 }],
  zalo_group: [{ indicator: 'zalo_group_households', typical: 5 }],
};
const platformCodes = Object.keys(platformResults);
const kinds: readonly ActivityKind[] = [
  'direct_support',
  'direct_support',
  'guidance',
  'guidance',
  'propaganda',
  'training',
  'meeting',
];

/** Names of the village teams that lag behind in the demo (a third of the usual work). */
export const demoLaggingVillages = ['Thôn Tân Phú 10', 'Thôn Mỹ Long', 'Tổ dân phố Tịnh Hòa 2'];

interface DemoTeam {
  id: string;
  name: string;
  villageName: string | null;
  households: number;
  members: string[];
}

async function demoTeams(trx: Kysely<Database>): Promise<DemoTeam[]> {
  const teams = await trx
    .selectFrom('teams as t')
    .leftJoin('villages as v', 'v.id', 't.village_id')
    .select(['t.id', 't.name', 't.level', 'v.name as village_name', 'v.households'])
    .where('t.deleted_at', 'is', null)
    .orderBy('t.level')
    .orderBy('t.name')
    .execute();
  const members = await trx
    .selectFrom('memberships')
    .select(['team_id', 'person_id'])
    .where('deleted_at', 'is', null)
    .orderBy('team_id')
    .orderBy('sort_order')
    .execute();
  return teams.map((t) => ({
    id: t.id,
    name: t.name,
    villageName: t.village_name,
    households: t.households ?? 0,
    members: members.filter((m) => m.team_id === t.id).map((m) => m.person_id),
  }));
}

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Fills the monthly work of the demo commune, inside the caller's transaction. */
export async function loadMonthlyDemo(trx: Kysely<Database>, seed = 2026): Promise<void> {
  const random = generator(seed);
  const teams = await demoTeams(trx);
  const activities: ActivityInput[] = [];
  const achieved = new Map<string, number>();
  for (const team of teams) {
    const lagging = team.villageName !== null && demoLaggingVillages.includes(team.villageName);
    const scale = team.villageName === null ? 1 : team.households / 350;
    // About twice a month, more in a large village; the lagging teams go out far less.
    const outings = lagging ? 8 : Math.max(6, Math.round(22 * scale));
    for (let i = 0; i < outings; i += 1) {
      const day = FIRST_DAY + Math.floor(((i + random.next()) / outings) * (LAST_DAY - FIRST_DAY));
      const kind = random.pick(kinds);
      const platforms =
        kind === 'meeting'
          ? []
          : [platformCodes[(i + teams.indexOf(team)) % platformCodes.length] ?? 'vneid'];
      if (kind !== 'meeting' && random.next() < 0.3) {
        const second = random.pick(platformCodes);
        if (!platforms.includes(second)) platforms.push(second);
      }
      const results =
        kind === 'meeting'
          ? []
          : platforms.flatMap((p) =>
              (platformResults[p] ?? []).map(({ indicator, typical }) => ({
                indicator,
                value: Math.max(0, Math.round(typical * (0.5 + random.next()) * (lagging ? 0.6 : 1))),
              })),
            );
      if (kind === 'propaganda') results.push({ indicator: 'propaganda_sessions', value: 1 });
      for (const r of results) {
        const key = `${team.id}|${r.indicator}`;
        achieved.set(key, (achieved.get(key) ?? 0) + r.value);
      }
      const people = kind === 'meeting' ? team.members.length : random.int(15, 120);
      activities.push({
        teamId: team.id,
        date: isoDay(day),
        kind,
        platforms,
        place:
          team.villageName === null
            ? 'Hội trường UBND xã Đông Sơn'
            : random.pick([
                `Nhà văn hóa ${team.villageName}`,
                `Tại nhà dân, ${team.villageName}`,
                'Chợ Châu Ổ',
              ]),
        peopleReached: people,
        householdsReached: kind === 'meeting' ? null : Math.round(people * (0.5 + random.next() * 0.3)),
        results,
        memberIds: team.members.slice(0, Math.min(team.members.length, random.int(1, 3))),
        note: null,
        confirmOutsideTeamLife: false,
      });
    }
  }
  activities.sort((a, b) => a.date.localeCompare(b.date));
  await addActivities(trx, activities);

  // Targets: what each team that went out as usual reaches, less 15 % (the officer adjusted the
  // split by hand); the lagging teams get their households' share of the same, and fall far behind.
  // The commune's target is the sum of the teams'.
  const villageTeams = teams.filter((t) => t.villageName !== null);
  const usual = villageTeams.filter((t) => !demoLaggingVillages.includes(t.villageName ?? ''));
  const usualHouseholds = usual.reduce((sum, t) => sum + t.households, 0);
  const indicators = [...new Set([...achieved.keys()].map((key) => key.split('|')[1] ?? ''))].sort();
  for (const indicator of indicators) {
    const usualTargets = new Map(
      usual.map((t) => [t.id, Math.floor((achieved.get(`${t.id}|${indicator}`) ?? 0) * 0.85)]),
    );
    const usualTotal = [...usualTargets.values()].reduce((sum, v) => sum + v, 0);
    if (usualTotal === 0) continue;
    let communeTarget = 0;
    for (const team of villageTeams) {
      const value = usualTargets.get(team.id) ?? Math.round((usualTotal * team.households) / usualHouseholds);
      communeTarget += value;
      await setTarget(trx, { year: DEMO_YEAR, indicator, teamId: team.id, value });
    }
    await setTarget(trx, { year: DEMO_YEAR, indicator, teamId: null, value: communeTarget });
  }

  const organisers = [
    'Sở Khoa học và Công nghệ tỉnh Quảng Ngãi',
    'VNPT Quảng Ngãi',
    'Viettel Quảng Ngãi',
    'Bưu điện tỉnh Quảng Ngãi',
    'UBND xã Đông Sơn',
  ];
  const topics = [
    'Kỹ năng số cơ bản cho thành viên Tổ CNSCĐ',
    'Hướng dẫn kích hoạt định danh điện tử mức 2 trên VNeID',
    'Thanh toán không dùng tiền mặt và phòng chống lừa đảo trực tuyến',
    'Mở gian hàng trên sàn thương mại điện tử voso.vn, postmart.vn',
    'Bình dân học vụ số: hướng dẫn người dân học trên nền tảng',
    'Dịch vụ công trực tuyến mức toàn trình',
    'Sổ sức khỏe điện tử và ứng dụng phản ánh hiện trường',
    'An toàn thông tin cá nhân trên không gian mạng',
  ];
  const everyone = [...new Set(teams.flatMap((t) => t.members))];
  const trainings: TrainingInput[] = topics.map((topic, i) => {
    const team = i % 3 === 2 ? random.pick(villageTeams) : null;
    const pool = team === null ? everyone : team.members;
    const count = Math.min(pool.length, team === null ? random.int(8, 20) : pool.length);
    const start = random.int(0, Math.max(0, pool.length - count));
    return {
      date: isoDay(FIRST_DAY + Math.floor(((i + 0.5) / topics.length) * (LAST_DAY - FIRST_DAY))),
      topic,
      organiser: organisers[i % organisers.length] ?? 'UBND xã Đông Sơn',
      online: i % 2 === 1,
      hours: random.pick([2, 3, 4, 8]),
      teamId: team?.id ?? null,
      attendeeIds: pool.slice(start, start + count),
      note: null,
    };
  });
  await addTrainings(trx, trainings);
}
