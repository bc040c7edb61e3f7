import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { activityInputSchema } from '../../../../shared/contract/monthly-schemas';
import type { Activity } from '../../../../shared/contract/monthly-types';
import {
  editFormValues,
  missingProblems,
  inputOf,
  newFormValues,
  placeProblems,
  toInput,
  withFreeRow,
} from './activity-form-values';

const team = '0190a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b';

describe('a new form', () => {
  it('keeps the previous activity’s team, date and kind, and nothing else', () => {
    const values = newFormValues({ teamId: team, date: '2026-05-04', kind: 'guidance' });
    expect(values.teamId).toBe(team);
    expect(values.date?.format('DD/MM/YYYY')).toBe('04/05/2026');
    expect(values.kind).toBe('guidance');
    expect(values.platforms).toEqual([]);
    expect(values.results).toEqual([{}]);
    expect(values.note).toBe('');
  });
});

describe('toInput', () => {
  it('drops empty result rows and empty texts, and passes the contract', () => {
    const { input, resultRows } = toInput({
      date: dayjs('2026-05-04'),
      teamId: team,
      kind: 'direct_support',
      platforms: ['vneid'],
      place: '  ',
      peopleReached: 12,
      householdsReached: null,
      results: [{ indicator: 'vneid_activated', value: 12 }, {}, { indicator: 'dvc_online', value: 3 }, {}],
      memberIds: [],
      note: 'Tại nhà văn hóa',
    });
    expect(resultRows).toEqual([0, 2]);
    expect(input).toMatchObject({
      date: '2026-05-04',
      place: null,
      results: [
        { indicator: 'vneid_activated', value: 12 },
        { indicator: 'dvc_online', value: 3 },
      ],
      note: 'Tại nhà văn hóa',
    });
    expect(activityInputSchema.safeParse(input).success).toBe(true);
  });
  it('sends what is missing as empty, for the contract to name the field', () => {
    const { input } = toInput({ results: [{ value: 5 }] });
    const parsed = activityInputSchema.safeParse(input);
    expect(parsed.success).toBe(false);
    const paths = parsed.error?.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['teamId', 'date', 'kind', 'results.0.indicator']));
  });
});

describe('placeProblems', () => {
  it('puts a result’s problem on its row of the form and the rest above the buttons', () => {
    const placed = placeProblems(
      [
        { path: 'results.1.value', message: 'Kết quả không được âm.' },
        { path: 'results', message: 'Chỉ tiêu "x" được ghi hai lần.' },
        { path: 'teamId', message: 'Thiếu mã bản ghi.' },
        { path: 'confirmOutsideTeamLife', message: 'Sai.' },
      ],
      [0, 2],
    );
    expect(placed.onFields).toEqual([
      { path: 'results.2.value', message: 'Kết quả không được âm.' },
      { path: 'teamId', message: 'Thiếu mã bản ghi.' },
    ]);
    expect(placed.elsewhere).toEqual(['Chỉ tiêu "x" được ghi hai lần.', 'Sai.']);
  });
});

describe('editing', () => {
  const activity: Activity = {
    id: '0190a1b2-c3d4-7e5f-8a6b-000000000001',
    date: '2026-05-04',
    teamId: team,
    teamName: 'Tổ CNSCĐ thôn An Hải',
    villageId: null,
    villageName: null,
    kind: 'meeting',
    platforms: ['vneid'],
    place: 'Nhà văn hóa',
    peopleReached: 30,
    householdsReached: 20,
    results: [{ indicator: 'vneid_activated', value: 4 }],
    memberIds: [],
    note: null,
    createdAt: '2026-05-04T00:00:00.000Z',
    updatedAt: '2026-05-04T00:00:00.000Z',
  };
  it('opens with the activity’s values and a free row for one more result', () => {
    const values = editFormValues(activity);
    expect(values.results).toEqual([{ indicator: 'vneid_activated', value: 4 }, {}]);
    expect(toInput(values).input).toEqual({ ...inputOf(activity) });
  });
});

describe('withFreeRow', () => {
  it('adds an empty row once the last row has an indicator, and only then', () => {
    expect(withFreeRow([{ indicator: 'vneid_activated' }])).toEqual([{ indicator: 'vneid_activated' }, {}]);
    expect(withFreeRow([{ indicator: 'vneid_activated' }, { value: 3 }])).toBeNull();
    expect(withFreeRow([{}])).toBeNull();
    expect(withFreeRow([])).toEqual([{}]);
  });
});

describe('missingProblems', () => {
  it('names what is left out in words about the form, row by row', () => {
    expect(
      missingProblems({
        date: null,
        results: [{ indicator: 'vneid_activated' }, { value: 4 }, {}],
      }),
    ).toEqual([
      { path: 'date', message: 'Nhập ngày hoạt động, dạng dd/mm/yyyy.' },
      { path: 'teamId', message: 'Chọn Tổ đã làm hoạt động.' },
      { path: 'kind', message: 'Chọn hình thức hoạt động.' },
      { path: 'results.0.value', message: 'Nhập số đạt được của chỉ tiêu này.' },
      { path: 'results.1.indicator', message: 'Chọn chỉ tiêu cho số này.' },
    ]);
  });
  it('is empty for a complete form', () => {
    expect(
      missingProblems({
        date: dayjs('2026-05-04'),
        teamId: team,
        kind: 'meeting',
        results: [{ indicator: 'vneid_activated', value: 0 }, {}],
      }),
    ).toEqual([]);
  });
});
