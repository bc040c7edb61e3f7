import { defineCommand } from '../args';
import { formatNumber } from '../output';
import { infoJson } from '../shapes';
import { infoText } from './info';

export const demoCommand = defineCommand({
  words: ['demo'],
  summary: 'Nạp dữ liệu mẫu (Xã Đông Sơn, tỉnh Quảng Ngãi) vào cơ sở dữ liệu trống',
  details: [
    'Cơ sở dữ liệu đã có dữ liệu thì bị từ chối (mã thoát 1), để dữ liệu mẫu không lẫn với dữ liệu thật.',
    'Với --force: XÓA HẾT dữ liệu đang có rồi nạp dữ liệu mẫu (trong một giao dịch).',
    'JSON: như lệnh "info" sau khi nạp.',
  ],
  examples: ['--db thu.sqlite3 demo', 'demo --force --json'],
  options: {
    force: { type: 'boolean', help: 'Xóa dữ liệu đang có rồi nạp dữ liệu mẫu' },
  },
  async run({ api, out }, values) {
    // The same operation as the application's button; --force asks it to empty the database first.
    const info = await api.loadDemo(values.force ? { force: true } : undefined);
    out.result(infoJson(info), () =>
      [
        `Đã nạp dữ liệu mẫu: ${info.profile?.communeName ?? ''}, ` +
          `${formatNumber(info.counts.villages)} thôn, tổ dân phố.`,
        '',
        infoText(info),
      ].join('\n'),
    );
  },
});
