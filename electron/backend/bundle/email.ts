/**
 * The e-mail draft of a bundle (issue 10, item 3): an `.eml` file with the receiving level's
 * address, a Vietnamese subject and body and the bundle attached, marked `X-Unsent: 1` so that
 * Outlook (and Thunderbird, which reads it too) opens it as a draft: the officer checks it and
 * presses Send in the mail program the office already uses. Nothing is sent from here.
 */
import MailComposer from 'nodemailer/lib/mail-composer';
import type { BundleExport } from '../../../shared/contract/bundle-types';
import { AppError } from '../../../shared/contract/errors';
import type { FileDownload, Profile } from '../../../shared/contract/types';
import { isoToVi } from '../../../shared/vi/dates';
import type { BackendContext } from '../context';
import { requireProfile } from '../profile/profile-service';
import { getBundleSettings } from './bundle-settings';
import { exportedBundle } from './export-service';

/** "Xã Đông Sơn" → "xã Đông Sơn" (inside a sentence). */
function lowerFirst(text: string): string {
  return text.replace(/^\p{Lu}/u, (c) => c.toLocaleLowerCase('vi'));
}

export function emailSubject(profile: Profile, record: BundleExport): string {
  return `[Tổ CNSCĐ] ${profile.communeName} gửi số liệu ${record.periodLabel.toLocaleLowerCase('vi')}`;
}

export function emailBody(profile: Profile, record: BundleExport): string {
  return [
    `Kính gửi: ${profile.receivingLevel}`,
    '',
    `Ủy ban nhân dân ${lowerFirst(profile.communeName)} gửi gói số liệu ` +
      `hoạt động của Tổ Công nghệ số cộng đồng ${record.periodLabel.toLocaleLowerCase('vi')} ` +
      `(số liệu từ ngày ${isoToVi(record.from)} đến ngày ${isoToVi(record.to)}).`,
    '',
    `Tệp đính kèm: ${record.fileName}`,
    `Mã kiểm tra SHA-256: ${record.sha256}`,
    `Dấu vân tay khóa ký của xã: ${record.fingerprint}`,
    '',
    'Đề nghị quý cơ quan nhập tệp vào phần mềm Tổ CNSCĐ (mục Nhận báo cáo); phần mềm tự kiểm tra chữ ký',
    'và tính toàn vẹn của gói số liệu.',
    '',
    'Trân trọng.',
    '',
  ].join('\n');
}

/** The `.eml` bytes for an export. */
export async function composeEmail(
  profile: Profile,
  record: BundleExport,
  bundle: Buffer,
  to: string,
): Promise<Buffer> {
  const composer = new MailComposer({
    to,
    subject: emailSubject(profile, record),
    text: emailBody(profile, record),
    headers: { 'X-Unsent': '1' },
    attachments: [{ filename: record.fileName, content: bundle, contentType: 'application/zip' }],
  });
  return composer.compile().build();
}

export async function emailBundle(
  ctx: BackendContext,
  id: string,
  to: string | undefined,
): Promise<FileDownload> {
  const profile = await requireProfile(ctx.db);
  const address = to ?? (await getBundleSettings(ctx.db)).receivingEmail;
  if (address === '') {
    throw new AppError(
      'validation',
      'Chưa có địa chỉ thư điện tử của cấp nhận báo cáo. Hãy ghi địa chỉ đó trong Cài đặt (mục Gửi số liệu) ' +
        'hoặc nhập địa chỉ người nhận. Chưa ghi gì.',
      { fields: [{ path: 'to', message: 'Chưa có địa chỉ người nhận.' }] },
    );
  }
  const { record, bytes } = await exportedBundle(ctx, id);
  const eml = await composeEmail(profile, record, bytes, address);
  return { fileName: record.fileName.replace(/\.zip$/u, '.eml'), base64: eml.toString('base64') };
}
