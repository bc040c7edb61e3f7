import type { AppInfo } from '../../../shared/contract/types';
import { defineCommand } from '../args';
import { fields, formatNumber } from '../output';
import { countLabel, infoJson } from '../shapes';

/** The readable form of `info`, also printed after `init` and `demo`. */
export function infoText(info: AppInfo): string {
  const lines: string[] = [];
  lines.push(`Tổ CNSCĐ ${info.appVersion} (phiên bản dữ liệu ${info.schemaVersion})`);
  lines.push(`Tệp dữ liệu: ${info.databasePath}`);
  lines.push('');
  const p = info.profile;
  if (p === null) {
    lines.push('Hồ sơ xã: chưa thiết lập (chạy lệnh "init" hoặc "demo").');
  } else {
    lines.push(
      fields([
        ['Xã', `${p.communeName} (mã ${p.communeCode})`],
        ['Tỉnh', `${p.provinceName} (mã ${p.provinceCode})`],
        ...(p.districtName === null ? [] : [['Huyện', p.districtName] as const]),
        ['Cơ quan ban hành', p.issuerName],
        ['Địa danh', p.placeName],
        [p.chairman.title, p.chairman.name],
        ...p.viceChairmen.map((v) => [v.title, v.name] as const),
        ['Cấp trên nhận báo cáo', p.receivingLevel],
      ]),
    );
  }
  lines.push('');
  lines.push('Số bản ghi:');
  lines.push(
    fields(Object.entries(info.counts).map(([key, n]) => [`  ${countLabel(key)}`, formatNumber(Number(n))])),
  );
  return lines.join('\n');
}

export const infoCommand = defineCommand({
  words: ['info'],
  summary: 'Thông tin ứng dụng, hồ sơ xã và số bản ghi',
  details: [
    'JSON: {schemaVersion, appVersion, databasePath, commune, counts}; commune là null khi chưa thiết lập.',
  ],
  examples: ['info', 'info --json'],
  options: {},
  async run({ api, out }) {
    const info = await api.getInfo();
    out.result(infoJson(info), () => infoText(info));
  },
});
