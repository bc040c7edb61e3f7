/** `keys show`: the commune's signing key — its fingerprint to read out, its public key (issue 10). */
import { defineCommand } from '../args';
import { fields } from '../output';

export const keysShowCommand = defineCommand({
  words: ['keys', 'show'],
  summary: 'Khóa ký gói số liệu của xã: dấu vân tay (đọc cho cấp trên qua điện thoại) và khóa công khai',
  details: [
    'Khóa được tạo khi thiết lập hồ sơ xã (hoặc lần mở đầu tiên với dữ liệu cũ), lưu trong thư mục',
    'keys/ cạnh tệp dữ liệu; khóa bí mật không bao giờ in ra. Chưa thiết lập hồ sơ xã: mã 1.',
    'JSON: {fingerprint, publicKey, createdAt}; publicKey là khóa Ed25519 32 byte dạng base64.',
  ],
  examples: ['keys show', 'keys show --json'],
  options: {},
  async run({ api, out }) {
    const key = await api.getCommuneKey();
    out.result({ fingerprint: key.fingerprint, publicKey: key.publicKey, createdAt: key.createdAt }, () =>
      fields([
        ['Dấu vân tay', key.fingerprint],
        ['Khóa công khai', key.publicKey],
        ['Ngày tạo', key.createdAt.slice(0, 10).split('-').reverse().join('/')],
      ]),
    );
  },
});
