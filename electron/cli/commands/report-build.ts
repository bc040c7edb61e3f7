/**
 * `report build`: the periodic report registered in the outgoing register and written to a .docx
 * (and its figures to an .xlsx), as a draft — the copy for signing, number and date left blank —
 * or issued at once, like `decision found --issue`. Making (and issuing) is one operation and one
 * transaction (createReport): a refusal leaves no draft and takes no number. The officer's
 * sections II–IV come from a JSON file, checked by the contract's schema before the database is
 * opened, or from last period's report.
 */
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/contract/errors';
import { periodSchema } from '../../../shared/contract/monthly-schemas';
import { reportTextsSchema, type ReportTexts } from '../../../shared/contract/report-schemas';
import type { ReportMade } from '../../../shared/contract/report-types';
import { schemaProblem } from '../../../shared/contract/schemas';
import { isoToVi, todayIso } from '../../../shared/vi/dates';
import { defineCommand, UsageError } from '../args';
import {
  assertReadableFile,
  assertWritableTarget,
  docxPathProblem,
  writeBase64,
  xlsxPathProblem,
} from '../files';
import { issueOptions, issueProblem } from './decisions';
import { checkScope, scopeOption } from './report';

/** The sections of a --text-file: JSON checked by reportTextsSchema; what is wrong says how to fix it. */
function textsFromFile(file: string): ReportTexts {
  assertReadableFile(file, 'tệp JSON nội dung báo cáo');
  let value: unknown;
  try {
    value = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    throw new UsageError(
      `Tệp «${file}» không phải JSON đúng cú pháp. Tệp cần có dạng ` +
        '{"difficulties": "…", "proposals": "…", "nextTasks": "…"}, mỗi đoạn một dòng (\\n). Chưa ghi gì.',
    );
  }
  const parsed = reportTextsSchema.safeParse(value);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  - ${issue.message}`);
    throw new UsageError(
      [`Nội dung tệp «${file}» chưa dùng được:`, ...problems, 'Hãy sửa tệp rồi chạy lại. Chưa ghi gì.'].join(
        '\n',
      ),
    );
  }
  return parsed.data;
}

function reportTitle(made: ReportMade): string {
  const doc = made.document;
  return doc.numberText === null
    ? 'Bản trình ký báo cáo (để trống số và ngày)'
    : `Báo cáo số ${doc.numberText}${doc.date === null ? '' : ` ngày ${isoToVi(doc.date)}`}`;
}

export const reportBuildCommand = defineCommand({
  words: ['report', 'build'],
  summary: 'Báo cáo định kỳ ra tệp Word (.docx) và Excel: bản trình ký hoặc bản đã ban hành, ghi vào sổ',
  details: [
    'KỲ như "report data": 2026-03, 2026-Q1, 2026-H1, 2026-H2, 2026-9M, 2026. Kỳ chưa kết thúc vẫn lập được,',
    'kèm cảnh báo "số liệu chưa chốt" (các cảnh báo của số liệu in ra stderr).',
    'Nội dung mục II–IV (khó khăn; đề xuất; nhiệm vụ kỳ tới): --text-file TỆP.json dạng',
    '{"difficulties": "…", "proposals": "…", "nextTasks": "…"} (mỗi đoạn một dòng); không có thì lấy nội',
    'dung của báo cáo kỳ trước. Tệp sai: mã thoát 2, nói rõ chỗ sai, không ghi gì.',
    'Không có --issue: bản trình ký, để trống số và ngày; báo cáo ở lại trong sổ dạng dự thảo. Chạy lại cho',
    'cùng kỳ thì sửa dự thảo đó (mỗi kỳ một báo cáo). Có --issue: cấp số (--number, mặc định số tiếp theo',
    'của sổ năm đó) và ngày (--date, mặc định hôm nay) trong cùng một lần ghi, lưu lại số liệu khi ban hành.',
    'JSON: {id, status, number, numberText, date, period, summary, path, xlsx, warnings: [{code, message}]};',
    'number, numberText, date là null với dự thảo; xlsx là null khi không có --xlsx.',
    '--scope received (ở cơ quan nhận báo cáo): báo cáo tổng hợp các xã với tiêu đề, ký hiệu, người ký theo',
    'thông tin của cơ quan, kèm Biểu tổng hợp theo xã; bản trình ký (để trống số và ngày, không dùng --issue),',
    'cần --text-file. JSON: {period, path, xlsx, communes: {received, total}, warnings: [{code, message}]}.',
  ],
  examples: [
    'report build --period 2026-03 --out bao-cao-thang-3.docx --text-file noi-dung.json',
    'report build --period 2026-Q1 --out bc-quy-1.docx --xlsx bc-quy-1.xlsx --issue --number 15 --date 2026-03-16',
    'report build --scope received --period 2026-03 --out tong-hop-thang-3.docx --text-file noi-dung.json',
  ],
  options: {
    period: {
      type: 'string',
      required: true,
      value: 'KỲ',
      help: 'Kỳ báo cáo',
      check: (value: string) => schemaProblem(periodSchema, value),
    },
    out: { type: 'string', required: true, value: 'TỆP.docx', help: 'Tệp .docx sẽ ghi' },
    xlsx: { type: 'string', value: 'TỆP.xlsx', help: 'Ghi thêm các biểu số liệu ra Excel' },
    'text-file': { type: 'string', value: 'TỆP.json', help: 'Nội dung mục II–IV (mặc định: của kỳ trước)' },
    issue: issueOptions.issue,
    number: issueOptions.number,
    date: issueOptions.date,
    scope: scopeOption,
  },
  validate(values) {
    if (values.scope === 'received' && values.issue) {
      return (
        'Báo cáo tổng hợp (--scope received) được ghi ra tệp dạng bản trình ký, để trống số và ngày; ' +
        'số và ngày do văn thư của cơ quan cấp. Bỏ --issue, --number, --date.'
      );
    }
    if (values.scope === 'received' && values['text-file'] === undefined) {
      return (
        'Báo cáo tổng hợp (--scope received) cần nội dung mục II–IV: hãy ghi vào một tệp JSON ' +
        '{"difficulties": "…", "proposals": "…", "nextTasks": "…"} rồi thêm --text-file TỆP.json.'
      );
    }
    return (
      docxPathProblem(values.out) ??
      (values.xlsx === undefined ? null : xlsxPathProblem(values.xlsx)) ??
      issueProblem({ ...values, 'confirm-warnings': false })
    );
  },
  precheck(values, { cwd }) {
    assertWritableTarget(path.resolve(cwd, values.out));
    if (values.xlsx !== undefined) assertWritableTarget(path.resolve(cwd, values.xlsx));
    if (values['text-file'] !== undefined) textsFromFile(path.resolve(cwd, values['text-file']));
  },
  async run({ api, out, cwd }, values) {
    const received = values.scope === 'received';
    await checkScope(api, received);
    const textFile = values['text-file'];
    if (received && textFile !== undefined) {
      const texts = textsFromFile(path.resolve(cwd, textFile));
      const figures = await api.getAggregateData({ period: values.period });
      for (const warning of figures.warnings) out.warn(warning.message);
      const docx = path.resolve(cwd, values.out);
      const xlsx = values.xlsx === undefined ? null : path.resolve(cwd, values.xlsx);
      const file = (format: 'docx' | 'xlsx') =>
        api.aggregateReportFile({ period: values.period, format, texts });
      writeBase64(docx, (await file('docx')).base64);
      if (xlsx !== null) writeBase64(xlsx, (await file('xlsx')).base64);
      const sent = figures.communes.filter((c) => c.received).length;
      out.result(
        {
          period: figures.period.code,
          path: docx,
          xlsx,
          communes: { received: sent, total: figures.communes.length },
          warnings: figures.warnings.map((w) => ({ code: w.code, message: w.message })),
        },
        () =>
          [
            `Báo cáo tổng hợp ${figures.period.label.toLocaleLowerCase('vi')} (bản trình ký, để trống số và ngày): ` +
              `${sent}/${figures.communes.length} xã, phường đã gửi số liệu.`,
            `  Tệp: ${docx}`,
            ...(xlsx === null ? [] : [`  Biểu số liệu: ${xlsx}`]),
          ].join('\n'),
      );
      return;
    }
    const texts =
      textFile === undefined
        ? await api.lastReportTexts({ period: values.period })
        : textsFromFile(path.resolve(cwd, textFile));
    if (texts === null) {
      throw new AppError(
        'validation',
        'Chưa có báo cáo kỳ trước để lấy nội dung mục II–IV. Hãy ghi nội dung vào một tệp JSON ' +
          '{"difficulties": "…", "proposals": "…", "nextTasks": "…"} rồi chạy lại với --text-file TỆP.json. Chưa ghi gì.',
      );
    }
    const made = await api.createReport({
      period: values.period,
      texts,
      replaceDraft: true,
      issue: values.issue
        ? {
            number: values.number === undefined ? null : Number(values.number),
            date: values.date ?? todayIso(),
          }
        : null,
    });
    for (const warning of made.figures.warnings) out.warn(warning.message);
    const docx = path.resolve(cwd, values.out);
    const xlsx = values.xlsx === undefined ? null : path.resolve(cwd, values.xlsx);
    const id = made.document.id;
    writeBase64(docx, (await api.renderDocument({ id, format: 'docx' })).base64);
    if (xlsx !== null) writeBase64(xlsx, (await api.reportWorkbook({ id })).base64);
    const doc = made.document;
    out.result(
      {
        id,
        status: doc.status,
        number: doc.number,
        numberText: doc.numberText,
        date: doc.date,
        period: made.figures.period.code,
        summary: doc.summary,
        path: docx,
        xlsx,
        warnings: made.figures.warnings.map((w) => ({ code: w.code, message: w.message })),
      },
      () =>
        [
          `${reportTitle(made)}: ${doc.summary}`,
          `  Tệp: ${docx}`,
          ...(xlsx === null ? [] : [`  Biểu số liệu: ${xlsx}`]),
          doc.status === 'draft'
            ? '  Dự thảo ở trong sổ văn bản; ban hành bằng --issue (chạy lại) hoặc trong ứng dụng.'
            : '  Đã ban hành: số và ngày đã ghi vào sổ văn bản đi; số liệu khi ban hành được lưu lại.',
        ].join('\n'),
    );
  },
});
