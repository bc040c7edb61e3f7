import { villageKindLabels } from '../../../shared/domain/villages';
import { defineCommand } from '../args';
import { formatNumber, table } from '../output';
import { villageJson } from '../shapes';

export const villagesListCommand = defineCommand({
  words: ['villages', 'list'],
  summary: 'Danh sách thôn, tổ dân phố (theo thứ tự chữ cái tiếng Việt)',
  details: [
    'JSON: một mảng [{id, name, kind, households}]; kind là "thon" (thôn) hoặc "to_dan_pho" (tổ dân phố).',
  ],
  examples: ['villages list', 'villages list --json'],
  options: {},
  async run({ api, out }) {
    const villages = await api.listVillages();
    out.result(villages.map(villageJson), () => {
      if (villages.length === 0) return 'Chưa có thôn, tổ dân phố nào.';
      const households = villages.reduce((sum, v) => sum + v.households, 0);
      const rural = villages.filter((v) => v.kind === 'thon').length;
      return [
        table(villages, [
          { header: 'STT', value: (_v, i) => String(i + 1), align: 'right' },
          { header: 'Tên', value: (v) => v.name },
          { header: 'Loại', value: (v) => villageKindLabels[v.kind] },
          { header: 'Số hộ', value: (v) => formatNumber(v.households), align: 'right' },
        ]),
        '',
        `Tổng cộng: ${formatNumber(villages.length)} đơn vị (${formatNumber(rural)} thôn, ` +
          `${formatNumber(villages.length - rural)} tổ dân phố), ${formatNumber(households)} hộ.`,
      ].join('\n');
    });
  },
});
