import path from 'node:path';
import { AppError } from '../../../shared/contract/errors';
import type { InputOf } from '../../../shared/contract/operations';
import type { ImportConflictAction } from '../../../shared/contract/schemas';
import type {
  ImportConflict,
  ImportFill,
  ImportProblem,
  ImportSummary,
  Person,
} from '../../../shared/contract/types';
import { genderLabels } from '../../../shared/domain/teams';
import { isoToVi } from '../../../shared/vi/dates';
import { formatPhone } from '../../../shared/vi/phone';
import { defineCommand } from '../args';
import { assertReadableFile, assertWritableTarget, readBase64, writeBase64, xlsxPathProblem } from '../files';
import { fields, formatNumber, table } from '../output';
import { importJson, personJson, type FileWrittenJson } from '../shapes';
import { dateProblem } from '../checks';

/** A problem as one line: "Dòng N: …" (the backend's messages already start so), or as is for the file. */
export function problemLine(problem: ImportProblem): string {
  if (problem.row <= 0 || problem.message.startsWith(`Dòng ${problem.row}`)) return problem.message;
  return `Dòng ${problem.row}: ${problem.message}`;
}

function namesOrNone(names: readonly string[]): string {
  return names.length === 0 ? 'không' : `${formatNumber(names.length)} (${names.join('; ')})`;
}

const actionLabels: Record<ImportConflictAction, string> = {
  same: 'cùng một người',
  new: 'người mới',
  skip: 'bỏ qua dòng',
};

function conflictLine(c: ImportConflict): string {
  const decided = c.action === null ? 'chưa quyết định' : `xử lý: ${actionLabels[c.action]}`;
  return `Dòng ${c.row}: ${c.fullName} — ${c.reason} (${decided}).`;
}

/** "Dòng 5: Nguyễn Thị Huệ — Số điện thoại 0912 345 678; Thôn, tổ dân phố Thôn An Hải." */
function fillLine(fill: ImportFill): string {
  const fields = fill.fields.map((f) => `${f.label} ${f.value}`).join('; ');
  return `Dòng ${fill.row}: ${fill.fullName} — ${fields}.`;
}

function startDateLine(summary: ImportSummary): string {
  const { startDate } = summary;
  const own =
    startDate.rowsWithOwnDate > 0
      ? ` ${formatNumber(startDate.rowsWithOwnDate)} dòng có ngày riêng (cột ngày bắt đầu).`
      : '';
  if (startDate.rowsWithoutOwnDate === 0) return own.trim() || 'không có thành viên mới.';
  if (startDate.date === null && startDate.titleText !== null) {
    return `chưa có: ngày ở tiêu đề bảng tính «${startDate.titleText}» không dùng được; hãy ghi --start-date YYYY-MM-DD hoặc sửa tiêu đề.${own}`;
  }
  if (startDate.date === null) {
    return `chưa có: bảng tính không có cột ngày bắt đầu hay ngày quyết định ở tiêu đề; hãy ghi --start-date YYYY-MM-DD.${own}`;
  }
  const from =
    startDate.source === 'typed'
      ? 'theo --start-date'
      : `theo tiêu đề bảng tính «${startDate.titleText ?? ''}»`;
  return `${isoToVi(startDate.date)} (${from}).${own}`;
}

