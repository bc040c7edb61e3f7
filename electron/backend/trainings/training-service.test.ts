import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Training } from '../../../shared/contract/monthly-types';
import type { Backend } from '../backend';
import { monthlyFixture, type MonthlyFixture } from '../../../test-support/monthly-fixture';
import { contractCaller, tempBackend } from '../../../test-support/temp';

let backend: Backend;
let f: MonthlyFixture;
beforeEach(async () => {
  backend = await tempBackend();
  f = await monthlyFixture(backend);
});
afterEach(() => backend.close());
const { call, refused } = contractCaller(() => backend);

describe('trainings', () => {
  it('records a training with its attendees and lists it per person and per team', async () => {
    const training = await call<Training>('addTraining', {
      date: '2026-04-10',
      topic: 'Kỹ năng số cơ bản cho Tổ CNSCĐ',
      organiser: 'Sở Khoa học và Công nghệ',
      online: true,
      hours: 3.5,
      teamId: f.anHaiTeam.id,
      attendeeIds: [f.people[1], f.people[0]],
    });
    expect(training).toMatchObject({ online: true, hours: 3.5, teamName: 'Tổ CNSCĐ thôn An Hải' });
    // Attendees in Vietnamese alphabetical order.
    expect(training.attendees.map((a) => a.fullName)).toEqual(['Nguyễn Văn An', 'Trần Thị Bình']);
    await call<Training>('addTraining', {
      date: '2026-05-02',
      topic: 'An toàn trên mạng',
      organiser: 'VNPT',
    });
    expect((await call<Training[]>('listTrainings', {})).map((t) => t.date)).toEqual([
      '2026-05-02',
      '2026-04-10',
    ]);
    expect((await call<Training[]>('listTrainings', { personId: f.people[0] })).map((t) => t.id)).toEqual([
      training.id,
    ]);
    expect(await call<Training[]>('listTrainings', { personId: f.people[2] })).toEqual([]);
    expect((await call<Training[]>('listTrainings', { teamId: f.anHaiTeam.id })).map((t) => t.id)).toEqual([
      training.id,
    ]);
  });

  it('refuses an unknown attendee or a bad number of hours, writing nothing', async () => {
    const unknown = await refused('addTraining', {
      date: '2026-04-10',
      topic: 'Kỹ năng số',
      organiser: 'VNPT',
      attendeeIds: ['01a2295f-9a16-77f5-a44f-740318548423'],
    });
    expect(unknown.code).toBe('not_found');
    const hours = await refused('addTraining', {
      date: '2026-04-10',
      topic: 'Kỹ năng số',
      organiser: 'VNPT',
      hours: 0,
    });
    expect(hours.message).toContain('Số giờ phải lớn hơn 0');
    expect(await call<Training[]>('listTrainings', {})).toEqual([]);
  });

  it('changes a training and its attendees, and a deleted one leaves every list', async () => {
    const training = await call<Training>('addTraining', {
      date: '2026-04-10',
      topic: 'Kỹ năng số',
      organiser: 'VNPT',
      attendeeIds: [f.people[0], f.people[1]],
    });
    const changed = await call<Training>('updateTraining', {
      id: training.id,
      date: '2026-04-11',
      topic: 'Kỹ năng số cơ bản',
      organiser: 'Viettel',
      online: true,
      hours: 4,
      attendeeIds: [f.people[2]],
    });
    expect(changed).toMatchObject({
      id: training.id,
      date: '2026-04-11',
      organiser: 'Viettel',
      online: true,
    });
    expect(changed.attendees.map((a) => a.fullName)).toEqual(['Lê Văn Cường']);
    expect(await call<Training[]>('listTrainings', { personId: f.people[0] })).toEqual([]);
    expect((await call<Training[]>('listTrainings', { personId: f.people[2] })).map((t) => t.topic)).toEqual([
      'Kỹ năng số cơ bản',
    ]);

    expect(await call('deleteTraining', { id: training.id })).toEqual({ removed: true });
    expect(await call<Training[]>('listTrainings', {})).toEqual([]);
    expect(await call<Training[]>('listTrainings', { personId: f.people[2] })).toEqual([]);
    // Kept with its mark for the monthly bundle, not erased.
    const row = await backend.ctx.db
      .selectFrom('trainings')
      .select(['deleted_at'])
      .where('id', '=', training.id)
      .executeTakeFirstOrThrow();
    expect(row.deleted_at).not.toBeNull();
    expect((await refused('deleteTraining', { id: training.id })).code).toBe('not_found');
    expect((await refused('updateTraining', { ...changed, attendeeIds: [] })).code).toBe('not_found');
  });

  it('refuses a change with an unknown attendee and keeps the training as it was', async () => {
    const training = await call<Training>('addTraining', {
      date: '2026-04-10',
      topic: 'Kỹ năng số',
      organiser: 'VNPT',
      attendeeIds: [f.people[0]],
    });
    const error = await refused('updateTraining', {
      id: training.id,
      date: '2026-04-12',
      topic: 'Đổi tên',
      organiser: 'VNPT',
      attendeeIds: [f.people[1], '01a2295f-9a16-77f5-a44f-740318548423'],
    });
    expect(error.code).toBe('not_found');
    expect(await call<Training[]>('listTrainings', {})).toEqual([training]);
  });
});
