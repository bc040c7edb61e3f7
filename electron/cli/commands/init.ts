import type { InputOf } from '../../../shared/contract/operations';
import { defaultsForUnit } from '../../../shared/domain/profile';
import { defineCommand } from '../args';
import { infoJson } from '../shapes';
import { infoText } from './info';

export const CHAIRMAN_TITLE = 'Chủ tịch';
export const VICE_CHAIRMAN_TITLE = 'Phó Chủ tịch';

export const initCommand = defineCommand({
  words: ['init'],
  summary: 'Thiết lập hồ sơ xã (đơn vị, cơ quan ban hành, lãnh đạo)',
  details: [
    'Tên tỉnh và tên xã lấy theo mã, từ danh mục đơn vị hành chính sau sắp xếp ngày 01/7/2025.',
    'Đơn vị chưa có trong danh mục: ghi thêm --province-name và --commune-name.',
    'Cơ quan ban hành, địa danh và cấp trên nhận báo cáo được suy ra từ tên xã, tên tỉnh nếu không ghi.',
    'Họ tên Chủ tịch là bắt buộc, vì nó được in ở phần ký của các văn bản.',
    'Cơ sở dữ liệu đã thiết lập thì bị từ chối (mã thoát 1); --force ghi đè hồ sơ xã, giữ nguyên dữ liệu khác.',
    'JSON: như lệnh "info" sau khi thiết lập.',
  ],
  examples: [
    'init --province-code 51 --commune-code 21109 --chairman "Trần Văn Thành" --vice-chairman "Nguyễn Thị Mỹ Hạnh"',
    'init --province-code 99 --province-name "Tỉnh Mới" --commune-code 99999 --commune-name "Xã Mới" --chairman "Lê Văn A"',
  ],
  options: {
    'province-code': { type: 'string', required: true, value: 'MÃ', help: 'Mã tỉnh, 2 chữ số, ví dụ 51' },
    'commune-code': {
      type: 'string',
      required: true,
      value: 'MÃ',
      help: 'Mã xã, phường, 5 chữ số, ví dụ 21109',
    },
    'province-name': { type: 'string', value: 'TÊN', help: 'Tên tỉnh, khi mã không có trong danh mục' },
    'commune-name': { type: 'string', value: 'TÊN', help: 'Tên xã, phường, khi mã không có trong danh mục' },
    'district-name': {
      type: 'string',
      value: 'TÊN',
      help: 'Tên huyện cũ, nếu văn bản cần ghi (mặc định: không)',
    },
    issuer: {
      type: 'string',
      value: 'TÊN',
      help: 'Tên cơ quan ban hành (mặc định: ỦY BAN NHÂN DÂN XÃ …, theo tên xã)',
    },
    place: { type: 'string', value: 'TÊN', help: 'Địa danh ghi ngày tháng (mặc định: theo tên xã)' },
    'receiving-level': {
      type: 'string',
      value: 'TÊN',
      help: 'Cơ quan cấp trên nhận báo cáo (mặc định: Sở Khoa học và Công nghệ tỉnh …)',
    },
    chairman: { type: 'string', required: true, value: 'HỌ_TÊN', help: 'Họ tên Chủ tịch UBND' },
    'chairman-title': {
      type: 'string',
      value: 'CHỨC_VỤ',
      help: `Chức vụ người ký (mặc định: ${CHAIRMAN_TITLE}; ví dụ: Quyền Chủ tịch)`,
    },
    'vice-chairman': {
      type: 'string',
      multiple: true,
      value: 'HỌ_TÊN',
      help: 'Họ tên một Phó Chủ tịch, tối đa 4 người',
    },
    force: { type: 'boolean', help: 'Thiết lập lại dù cơ sở dữ liệu đã có hồ sơ xã' },
  },
  async run({ api, out }, values) {
    const codes = { provinceCode: values['province-code'], communeCode: values['commune-code'] };
    const unit = await api.resolveUnit({
      ...codes,
      provinceName: values['province-name'] ?? null,
      communeName: values['commune-name'] ?? null,
    });
    const defaults = defaultsForUnit(unit.communeName, unit.provinceName);
    const input: InputOf<'setupProfile'> = {
      provinceCode: codes.provinceCode,
      provinceName: unit.provinceName,
      districtName: values['district-name'] ?? null,
      communeCode: codes.communeCode,
      communeName: unit.communeName,
      issuerName: values.issuer ?? defaults.issuerName,
      placeName: values.place ?? defaults.placeName,
      chairman: { name: values.chairman, title: values['chairman-title'] ?? CHAIRMAN_TITLE },
      viceChairmen: values['vice-chairman'].map((name) => ({ name, title: VICE_CHAIRMAN_TITLE })),
      receivingLevel: values['receiving-level'] ?? defaults.receivingLevel,
      ...(values.force ? { force: true } : {}),
    };
    await api.setupProfile(input);
    const info = await api.getInfo();
    out.result(infoJson(info), () =>
      [`Đã thiết lập hồ sơ cho ${unit.communeName}, ${unit.provinceName}.`, '', infoText(info)].join('\n'),
    );
  },
});
