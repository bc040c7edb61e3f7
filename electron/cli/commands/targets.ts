import { defineCommand } from '../args';
import { fields, formatNumber, table } from '../output';
import { numberProblem, toNumber, yearProblem } from './monthly-values';

export const targetsSetCommand = defineCommand({
  words: ['targets', 'set'],
  summary: 'Giao chỉ tiêu năm cho xã (không có --team) hoặc cho một Tổ',
  details: [
    'Đặt lại chỉ tiêu đã có thì thay giá trị cũ. Mã chỉ tiêu: xem "catalog list".',
    'JSON: {id, year, indicator, teamId, teamName, value, updatedAt}; teamId null là chỉ tiêu của xã.',
  ],
  examples: ['targets set --year 2026 --indicator vneid_activated --value 1200'],
  options: {
    year: { type: 'string', required: true, value: 'NĂM', help: 'Năm', check: yearProblem },
    indicator: { type: 'string', required: true, value: 'MÃ', help: 'Mã chỉ tiêu' },
    value: {
      type: 'string',
      required: true,
      value: 'N',
      help: 'Chỉ tiêu cả năm',
      check: numberProblem('Chỉ tiêu'),
    },
    team: { type: 'string', value: 'MÃ_TỔ', help: 'Tổ được giao (không có: chỉ tiêu của xã)' },
  },
  async run({ api, out }, values) {
    const target = await api.setTarget({
      year: Number(values.year),
      indicator: values.indicator,
      value: toNumber(values.value),
      teamId: values.team ?? null,
    });
    out.result(target, () =>
      [
        'Đã ghi chỉ tiêu.',
        fields([
          ['Năm', String(target.year)],
          ['Chỉ tiêu', target.indicator],
          ['Giao cho', target.teamName ?? 'Xã'],
          ['Giá trị', formatNumber(target.value)],
        ]),
      ].join('\n'),
    );
  },
});

export const targetsListCommand = defineCommand({
  words: ['targets', 'list'],
  summary: 'Chỉ tiêu của một năm: của xã, rồi của từng Tổ',
  details: ['JSON: một mảng, cùng dạng với "targets set".'],
  examples: ['targets list --year 2026 --json'],
  options: {
    year: { type: 'string', required: true, value: 'NĂM', help: 'Năm', check: yearProblem },
  },
  async run({ api, out }, values) {
    const targets = await api.listTargets({ year: Number(values.year) });
    out.result(targets, () =>
      targets.length === 0
        ? `Chưa có chỉ tiêu nào cho năm ${values.year}.`
        : table(targets, [
            { header: 'Chỉ tiêu', value: (t) => t.indicator },
            { header: 'Giao cho', value: (t) => t.teamName ?? 'Xã' },
            { header: 'Giá trị', value: (t) => formatNumber(t.value), align: 'right' },
          ]),
    );
  },
});
