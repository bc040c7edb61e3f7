/** The Vietnamese help texts. */
import { auditEntityLabels } from '../../shared/contract/audit-schemas';
import {
  genderLabels,
  personTagLabels,
  roleLabels,
  teamLevelLabels,
  teamStatusLabels,
  type TeamLevel,
} from '../../shared/domain/teams';
import { villageKindLabels } from '../../shared/domain/villages';
import { registerKindLabel, type RegisterKind } from '../../shared/documents/register-kinds';
import { commonOptions, type Command, type OptionSpec } from './args';
import { fields } from './output';
import { backupTriggerLabels } from '../../shared/vi/backups';
import { documentStatusLabels } from './shapes';

export const PROGRAM = 'npm run --silent cli --';

function optionLabel(name: string, spec: OptionSpec): string {
  return `--${name}${spec.type === 'string' ? ` ${spec.value ?? 'GIÁ_TRỊ'}` : ''}`;
}

export function commandName(command: Command): string {
  return command.words.join(' ');
}

/** One line: how to call the command, its required options written out. */
export function commandUsage(command: Command): string {
  const required = Object.entries(command.options)
    .filter(([, spec]) => spec.required)
    .map(([name, spec]) => optionLabel(name, spec));
  const positional = (command.arguments ?? []).map((a) => (a.variadic === true ? `${a.value}…` : a.value));
  return [PROGRAM, '[--db TỆP]', commandName(command), ...positional, ...required, '[tùy chọn]'].join(' ');
}

function optionLines(options: Record<string, OptionSpec>): string {
  return fields(
    Object.entries(options).map(([name, spec]) => {
      const notes = [
        spec.required && !spec.help.includes('bắt buộc') ? 'bắt buộc' : '',
        spec.multiple ? 'ghi được nhiều lần' : '',
      ].filter(Boolean);
      return [
        `  ${optionLabel(name, spec)}`,
        notes.length ? `${spec.help} (${notes.join(', ')})` : spec.help,
      ];
    }),
    '',
  );
}

export function commandHelp(command: Command, defaultDatabase: string): string {
  const lines = [
    `${commandName(command)}: ${command.summary}`,
    '',
    'Cách dùng:',
    `  ${commandUsage(command)}`,
  ];
  if (command.arguments?.length) {
    lines.push(
      '',
      'Tham số:',
      fields(
        command.arguments.map((a) => [`  ${a.value}`, `${a.help} (bắt buộc)`]),
        '',
      ),
    );
  }
  if (command.details?.length) lines.push('', ...command.details.map((d) => `  ${d}`));
  if (Object.keys(command.options).length > 0) lines.push('', 'Tùy chọn:', optionLines(command.options));
  lines.push('', 'Tùy chọn chung:', optionLines(commonOptions));
  lines.push(`  (tệp dữ liệu mặc định: ${defaultDatabase})`);
  if (command.examples?.length) {
    lines.push('', 'Ví dụ:', ...command.examples.map((e) => `  ${PROGRAM} ${e}`));
  }
  return `${lines.join('\n')}\n`;
}

/** Help for a word that groups several commands ("villages"). */
export function groupHelp(word: string, commands: readonly Command[]): string {
  const members = commands.filter((c) => c.words[0] === word);
  return (
    [
      `Các lệnh "${word}":`,
      fields(
        members.map((c) => [`  ${commandName(c)}`, c.summary]),
        '',
      ),
      '',
      `Chi tiết: ${PROGRAM} help ${word} <lệnh con>`,
    ].join('\n') + '\n'
  );
}

/** The levels a commune's register holds (province and district teams belong to other units). */
export const communeTeamLevels: readonly TeamLevel[] = ['commune', 'village'];

/** The kinds of document the CLI makes or records (the register may hold no other). */
export const registerKinds: readonly RegisterKind[] = [
  'founding_commune',
  'founding_village',
  'founding_villages',
  'reorganization',
  'external_decision',
];

/**
 * The enumeration codes of the JSON output, from the domain's own lists and labels. `of` tells
 * apart two fields of the same name (the `kind` of a village and the `kind` of a document).
 */
export const codeTables: readonly {
  field: string;
  of?: string;
  labels: Readonly<Record<string, string>>;
}[] = [
  { field: 'kind', of: 'thôn', labels: villageKindLabels },
  { field: 'gender', labels: genderLabels },
  {
    field: 'level',
    labels: Object.fromEntries(communeTeamLevels.map((level) => [level, teamLevelLabels[level]])),
  },
  { field: 'status', of: 'Tổ', labels: teamStatusLabels },
  { field: 'role', labels: roleLabels },
  { field: 'tags', labels: personTagLabels },
  {
    field: 'kind',
    of: 'văn bản',
    labels: Object.fromEntries(registerKinds.map((kind) => [kind, registerKindLabel(kind)])),
  },
  { field: 'status', of: 'văn bản', labels: documentStatusLabels },
  { field: 'trigger', of: 'bản sao lưu', labels: backupTriggerLabels },
  { field: 'entity', of: 'nhật ký thao tác', labels: auditEntityLabels },
];

function codeLines(): string {
  return fields(
    codeTables.flatMap(({ field, of, labels }) =>
      Object.entries(labels).map(
        ([code, label], index) =>
          [
            index === 0 ? `  ${field}${of === undefined ? '' : ` (${of})`}` : '',
            `${code} = ${label}`,
          ] as const,
      ),
    ),
    '',
  );
}

export function generalHelp(commands: readonly Command[], defaultDatabase: string, version: string): string {
  const list = fields(
    [
      ...commands.map((c) => [`  ${commandName(c)}`, c.summary] as const),
      ['  help [LỆNH]', 'In hướng dẫn chung, hoặc của một lệnh'],
    ],
    '',
  );
  return (
    [
      `Tổ CNSCĐ ${version}: dòng lệnh quản lý Tổ Công nghệ số cộng đồng`,
      '',
      'Cách dùng:',
      `  ${PROGRAM} [--db TỆP] <lệnh> [tùy chọn]`,
      '',
      'Lệnh:',
      list,
      '',
      'Tùy chọn chung (ghi được trước hoặc sau tên lệnh):',
      optionLines({ ...commonOptions, help: { type: 'boolean', help: 'In hướng dẫn (viết tắt: -h)' } }),
      `  (tệp dữ liệu mặc định: ${defaultDatabase})`,
      '',
      'Quy ước: với --json, stdout chỉ có JSON (mảng với lệnh "list", đối tượng với lệnh khác);',
      'ngày dạng YYYY-MM-DD; giá trị chưa biết là null; số điện thoại là chữ số liền (di động 10 số',
      '0xxxxxxxxx, cố định 11 số); mã phân loại là chữ thường tiếng Anh không dấu, không đổi:',
      codeLines(),
      '',
      'Mã thoát: 0 thành công; 1 yêu cầu bị từ chối (lý do in ra stderr, dữ liệu không đổi,',
      'không ghi tệp nào); 2 gõ lệnh sai; 3 lỗi nội bộ.',
      '',
      `Chi tiết một lệnh: ${PROGRAM} help <lệnh>`,
    ].join('\n') + '\n'
  );
}
