import { describe, expect, it } from 'vitest';
import { settingsInputSchema } from './schemas';
import { updateAddressMessages, updateAddressProblem } from './update-address';

const accepted = [
  '',
  '   ',
  'https://capnhat.example.vn/to-cnscd/',
  'https://10.0.0.5:8443/cap-nhat',
  'http://127.0.0.1:4321/feed/',
  'http://localhost:8080/',
  'http://[::1]:9000/feed',
];

const refused: [string, string][] = [
  ['http://capnhat.example.vn/to-cnscd/', updateAddressMessages.plainHttp],
  ['http://192.168.1.10/', updateAddressMessages.plainHttp],
  // A name that merely starts like the loopback address is another machine.
  ['http://127.0.0.1.example.vn/', updateAddressMessages.plainHttp],
  ['http://localhost.example.vn/', updateAddressMessages.plainHttp],
  ['ftp://capnhat.example.vn/', updateAddressMessages.notHttps],
  ['file:///C:/cap-nhat/', updateAddressMessages.notHttps],
  ['capnhat.example.vn', updateAddressMessages.malformed],
  ['https://cap nhat.example.vn/', updateAddressMessages.malformed],
];

describe('the update address', () => {
  it.each(accepted)('accepts %j', (address) => {
    expect(updateAddressProblem(address)).toBeNull();
    expect(settingsInputSchema.safeParse({ updateUrl: address }).success).toBe(true);
  });

  it.each(refused)('refuses %j with its reason', (address, message) => {
    expect(updateAddressProblem(address)).toBe(message);
    const parsed = settingsInputSchema.safeParse({ updateUrl: address });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.message)).toEqual([message]);
  });

  it('saves the address trimmed', () => {
    expect(settingsInputSchema.parse({ updateUrl: '  https://capnhat.example.vn/  ' }).updateUrl).toBe(
      'https://capnhat.example.vn/',
    );
  });

  it('explains in correctly accented Vietnamese', () => {
    for (const message of Object.values(updateAddressMessages)) {
      expect(message).toBe(message.normalize('NFC'));
      expect(message).toMatch(/Địa chỉ cập nhật/u);
    }
  });
});