function importText(summary: ImportSummary, dryRun: boolean): string {
  const file = `«${summary.fileName}»`;
  const heading =
    summary.errors.length > 0
      ? `Tệp ${file} có ${formatNumber(summary.errors.length)} lỗi nên chưa nhập gì. Hãy sửa rồi chạy lại.`
      : dryRun
        ? `Chạy thử tệp ${file}: chưa ghi gì vào dữ liệu. Nếu đúng, chạy lại không có --dry-run để nhập.`
        : summary.applied
          ? `Đã nhập tệp ${file}.`
          : `Chưa nhập tệp ${file}: còn việc cần quyết định (xem dưới).`;
  const verb = summary.applied ? 'Đã' : 'Sẽ';
  const lines = [
    heading,
    '',
    fields([
      ['  Số dòng người đọc được', formatNumber(summary.rowsRead)],
      [`  ${verb} thêm người mới`, formatNumber(summary.people.added)],
      ['  Người đã có (không thêm lại)', formatNumber(summary.people.matched)],
      ['  Dòng trùng bỏ qua', formatNumber(summary.people.skipped)],
      [`  ${verb} xếp thành viên vào Tổ`, formatNumber(summary.memberships.added)],
      ['  Thành viên đã có trong Tổ', formatNumber(summary.memberships.unchanged)],
      ['  Ngày bắt đầu tham gia Tổ', startDateLine(summary)],
      [`  ${verb} tạo thôn, tổ dân phố`, namesOrNone(summary.villagesCreated)],
      [`  ${verb} lập Tổ CNSCĐ`, namesOrNone(summary.teamsCreated)],
    ]),
  ];
  if (summary.matches.length > 0) {
    lines.push('', `Người đã có trong sổ (${formatNumber(summary.matches.length)}):`);
    lines.push(...summary.matches.map((m) => `  Dòng ${m.row}: ${m.fullName} — ${m.reason}.`));
  }
  if (summary.fills.length > 0) {
    lines.push(
      '',
      `${summary.applied ? 'Đã bổ sung' : 'Sẽ bổ sung'} thông tin còn trống của người đã có trong sổ (${formatNumber(summary.fills.length)}):`,
    );
    lines.push(...summary.fills.map((f) => `  ${fillLine(f)}`));
  }
  if (summary.conflicts.length > 0) {
    lines.push('', `Dòng trùng cần quyết định (${formatNumber(summary.conflicts.length)}):`);
    lines.push(...summary.conflicts.map((c) => `  ${conflictLine(c)}`));
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

/** Why the backend did not write the sheet, as one message for stderr (exit 1), or null. */
function refusal(summary: ImportSummary): string | null {
  const name = `«${summary.fileName}»`;
  if (summary.errors.length > 0) {
    return (
      `Tệp ${name} có ${formatNumber(summary.errors.length)} lỗi nên chưa nhập gì; ` +
      'hãy sửa các dòng đã nêu rồi nhập lại.'
    );
  }
  const undecided = summary.conflicts.filter((c) => c.action === null);
  if (undecided.length > 0) {
    return [
      `Tệp ${name} có ${formatNumber(undecided.length)} dòng giống người đã có nhưng khác thông tin, nên chưa nhập gì:`,
      ...undecided.map((c) => `  ${conflictLine(c)}`),
      'Hãy kiểm tra rồi chạy lại với --on-conflict new (nhập thành người mới) hoặc --on-conflict skip (bỏ qua các dòng này),',
      'hoặc nhập bằng ứng dụng để chọn cho từng dòng.',
    ].join('\n');
  }
  if (summary.startDate.date === null && summary.startDate.rowsWithoutOwnDate > 0) {
    return (
      `Tệp ${name} không ghi ngày bắt đầu tham gia Tổ (không có cột ngày bắt đầu, tiêu đề không có ngày quyết định), nên chưa nhập gì. ` +
      'Hãy chạy lại với --start-date YYYY-MM-DD (ngày của quyết định thành lập hoặc kiện toàn Tổ).'
    );
  }
  return null;
}

export const peopleImportCommand = defineCommand({
  words: ['people', 'import'],
  summary: 'Nhập người và thành viên Tổ từ tệp Excel: tất cả hoặc không gì cả',
  arguments: [
    {
      name: 'file',
      value: 'TỆP_EXCEL',
      help: 'tệp Excel cần nhập: .xlsx, hoặc .xls cũ khi máy có LibreOffice',
    },
  ],
  details: [
    'Bảng tính như xã vẫn làm: dòng tiêu đề "Họ và tên", "Năm sinh", "Chức vụ", "Chức danh trong Tổ",',
    '"Số điện thoại", "Thôn", "Ngày bắt đầu"…; các dòng tên thôn chia mục; dòng tổng cộng, chữ ký ở cuối được bỏ qua.',
    'Người đã có chỉ được nhận ra khi chắc chắn: cùng họ tên và số điện thoại, hoặc cùng họ tên và năm sinh',
    'khi một bên không có số điện thoại. Dòng trùng số điện thoại mà khác họ tên, hoặc cùng họ tên, năm sinh',
    'mà khác số điện thoại, là "dòng trùng": không nhập gì (mã 1, in các dòng đó) trừ khi ghi --on-conflict.',
    'Nhập lại cùng một tệp không thêm gì. Có cột "Chức danh trong Tổ" thì người được xếp vào Tổ của thôn',
    '(hoặc Tổ cấp xã khi không có thôn); thôn và Tổ chưa có thì được tạo.',
    'Ngày bắt đầu tham gia Tổ: cột "Ngày bắt đầu" của từng dòng; dòng không có thì lấy --start-date, không có',
    'thì lấy ngày của quyết định ghi ở tiêu đề ("… kèm theo Quyết định số 07/QĐ-UBND ngày 05/9/2022");',
    'không có ngày nào thì không nhập gì (mã 1) và nhắc ghi --start-date. Không bao giờ tự lấy ngày hôm nay.',
    'Ngày ngoài các năm 2000–2100 là lỗi, không nhập gì: ở cột ngày bắt đầu thì sửa dòng đó; ở tiêu đề thì',
    'sửa tiêu đề hoặc ghi --start-date.',
    'Có lỗi (ví dụ dòng thiếu họ tên) thì không nhập gì cả, in các lỗi "Dòng N: …" và thoát mã 1;',
    'cảnh báo (số điện thoại sai, chức danh lạ…) không ngăn việc nhập.',
    '--dry-run: chỉ chạy thử, không ghi gì (có lỗi vẫn thoát mã 1, để kiểm tra tệp trước).',
    'JSON (kể cả khi có lỗi): {fileName, dryRun, applied, rowsRead, people: {added, matched, skipped},',
    'memberships: {added, unchanged}, villagesCreated, teamsCreated, errors, warnings, matches, conflicts,',
    'fills, startDate}; mỗi lỗi, cảnh báo là {row, message}, row là null khi lỗi thuộc cả tệp; matches là',
    '[{row, fullName, person, reason}]; conflicts là [{row, fullName, birthYear, phone, candidate, reason,',
    'action}] (action: "new", "skip" hoặc null); startDate là {date, source ("typed", "title" hoặc null),',
    'titleText, titleDate, rowsWithOwnDate, rowsWithoutOwnDate}; fills là [{row, personId, fullName, fields:',
    '[{field, label, value}]}] — ô còn trống của người đã có trong sổ được bổ sung từ bảng tính (field:',
    '"phone", "birthYear", "gender", "position" hoặc "village"); ô đã có giá trị không bao giờ bị ghi đè.',
  ],
  examples: [
    'people import danh-sach.xlsx --dry-run',
    'people import danh-sach.xlsx --start-date 2022-09-05 --json',
    'people import danh-sach.xlsx --on-conflict skip',
  ],
  options: {
    'dry-run': { type: 'boolean', help: 'Chạy thử: chỉ báo sẽ nhập gì và các lỗi, không ghi gì' },
    'start-date': {
      type: 'string',
      value: 'YYYY-MM-DD',
      help: 'Ngày bắt đầu tham gia Tổ cho các dòng không có ngày riêng (thay ngày ở tiêu đề bảng tính)',
      check: dateProblem,
    },
    'on-conflict': {
      type: 'string',
      value: 'new|skip',
      help: 'Dòng trùng (giống người đã có nhưng khác thông tin): new = nhập thành người mới, skip = bỏ qua',
      check: (value) =>
        value === 'new' || value === 'skip'
          ? null
          : `--on-conflict chỉ nhận new (nhập thành người mới) hoặc skip (bỏ qua dòng), không nhận «${value}».`,
    },
  },
  precheck(values, { cwd }) {
    assertReadableFile(path.resolve(cwd, values.file));
  },
  async run({ api, out, cwd }, values) {
    const file = path.resolve(cwd, values.file);
    const dryRun = values['dry-run'];
    const onConflict = values['on-conflict'];
    const upload: InputOf<'applyPeopleImport'> = {
      fileName: path.basename(file),
      base64: readBase64(file),
      startDate: values['start-date'] ?? null,
      onConflict: onConflict === 'new' || onConflict === 'skip' ? onConflict : null,
    };
    const summary = dryRun ? await api.previewPeopleImport(upload) : await api.applyPeopleImport(upload);
    out.result(importJson(summary, dryRun), () => importText(summary, dryRun));
    const refused = refusal(summary);
    if (refused !== null) throw new AppError('validation', refused);
  },
});

const listOptions = {
  search: {
    type: 'string',
    value: 'CHỮ',
    help: 'Chỉ người có họ tên, số điện thoại hoặc chức vụ chứa các chữ này (không cần dấu)',
  },
  all: { type: 'boolean', help: 'Kể cả người đã lưu trữ' },
} as const;

function listInput(values: { search: string | undefined; all: boolean }): InputOf<'listPeople'> {
  return {
    ...(values.search === undefined ? {} : { search: values.search }),
    ...(values.all ? { includeArchived: true } : {}),
  };
}

function peopleText(people: readonly Person[], values: { search: string | undefined; all: boolean }): string {
  if (people.length === 0) {
    return values.search === undefined
      ? 'Chưa có người nào.'
      : `Không tìm thấy người nào khớp «${values.search}».`;
  }
  const archived = people.filter((p) => p.archived).length;
  return [
    table(people, [
      { header: 'STT', value: (_p, i) => String(i + 1), align: 'right' },
      { header: 'Họ và tên', value: (p) => p.fullName },
      { header: 'Giới tính', value: (p) => (p.gender === null ? '' : genderLabels[p.gender]) },
      { header: 'Năm sinh', value: (p) => (p.birthYear === null ? '' : String(p.birthYear)) },
      { header: 'Điện thoại', value: (p) => (p.phone === null ? '' : formatPhone(p.phone)) },
      { header: 'Chức vụ, đơn vị công tác', value: (p) => p.position ?? '' },
      { header: 'Thôn, tổ dân phố', value: (p) => p.villageName ?? '' },
      ...(values.all ? [{ header: 'Lưu trữ', value: (p: Person) => (p.archived ? 'có' : '') }] : []),
    ]),
    '',
    `Tổng cộng: ${formatNumber(people.length)} người` +
      (values.all ? ` (${formatNumber(archived)} đã lưu trữ).` : '.'),
  ].join('\n');
}

export const peopleListCommand = defineCommand({
  words: ['people', 'list'],
  summary: 'Danh sách người (tìm không cần dấu), theo tên',
  details: [
    'Người đã lưu trữ chỉ có khi ghi --all.',
    'JSON: một mảng [{id, fullName, gender, birthYear, phone, position, villageId, villageName, tags,',
    'notes, archived}]; gender là "male", "female" hoặc null; phone là chữ số liền (0912345678) hoặc',
    'null; tags là các mã nhãn (xem "help").',
  ],
  examples: ['people list', 'people list --search "nguyen thi" --json', 'people list --all'],
  options: listOptions,
  async run({ api, out }, values) {
    const people = await api.listPeople(listInput(values));
    out.result(people.map(personJson), () => peopleText(people, values));
  },
});

export const peopleExportCommand = defineCommand({
  words: ['people', 'export'],
  summary: 'Xuất danh sách người ra tệp Excel (.xlsx)',
  details: [
    'Cùng danh sách như "people list" với cùng --search, --all. Tệp đã có thì bị ghi đè;',
    'thư mục chưa có thì được tạo. Chỉ xuất .xlsx.',
    'JSON: {path, rows}: đường dẫn đầy đủ của tệp đã ghi và số người trong tệp.',
  ],
  examples: ['people export --out danh-sach.xlsx', 'people export --out tin-hoc.xlsx --search "tin hoc"'],
  options: {
    out: {
      type: 'string',
      required: true,
      value: 'TỆP.xlsx',
      help: 'Tệp Excel sẽ ghi',
      check: xlsxPathProblem,
    },
    ...listOptions,
  },
  precheck(values, { cwd }) {
    assertWritableTarget(path.resolve(cwd, values.out));
  },
  async run({ api, out, cwd }, values) {
    const file = path.resolve(cwd, values.out);
    const input = listInput(values);
    const download = await api.exportPeople(input);
    const rows = (await api.listPeople(input)).length;
    writeBase64(file, download.base64);
    const written: FileWrittenJson = { path: file, rows };
    out.result(written, () => `Đã ghi danh sách ${formatNumber(rows)} người vào tệp ${file}.`);
  },
});
