import { AppError } from '../../../shared/contract/errors';
import type { Activity, ActivitySaved } from '../../../shared/contract/monthly-types';
import {
  activityKindLabels,
  activityKindOf,
  activityKinds,
  pillars,
  type ActivityKind,
  type Pillar,
} from '../../../shared/domain/activities';
import { isoToVi } from '../../../shared/vi/dates';
import { defineCommand } from '../args';
import { fields, formatNumber, table } from '../output';
import { dateProblem } from '../checks';
import { numberProblem, resultProblem, toNumber, toResult } from './monthly-values';

function kindProblem(value: string): string | null {
  return activityKindOf(value) === null
    ? `Loại hoạt động phải là một trong ${activityKinds.join(', ')}; không nhận «${value}».`
    : null;
}

/** The kind after `kindProblem` accepted it. */
function kind(value: string): ActivityKind {
  return activityKindOf(value) ?? 'meeting';
}

/** The backend says what to do in words; on the command line, confirming is the --force flag. */
async function withForceHint<T>(request: Promise<T>): Promise<T> {
  try {
    return await request;
  } catch (error) {
    if (error instanceof AppError && error.details?.warning === 'outside_team_life') {
      throw new AppError(
        error.code,
        `${error.message} Trên dòng lệnh: thêm --force để vẫn ghi.`,
        error.details,
      );
    }
    throw error;
  }
}

function pillarProblem(value: string): string | null {
  return pillars.some((p) => p === value)
    ? null
    : `Trụ cột phải là một trong ${pillars.join(', ')}; không nhận «${value}».`;
}

/** The pillar after `pillarProblem` accepted it. */
function pillar(value: string): Pillar {
  return pillars.find((p) => p === value) ?? 'digital_society';
}

function activityText(a: Activity): string {
  return fields([
    ['Mã', a.id],
    ['Ngày', isoToVi(a.date)],
    ['Tổ', a.teamName],
    ['Loại', activityKindLabels[a.kind]],
    ['Nền tảng', a.platforms.join(', ') || 'không ghi'],
    ['Địa điểm', a.place ?? 'không ghi'],
    ['Số người', a.peopleReached === null ? 'không ghi' : formatNumber(a.peopleReached)],
    ['Số hộ', a.householdsReached === null ? 'không ghi' : formatNumber(a.householdsReached)],
    ['Kết quả', a.results.map((r) => `${r.indicator}=${formatNumber(r.value)}`).join(', ') || 'không ghi'],
    ['Thành viên tham gia', formatNumber(a.memberIds.length)],
    ['Ghi chú', a.note ?? ''],
  ]);
}

export const activitiesAddCommand = defineCommand({
  words: ['activities', 'add'],
  summary: 'Ghi một hoạt động của Tổ (tuyên truyền, hướng dẫn, hỗ trợ, tập huấn, họp)',
  details: [
    'KIND: "propaganda" (tuyên truyền), "guidance" (hướng dẫn), "direct_support" (hỗ trợ trực tiếp),',
    '"training" (tập huấn), "meeting" (họp). Mã chỉ tiêu, nền tảng: xem "catalog list".',
    'Hoạt động có thể trùng (cùng Tổ, ngày, loại, nền tảng) vẫn được ghi, kèm cảnh báo.',
    'Ngày trước khi Tổ thành lập hoặc sau khi Tổ giải thể bị từ chối (mã 1) trừ khi thêm --force.',
    'JSON: {id, date, teamId, teamName, villageId, villageName, kind, platforms, place, peopleReached,',
    'householdsReached, results: [{indicator, value}], memberIds, note, createdAt, updatedAt,',
    'warnings: [{code, message, activityIds}]}; code là "duplicate" hoặc "outside_team_life".',
  ],
  examples: [
    'activities add --team MÃ_TỔ --date 2026-05-04 --kind guidance --platform vneid --people 40 --result vneid_activated=12',
  ],
  options: {
    team: { type: 'string', required: true, value: 'MÃ_TỔ', help: 'Tổ thực hiện (mã trong "teams list")' },
    date: { type: 'string', required: true, value: 'YYYY-MM-DD', help: 'Ngày hoạt động', check: dateProblem },
    kind: {
      type: 'string',
      required: true,
      value: 'LOẠI',
      help: 'Loại hoạt động (xem trên)',
      check: kindProblem,
    },
    platform: { type: 'string', multiple: true, value: 'MÃ', help: 'Nền tảng số' },
    place: { type: 'string', value: 'NƠI', help: 'Địa điểm' },
    people: { type: 'string', value: 'N', help: 'Số người được tiếp cận', check: numberProblem('Số người') },
    households: { type: 'string', value: 'N', help: 'Số hộ được tiếp cận', check: numberProblem('Số hộ') },
    result: {
      type: 'string',
      multiple: true,
      value: 'MÃ=N',
      help: 'Kết quả theo chỉ tiêu',
      check: resultProblem,
    },
    member: { type: 'string', multiple: true, value: 'MÃ_NGƯỜI', help: 'Thành viên tham gia' },
    note: { type: 'string', value: 'CHỮ', help: 'Ghi chú' },
    force: { type: 'boolean', help: 'Vẫn ghi khi ngày nằm ngoài thời gian hoạt động của Tổ' },
  },
  async run({ api, out }, values) {
    const saved: ActivitySaved = await withForceHint(
      api.addActivity({
        teamId: values.team,
        date: values.date,
        kind: kind(values.kind),
        platforms: values.platform,
        place: values.place ?? null,
        peopleReached: values.people === undefined ? null : toNumber(values.people),
        householdsReached: values.households === undefined ? null : toNumber(values.households),
        results: values.result.map(toResult),
        memberIds: values.member,
        note: values.note ?? null,
        confirmOutsideTeamLife: values.force,
      }),
    );
    out.result({ ...saved.activity, warnings: saved.warnings }, () =>
      [
        'Đã ghi hoạt động.',
        activityText(saved.activity),
        ...saved.warnings.map((w) => `Cảnh báo: ${w.message}`),
      ].join('\n'),
    );
  },
});

