/**
 * `bundle email`: the period's bundle exported and an e-mail draft (.eml) written with it
 * attached, for the mail program the office already uses (issue 10).
 */
import fs from 'node:fs';
import path from 'node:path';
import { emailAddressSchema } from '../../../shared/contract/bundle-schemas';
import { AppError } from '../../../shared/contract/errors';
import { schemaProblem } from '../../../shared/contract/schemas';
import { defineCommand } from '../args';
import { assertWritableTarget, writeBase64 } from '../files';
import { formatNumber } from '../output';
import { periodOption } from './bundle-export';

export const bundleEmailCommand = defineCommand({
  words: ['bundle', 'email'],
  summary: 'Thư nháp .eml gửi cấp trên, đính kèm gói số liệu của kỳ (mở bằng Outlook rồi bấm Gửi)',
  details: [
    'Xuất gói số liệu của kỳ (ghi lại lần xuất như "bundle export") và viết thư nháp: người nhận,',
    'tiêu đề và nội dung tiếng Việt, tệp .zip đính kèm, dấu X-Unsent: 1 để Outlook mở thành thư chưa gửi.',
    'Không gửi gì. --to mặc định là địa chỉ cấp nhận báo cáo trong Cài đặt.',
    'JSON: {path, to, bundle, sha256, period}.',
  ],
  examples: ['bundle email --period 2026-03 --to vanthu.skhcn@quangngai.gov.vn --out thu-thang-3.eml'],
  options: {
    period: periodOption,
    to: {
      type: 'string',
      value: 'ĐỊA_CHỈ',
      help: 'Địa chỉ thư điện tử người nhận',
      check: (value: string) => schemaProblem(emailAddressSchema, value),
    },
    out: { type: 'string', required: true, value: 'TỆP.eml', help: 'Tệp thư nháp sẽ ghi' },
  },
  validate(values) {
    return /\.eml$/iu.test(values.out) ? null : `Tệp thư nháp phải có đuôi .eml, không nhận «${values.out}».`;
  },
  precheck(values, { cwd }) {
    assertWritableTarget(path.resolve(cwd, values.out));
  },
  async run({ api, out, cwd }, values) {
    const settings = await api.getBundleSettings();
    const to = values.to ?? settings.receivingEmail;
    if (to === '') {
      throw new AppError(
        'validation',
        'Chưa có địa chỉ người nhận: hãy ghi --to ĐỊA_CHỈ, hoặc ghi địa chỉ cấp nhận báo cáo trong Cài đặt. Chưa ghi gì.',
      );
    }
    const made = await api.exportBundle({ period: values.period });
    const eml = await api.emailBundle({ id: made.id, to });
    const target = path.resolve(cwd, values.out);
    writeBase64(target, eml.base64);
    out.result({ path: target, to, bundle: made.fileName, sha256: made.sha256, period: made.period }, () =>
      [
        `Thư nháp gửi ${to}: ${target}`,
        `  Đính kèm: ${made.fileName} (${formatNumber(fs.statSync(target).size)} byte thư)`,
        '  Mở tệp .eml bằng Outlook hoặc Thunderbird, kiểm tra rồi bấm Gửi.',
      ].join('\n'),
    );
  },
});
