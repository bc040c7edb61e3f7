/**
 * The one rule for the update address (the `updateUrl` setting): empty, or https. A plain http
 * address could be answered by anyone on the office network, so it is refused, except on this
 * machine's own loopback address (the tests' local feed). Checked by the settings schema and
 * again by the updater before every check.
 */
import { z } from 'zod';

/** Host names that never leave this machine (URL.hostname writes IPv6 in brackets). */
const loopbackHosts = new Set(['127.0.0.1', '[::1]', 'localhost']);

export const updateAddressMessages = {
  notText: 'Địa chỉ cập nhật phải là chữ.',
  malformed:
    'Địa chỉ cập nhật không đúng dạng. Hãy nhập đầy đủ, ví dụ https://capnhat.example.vn/to-cnscd/, hoặc để trống.',
  notHttps:
    'Địa chỉ cập nhật phải bắt đầu bằng https:// (kết nối được mã hoá), hoặc để trống. ' +
    'Hãy hỏi đơn vị cấp trên địa chỉ https của máy chủ cập nhật.',
  plainHttp:
    'Địa chỉ cập nhật dùng http:// không mã hoá: máy khác trong mạng có thể giả làm máy chủ cập nhật. ' +
    'Hãy dùng địa chỉ https://, hoặc để trống.',
} as const;

/** Why `address` cannot be the update address, or null when it can (empty included). */
export function updateAddressProblem(address: string): string | null {
  const value = address.trim();
  if (value === '') return null;
  if (/\s/u.test(value)) return updateAddressMessages.malformed;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return updateAddressMessages.malformed;
  }
  if (url.protocol === 'https:') return url.hostname === '' ? updateAddressMessages.malformed : null;
  if (url.protocol === 'http:')
    return loopbackHosts.has(url.hostname) ? null : updateAddressMessages.plainHttp;
  return updateAddressMessages.notHttps;
}

export const updateUrlSchema = z
  .string({ error: updateAddressMessages.notText })
  .trim()
  .superRefine((value, ctx) => {
    const problem = updateAddressProblem(value);
    if (problem !== null) ctx.addIssue({ code: 'custom', message: problem });
  });