export const activitiesListCommand = defineCommand({
  words: ['activities', 'list'],
  summary: 'Danh sách hoạt động (mới nhất trước), lọc theo ngày, kỳ, Tổ, thôn, loại, nền tảng, trụ cột',
  details: [
    'Các bộ lọc cộng dồn: --village lấy hoạt động của Tổ thôn đó; --platform theo mã nền tảng ("catalog list");',
    '--pillar là digital_government, digital_economy hoặc digital_society; --indicator theo mã chỉ tiêu.',
    '--period nhận 2026, 2026-H1, 2026-Q2, 2026-9M hoặc 2026-05; kỳ tính theo cài đặt (mặc định Nghị định',
    '09/2019: tháng từ ngày 15 tháng trước đến ngày 14).',
    'JSON: một mảng hoạt động, cùng dạng với "activities add" (không có warnings).',
  ],
  examples: [
    'activities list --from 2026-05-01 --to 2026-05-31',
    'activities list --period 2026-05 --json',
    'activities list --period 2026-Q2 --platform vneid --pillar digital_government',
  ],
  options: {
    from: { type: 'string', value: 'YYYY-MM-DD', help: 'Từ ngày', check: dateProblem },
    to: { type: 'string', value: 'YYYY-MM-DD', help: 'Đến ngày', check: dateProblem },
    period: { type: 'string', value: 'KỲ', help: 'Kỳ báo cáo' },
    team: { type: 'string', value: 'MÃ_TỔ', help: 'Chỉ hoạt động của một Tổ' },
    kind: { type: 'string', value: 'LOẠI', help: 'Chỉ một loại hoạt động', check: kindProblem },
    village: {
      type: 'string',
      value: 'MÃ_THÔN',
      help: 'Chỉ hoạt động của Tổ một thôn (mã trong "villages list")',
    },
    platform: { type: 'string', value: 'MÃ', help: 'Chỉ hoạt động có nền tảng này' },
    pillar: {
      type: 'string',
      value: 'TRỤ_CỘT',
      help: 'Chỉ hoạt động thuộc một trụ cột',
      check: pillarProblem,
    },
    indicator: { type: 'string', value: 'MÃ', help: 'Chỉ hoạt động có kết quả cho chỉ tiêu này' },
  },
  async run({ api, out }, values) {
    const activities = await api.listActivities({
      ...(values.from === undefined ? {} : { from: values.from }),
      ...(values.to === undefined ? {} : { to: values.to }),
      ...(values.period === undefined ? {} : { period: values.period }),
      ...(values.team === undefined ? {} : { teamId: values.team }),
      ...(values.kind === undefined ? {} : { kind: kind(values.kind) }),
      ...(values.village === undefined ? {} : { villageId: values.village }),
      ...(values.platform === undefined ? {} : { platform: values.platform }),
      ...(values.pillar === undefined ? {} : { pillar: pillar(values.pillar) }),
      ...(values.indicator === undefined ? {} : { indicator: values.indicator }),
    });
    out.result(activities, () => {
      if (activities.length === 0) return 'Không có hoạt động nào.';
      return [
        table(activities, [
          { header: 'Ngày', value: (a) => isoToVi(a.date) },
          { header: 'Tổ', value: (a) => a.teamName },
          { header: 'Loại', value: (a) => activityKindLabels[a.kind] },
          { header: 'Nền tảng', value: (a) => a.platforms.join(', ') },
          {
            header: 'Số người',
            value: (a) => (a.peopleReached === null ? '' : formatNumber(a.peopleReached)),
            align: 'right',
          },
          {
            header: 'Kết quả',
            value: (a) => a.results.map((r) => `${r.indicator}=${formatNumber(r.value)}`).join(', '),
          },
          { header: 'Mã', value: (a) => a.id },
        ]),
        '',
        `Tổng cộng: ${formatNumber(activities.length)} hoạt động.`,
      ].join('\n');
    });
  },
});
