/**
 * Test support for the monthly bundle (issue 10): a commune set up in a temporary folder, with
 * its teams and members, activities in and around March 2026 (Decree 09: 15/02–14/3/2026), a
 * training, a target and the month's report in the register; and a valid bundle's bytes.
 */
import type { InputOf } from '../shared/contract/operations';
import type { BundleMade } from '../shared/contract/bundle-types';
import type { ActivitySaved } from '../shared/contract/monthly-types';
import type { PersonSaved } from '../shared/contract/types';
import { reportProfile } from './report-data';
import { monthlyFixture, type MonthlyFixture } from './monthly-fixture';
import { contractCaller, tempBackend } from './temp';

export const bundleProfile: InputOf<'setupProfile'> = reportProfile;

export type BundleCommune = Awaited<ReturnType<typeof tempBackend>> & {
  fixture: MonthlyFixture;
  call: <T>(name: string, input?: unknown) => Promise<T>;
  /** A person with a phone number, member of the March activity. */
  phonePerson: string;
};

/** A commune with a month of work (March 2026) and its report drafted. */
export async function bundleCommune(): Promise<BundleCommune> {
  const backend = await tempBackend();
  const { call } = contractCaller(() => backend);
  await call('setupProfile', bundleProfile);
  const fixture = await monthlyFixture(backend);
  const phonePerson = (
    await call<PersonSaved>('createPerson', {
      fullName: 'Phạm Thị Dung',
      phone: '0912 345 678',
      birthYear: 1990,
    })
  ).person.id;
  const activity = (date: string, teamId: string, extra: Record<string, unknown> = {}) =>
    call<ActivitySaved>('addActivity', { teamId, date, kind: 'guidance', peopleReached: 12, ...extra });
  await activity('2026-02-20', fixture.anHaiTeam.id, {
    results: [{ indicator: 'vneid_activated', value: 5 }],
    platforms: ['vneid'],
    memberIds: [fixture.people[1], phonePerson],
    place: 'Nhà văn hóa thôn An Hải',
  });
  await activity('2026-03-02', fixture.binhTriTeam.id, { householdsReached: 4 });
  const gone = await activity('2026-03-10', fixture.commune.id);
  await call('deleteActivity', { id: gone.activity.id });
  // Outside the month (Decree 09): 14/02 belongs to February, 15/03 to April.
  await activity('2026-02-14', fixture.commune.id);
  await activity('2026-03-15', fixture.commune.id);
  await call('addTraining', {
    date: '2026-03-05',
    topic: 'Kỹ năng số cơ bản',
    organiser: 'VNPT Quảng Ngãi',
    online: false,
    hours: 2.5,
    attendeeIds: [fixture.people[0]],
  });
  await call('setTarget', { year: 2026, indicator: 'vneid_activated', value: 1200 });
  await call('createReport', {
    period: '2026-03',
    texts: {
      difficulties: 'Sóng di động ở thôn vùng núi còn yếu.',
      proposals: 'Đề nghị hỗ trợ tài liệu hướng dẫn.',
      nextTasks: 'Tiếp tục hướng dẫn người dân.',
    },
  });
  return Object.assign(backend, { fixture, call, phonePerson });
}

/** The bytes of a fresh export of March 2026. */
export async function exportMarch(commune: BundleCommune): Promise<{ made: BundleMade; bytes: Buffer }> {
  const made = await commune.call<BundleMade>('exportBundle', { period: '2026-03' });
  return { made, bytes: Buffer.from(made.base64, 'base64') };
}
