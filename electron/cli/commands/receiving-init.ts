/** `init --receiving-unit`: the receiving unit's setup, its options and their rules (issue 10). */
import type { InputOf } from '../../../shared/contract/operations';
import type { ReceivedCommune, ReceivingProfile } from '../../../shared/contract/receiving-types';
import type { CommandContext, OptionSpecs } from '../args';
import { table } from '../output';

export const receivingUnitOptions = {
  'receiving-unit': {
    type: 'boolean',
    help: 'Thiết lập cơ quan nhận báo cáo (cấp trên nhận gói dữ liệu của các xã), không phải hồ sơ xã',
  },
  name: { type: 'string', value: 'TÊN', help: 'Tên cơ quan nhận báo cáo (với --receiving-unit)' },
  signer: { type: 'string', value: 'HỌ_TÊN', help: 'Người ký báo cáo tổng hợp (với --receiving-unit)' },
  'signer-title': {
    type: 'string',
    value: 'CHỨC_VỤ',
    help: 'Chức vụ người ký (với --receiving-unit; mặc định: Giám đốc; "Phó …": cấp phó ký thay, KT.)',
  },
  symbol: {
    type: 'string',
    value: 'KÝ_HIỆU',
    help: 'Ký hiệu báo cáo tổng hợp (với --receiving-unit; mặc định: BC)',
  },
} as const satisfies OptionSpecs;

/** The commune-side options `init --receiving-unit` has no use for. */
const communeOnly = [
  'chairman',
  'chairman-title',
  'vice-chairman',
  'district-name',
  'issuer',
  'place',
  'receiving-level',
  'commune-name',
] as const;

interface ReceivingValues {
  name?: string;
  'province-code': string;
  'province-name'?: string;
  'commune-code': string[];
  signer?: string;
  'signer-title'?: string;
  symbol?: string;
  force: boolean;
}

export function receivingUnitProblem(values: Record<string, unknown>): string | null {
  if (values.name === undefined) return 'Thiếu tùy chọn bắt buộc --name TÊN (tên cơ quan nhận báo cáo).';
  const stray = communeOnly.find((name) => {
    const v = values[name];
    return Array.isArray(v) ? v.length > 0 : v !== undefined;
  });
  if (stray !== undefined) return `Tùy chọn "--${stray}" là của hồ sơ xã, không dùng với --receiving-unit.`;
  return null;
}

/** "21109" or "99001=Xã Mới": a commune from the list, or one typed with its name. */
function communeArg(text: string): { code: string; name: string | null } {
  const at = text.indexOf('=');
  return at < 0
    ? { code: text.trim(), name: null }
    : { code: text.slice(0, at).trim(), name: text.slice(at + 1) };
}

export async function initReceivingUnit(
  { api, out }: CommandContext,
  values: ReceivingValues,
): Promise<void> {
  const input: InputOf<'setupReceivingUnit'> = {
    name: values.name ?? '',
    provinceCode: values['province-code'],
    provinceName: values['province-name'] ?? null,
    signerName: values.signer ?? null,
    signerTitle: values['signer-title'] ?? null,
    symbol: values.symbol ?? null,
    communes: values['commune-code'].map(communeArg),
    ...(values.force ? { force: true } : {}),
  };
  const profile = await api.setupReceivingUnit(input);
  const communes = await api.listReceivedCommunes();
  out.result({ profile, communes }, () => receivingText(profile, communes));
}

function receivingText(profile: ReceivingProfile, communes: readonly ReceivedCommune[]): string {
  return [
    `Đã thiết lập cơ quan nhận báo cáo: ${profile.name}, ${profile.provinceName}.`,
    `Hạn gửi gói tháng: ngày ${profile.deadlineDay} tháng sau.`,
    '',
    communes.length === 0
      ? 'Chưa có xã nào trong danh sách xã gửi báo cáo.'
      : table(communes, [
          { header: 'Mã xã', value: (c) => c.code },
          { header: 'Xã, phường', value: (c) => c.name },
          { header: 'Tỉnh', value: (c) => c.provinceName },
        ]),
  ].join('\n');
}
