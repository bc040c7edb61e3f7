/** `activities import` and `activities template`: a month of activities from a spreadsheet. */
import path from 'node:path';
import { AppError } from '../../../shared/contract/errors';
import type { ActivityImportSummary } from '../../../shared/contract/monthly-types';
import { activityKindLabels } from '../../../shared/domain/activities';
import { isoToVi } from '../../../shared/vi/dates';
import { defineCommand } from '../args';
import { assertReadableFile, assertWritableTarget, readBase64, writeBase64, xlsxPathProblem } from '../files';
import { formatNumber, table } from '../output';
import { problemJson, type FileWrittenJson } from '../shapes';
import { problemLine } from './people';

function importJson(summary: ActivityImportSummary, dryRun: boolean) {
  return {
    fileName: summary.fileName,
    dryRun,
    applied: summary.applied,
    sheetName: summary.sheetName,
    headerRow: summary.headerRow,
    rowsRead: summary.rowsRead,
    added: summary.added,
    importedBefore: summary.importedBefore,
    columns: summary.columns,
    rows: summary.rows,
    errors: summary.errors.map(problemJson),
    warnings: summary.warnings.map(problemJson),
  };
}

function importText(summary: ActivityImportSummary, dryRun: boolean): string {
  const lines = [
    dryRun
      ? `Chạy thử tệp «${summary.fileName}» (chưa ghi gì):`
      : summary.applied
        ? `Đã nhập tệp «${summary.fileName}»:`
        : `Tệp «${summary.fileName}» chưa được nhập:`,
    `  Số dòng hoạt động đọc được: ${formatNumber(summary.rowsRead)}`,
    `  ${summary.applied ? 'Hoạt động đã thêm' : 'Hoạt động sẽ thêm'}: ${formatNumber(summary.added)}`,
    `  Dòng đã nhập trước đây (không nhập lại): ${formatNumber(summary.importedBefore)}`,
  ];
  const fresh = summary.rows.filter((r) => !r.importedBefore);
  if (fresh.length > 0) {
    lines.push(
      '',
      table(fresh, [
        { header: 'Dòng', value: (r) => String(r.row), align: 'right' },
        { header: 'Ngày', value: (r) => isoToVi(r.date) },
        { header: 'Tổ', value: (r) => r.teamName },
        { header: 'Hình thức', value: (r) => activityKindLabels[r.kind] },
        {
          header: 'Kết quả',
          value: (r) => r.results.map((x) => `${x.indicator}=${formatNumber(x.value)}`).join(', '),
        },
      ]),
    );
  }
  if (summary.errors.length > 0) {
    lines.push('', `Lỗi (${formatNumber(summary.errors.length)}):`);
    lines.push(...summary.errors.map((p) => `  ${problemLine(p)}`));
  }
  if (summary.warnings.length > 0) {
    lines.push('', `Cảnh báo (${formatNumber(summary.warnings.length)}):`);
    lines.push(...summary.warnings.map((p) => `  ${problemLine(p)}`));
  }
  return lines.join('\n');
}

