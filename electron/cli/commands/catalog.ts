import { pillarLabels } from '../../../shared/domain/activities';
import { defineCommand } from '../args';
import { table } from '../output';

export const catalogListCommand = defineCommand({
  words: ['catalog', 'list'],
  summary: 'Danh mục chỉ tiêu (và nền tảng số) dùng để ghi kết quả hoạt động',
  details: [
    'Gồm cả chỉ tiêu đã ngừng sử dụng (active false): kết quả cũ của chúng vẫn được giữ.',
    'JSON: một mảng [{code, name, unit, pillar, platform, active}]; pillar là "digital_government"',
    '(chính quyền số), "digital_economy" (kinh tế số) hoặc "digital_society" (xã hội số); platform là mã',
    'nền tảng số hoặc null.',
  ],
  examples: ['catalog list', 'catalog list --json'],
  options: {},
  async run({ api, out }) {
    const catalog = await api.listCatalog({ includeRetired: true });
    out.result(
      catalog.indicators.map((i) => ({
        code: i.code,
        name: i.name,
        unit: i.unit,
        pillar: i.pillar,
        platform: i.platform,
        active: i.active,
      })),
      () =>
        [
          table(catalog.indicators, [
            { header: 'Mã', value: (i) => i.code },
            { header: 'Chỉ tiêu', value: (i) => i.name },
            { header: 'Đơn vị', value: (i) => i.unit },
            { header: 'Trụ cột', value: (i) => pillarLabels[i.pillar] },
            { header: 'Nền tảng', value: (i) => i.platform ?? '' },
            { header: 'Trạng thái', value: (i) => (i.active ? 'Đang dùng' : 'Ngừng sử dụng') },
          ]),
          '',
          `Nền tảng số: ${catalog.platforms.map((p) => `${p.code} (${p.name})`).join('; ')}.`,
        ].join('\n'),
    );
  },
});
