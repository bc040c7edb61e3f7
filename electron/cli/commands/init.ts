import type { InputOf } from '../../../shared/contract/operations';
import { defaultsForUnit } from '../../../shared/domain/profile';
import { defineCommand } from '../args';
import { infoJson } from '../shapes';
import { infoText } from './info';
import { initReceivingUnit, receivingUnitOptions, receivingUnitProblem } from './receiving-init';

export const CHAIRMAN_TITLE = 'Chủ tịch';
export const VICE_CHAIRMAN_TITLE = 'Phó Chủ tịch';

export const initCommand = defineCommand({
  words: ['init'],
  summary:
    'Thiết lập hồ sơ xã (đơn vị, cơ quan ban hành, lãnh đạo), hoặc cơ quan nhận báo cáo (--receiving-unit)',
  details: [
    'Tên tỉnh và tên xã lấy theo mã, từ danh mục đơn vị hành chính sau sắp xếp ngày 01/7/2025.',
    'Đơn vị chưa có trong danh mục: ghi thêm --province-name và --commune-name.',
    'Cơ quan ban hành, địa danh và cấp trên nhận báo cáo được suy ra từ tên xã, tên tỉnh nếu không ghi.',
    'Họ tên Chủ tịch là bắt buộc, vì nó được in ở phần ký của các văn bản.',
    'Cơ sở dữ liệu đã thiết lập thì bị từ chối (mã thoát 1); --force ghi đè hồ sơ xã, giữ nguyên dữ liệu khác.',
    'JSON: như lệnh "info" sau khi thiết lập.',
    '--receiving-unit: thiết lập cơ quan nhận báo cáo (cấp trên nhận gói dữ liệu hằng tháng của các xã) với',
    '--name (tên cơ quan), --province-code và các xã gửi báo cáo (--commune-code, ghi nhiều lần; mã trong danh mục,',
    'hoặc MÃ=TÊN cho xã chưa có trong danh mục). Một tệp dữ liệu là của một xã hoặc của một cơ quan nhận báo cáo,',
    'không thể là cả hai. JSON của --receiving-unit: {profile, communes}.',
  ],
  examples: [
    'init --province-code 51 --commune-code 21109 --chairman "Trần Văn Thành" --vice-chairman "Nguyễn Thị Mỹ Hạnh"',
    'init --province-code 99 --province-name "Tỉnh Mới" --commune-code 99999 --commune-name "Xã Mới" --chairman "Lê Văn A"',
    'init --receiving-unit --name "Sở Khoa học và Công nghệ tỉnh Quảng Ngãi" --province-code 51 --commune-code 21109 --commune-code 21025',
  ],
  options: {
    'province-code': { type: 'string', required: true, value: 'MÃ', help: 'Mã tỉnh, 2 chữ số, ví dụ 51' },
    'commune-code': {
      type: 'string',
      multiple: true,
      value: 'MÃ',
      help: 'Mã xã, phường, 5 chữ số, ví dụ 21109 (bắt buộc; với --receiving-unit: mỗi xã gửi báo cáo một lần)',
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
    chairman: {
      type: 'string',
      value: 'HỌ_TÊN',
      help: 'Họ tên Chủ tịch UBND (bắt buộc, trừ --receiving-unit)',
    },
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
    ...receivingUnitOptions,
  },
  validate(values) {
    if (values['receiving-unit']) return receivingUnitProblem(values);
    const stray = Object.keys(receivingUnitOptions).find(
      (name) => name !== 'receiving-unit' && values[name as keyof typeof receivingUnitOptions] !== undefined,
    );
    if (stray !== undefined) return `Tùy chọn "--${stray}" chỉ dùng với --receiving-unit.`;
    if (values['commune-code'].length !== 1) return 'Hồ sơ xã cần đúng một --commune-code MÃ.';
    if (values.chairman === undefined) return 'Thiếu tùy chọn bắt buộc --chairman HỌ_TÊN.';
    return null;
  },
  async run(ctx, values) {
    if (values['receiving-unit']) return initReceivingUnit(ctx, values);
    const { api, out } = ctx;
    const codes = { provinceCode: values['province-code'], communeCode: values['commune-code'][0] ?? '' };
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
      chairman: { name: values.chairman ?? '', title: values['chairman-title'] ?? CHAIRMAN_TITLE },
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