export const activitiesImportCommand = defineCommand({
  words: ['activities', 'import'],
  summary: 'Nhập hoạt động của các Tổ từ tệp Excel: tất cả hoặc không gì cả',
  arguments: [
    { name: 'file', value: 'TỆP_EXCEL', help: 'tệp Excel cần nhập (.xlsx; .xls cũ khi máy có LibreOffice)' },
  ],
  details: [
    'Mỗi hoạt động một dòng, dưới dòng tiêu đề có cột "Ngày", "Tổ" (tên Tổ hoặc tên thôn; "xã" cho Tổ cấp xã),',
    '"Hình thức", "Nền tảng" (nhiều nền tảng cách nhau bằng ; hoặc ,), "Địa điểm", "Số người", "Số hộ",',
    'mỗi chỉ tiêu một cột mang tên chỉ tiêu, "Ghi chú" (xem tệp mẫu: "activities template").',
    'Ngày dạng 05/3/2026, ô ngày của Excel hoặc số ngày của Excel; số có thể gõ dạng chữ ("12", "1.200").',
    'Có lỗi (Tổ không có, ngày không có thật, số âm hoặc lẻ, cột không phải tên chỉ tiêu…) thì không nhập gì,',
    'in các lỗi "Dòng N: …" và thoát mã 1. Cảnh báo (có thể trùng, ngày ngoài thời gian hoạt động của Tổ,',
    'dòng trống) không ngăn việc nhập. Nhập lại cùng một tệp không thêm gì ("N dòng đã nhập trước đây").',
    '--dry-run: chỉ chạy thử, không ghi gì (có lỗi vẫn thoát mã 1).',
    'JSON (kể cả khi có lỗi): {fileName, dryRun, applied, sheetName, headerRow, rowsRead, added, importedBefore,',
    'columns: [{header, letter, indicator}], rows: [{row, date, teamId, teamName, kind, platforms, peopleReached,',
    'householdsReached, results, importedBefore}], errors, warnings}; lỗi, cảnh báo là {row, message}.',
  ],
  examples: [
    'activities import hoat-dong-thang-3.xlsx --dry-run',
    'activities import hoat-dong-thang-3.xlsx --json',
  ],
  options: {
    'dry-run': { type: 'boolean', help: 'Chạy thử: chỉ báo sẽ nhập gì và các lỗi, không ghi gì' },
  },
  precheck(values, { cwd }) {
    assertReadableFile(path.resolve(cwd, values.file));
  },
  async run({ api, out, cwd }, values) {
    const file = path.resolve(cwd, values.file);
    const dryRun = values['dry-run'];
    const upload = { fileName: path.basename(file), base64: readBase64(file) };
    const summary = dryRun ? await api.dryRunActivityImport(upload) : await api.applyActivityImport(upload);
    out.result(importJson(summary, dryRun), () => importText(summary, dryRun));
    if (summary.errors.length > 0) {
      throw new AppError(
        'validation',
        `Tệp «${summary.fileName}» có ${formatNumber(summary.errors.length)} lỗi nên chưa nhập gì; ` +
          'hãy sửa các dòng đã nêu rồi nhập lại.',
      );
    }
  },
});

export const activitiesTemplateCommand = defineCommand({
  words: ['activities', 'template'],
  summary: 'Ghi tệp Excel mẫu để nhập hoạt động (một cột cho mỗi chỉ tiêu đang dùng)',
  details: [
    'Trang "Hoạt động" có dòng tiêu đề để điền; trang "Hướng dẫn" liệt kê hình thức, nền tảng và tên chỉ tiêu.',
    'Tệp đã có thì bị ghi đè; thư mục chưa có thì được tạo. Chỉ ghi .xlsx.',
    'JSON: {path, rows}: đường dẫn đầy đủ của tệp và số cột chỉ tiêu trong mẫu.',
  ],
  examples: ['activities template --out mau-hoat-dong.xlsx'],
  options: {
    out: {
      type: 'string',
      required: true,
      value: 'TỆP.xlsx',
      help: 'Tệp Excel sẽ ghi',
      check: xlsxPathProblem,
    },
  },
  precheck(values, { cwd }) {
    assertWritableTarget(path.resolve(cwd, values.out));
  },
  async run({ api, out, cwd }, values) {
    const file = path.resolve(cwd, values.out);
    const download = await api.activityImportTemplate();
    const indicators = (await api.listCatalog({})).indicators.filter((i) => i.active).length;
    writeBase64(file, download.base64);
    const written: FileWrittenJson = { path: file, rows: indicators };
    out.result(
      written,
      () => `Đã ghi tệp mẫu nhập hoạt động (${formatNumber(indicators)} cột chỉ tiêu) vào ${file}.`,
    );
  },
});
