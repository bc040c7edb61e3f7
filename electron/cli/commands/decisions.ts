/**
 * `decision found`, `decision reorganize`, `decision record`: the decisions of the outgoing
 * register, through the same operations as the application (createDecision, issueDocument,
 * renderDocument, recordPastDecision).
 *
 * A refusal writes nothing: what the issue operation would refuse (composition warnings not
 * confirmed, a number already in the register) is asked of the register before the draft is even
 * made, so no draft is left behind; the operation still decides, under the write lock.
 */
import path from 'node:path';
import type { Api } from '../../../shared/contract/client';
import { AppError } from '../../../shared/contract/errors';
import type {
  DocumentDetail,
  DocumentSummary,
  TeamDetail,
  TeamWarning,
} from '../../../shared/contract/types';
import {
  documentDateSchema,
  documentNumberSchema,
  schemaProblem,
  typedNumberSchema,
} from '../../../shared/contract/schemas';
import { isoToVi, todayIso } from '../../../shared/vi/dates';
import { defineCommand } from '../args';
import {
  asciiFileName,
  assertReadableFile,
  assertWritableFolder,
  assertWritableTarget,
  docxPathProblem,
  readBase64,
  writeBase64,
} from '../files';
import { formatNumber } from '../output';
import {
  decisionWrittenJson,
  registerEntryJson,
  type DecisionWrittenJson,
  type ReorganizationWrittenJson,
} from '../shapes';

type DecisionKind = 'founding_commune' | 'founding_village' | 'founding_villages' | 'reorganization';

// ——— Checks of what was typed (exit code 2): the contract's own rules ———

const numberProblem = (value: string): string | null =>
  schemaProblem(typedNumberSchema.pipe(documentNumberSchema('Số văn bản')), value);

const dateProblem = (value: string): string | null => schemaProblem(documentDateSchema, value);

/** "--teams a,b --teams c" → ["a", "b", "c"]. */
function splitIds(values: readonly string[]): string[] {
  return values.flatMap((v) => v.split(',')).map((id) => id.trim());
}

const issueOptions = {
  issue: {
    type: 'boolean',
    help: 'Ban hành: cấp số, ngày rồi ghi bản chính thức (không có: bản trình ký, để trống số, ngày)',
  },
  number: {
    type: 'string',
    value: 'SỐ',
    help: 'Cùng --issue: số văn bản văn thư đã cấp (mặc định: số tiếp theo của sổ năm đó)',
    check: numberProblem,
  },
  date: {
    type: 'string',
    value: 'YYYY-MM-DD',
    help: 'Cùng --issue: ngày ban hành (mặc định: hôm nay)',
    check: dateProblem,
  },
  'confirm-warnings': {
    type: 'boolean',
    help: 'Cùng --issue: đã xem các cảnh báo thành phần Tổ và vẫn ban hành',
  },
} as const;

interface IssueValues {
  issue: boolean;
  number: string | undefined;
  date: string | undefined;
  'confirm-warnings': boolean;
}

function issueProblem(values: IssueValues): string | null {
  if (values.issue) return null;
  const stray = (['number', 'date', 'confirm-warnings'] as const).filter((name) =>
    name === 'confirm-warnings' ? values[name] : values[name] !== undefined,
  );
  return stray.length === 0
    ? null
    : `${stray.map((name) => `--${name}`).join(', ')} chỉ dùng cùng --issue (ban hành). ` +
        'Không có --issue thì ghi bản trình ký, chưa có số và ngày.';
}

// ——— The register and the teams, asked before anything is written ———

interface Issue {
  /** The first number asked for; the following documents take the next ones. */
  number: number | null;
  date: string;
  confirmWarnings: boolean;
}

function issueOf(values: IssueValues): Issue | null {
  if (!values.issue) return null;
  return {
    number: values.number === undefined ? null : Number(values.number),
    date: values.date ?? todayIso(),
    confirmWarnings: values['confirm-warnings'],
  };
}

function warningLine(w: TeamWarning): string {
  return `  - ${w.teamName}: ${w.message} [${w.ruleId}]`;
}

function isTeamWarning(value: unknown): value is TeamWarning {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.teamName === 'string' && typeof v.ruleId === 'string' && typeof v.message === 'string';
}

/** The refusal of unconfirmed warnings, each quoting its rule, and what to do. */
function warningsRefusal(message: string, warnings: readonly TeamWarning[]): AppError {
  return new AppError(
    'conflict',
    [
      message,
      ...warnings.map(warningLine),
      'Chưa ban hành, chưa ghi tệp nào. Nếu vẫn ban hành như vậy, chạy lại với --confirm-warnings; ' +
        'hoặc sửa thành phần Tổ rồi chạy lại.',
    ].join('\n'),
    { warnings: [...warnings] },
  );
}

/** An operation's refusal carrying warnings (`details.warnings`), with the warnings written out. */
function explained(error: unknown): unknown {
  if (!(error instanceof AppError)) return error;
  const warnings = error.details?.warnings;
  if (!Array.isArray(warnings) || warnings.length === 0 || !warnings.every(isTeamWarning)) return error;
  return warningsRefusal(error.message, warnings);
}

/** Refuses (exit 1) what the issue operation would refuse, before any draft is made. */
async function checkBeforeIssuing(api: Api, teams: readonly TeamDetail[], issue: Issue, count: number) {
  if (!issue.confirmWarnings) {
    const warnings = teams.flatMap((team) =>
      team.warnings.map((w) => ({ ...w, teamId: team.id, teamName: team.name })),
    );
    if (warnings.length > 0) {
      throw warningsRefusal(
        `Thành phần Tổ còn ${formatNumber(warnings.length)} điểm chưa đúng hướng dẫn:`,
        warnings,
      );
    }
  }
  if (issue.number !== null) {
    const year = Number(issue.date.slice(0, 4));
    const register = await api.listRegister({ year });
    for (let n = issue.number; n < issue.number + count; n += 1) {
      const taken = register.find((doc) => doc.number === n);
      if (taken) {
        throw new AppError(
          'conflict',
          `Số ${taken.numberText ?? String(n)} năm ${year} đã được dùng cho văn bản "${taken.summary}". ` +
            'Mỗi số chỉ dùng một lần trong năm: hãy kiểm tra lại sổ của văn thư, hoặc bỏ --number để lấy số ' +
            'tiếp theo. Chưa ghi gì.',
          { fields: [{ path: 'number', message: `Số ${n} năm ${year} đã có trong sổ.` }] },
        );
      }
    }
  }
}

async function teamsOf(api: Api, ids: readonly string[]): Promise<TeamDetail[]> {
  const teams: TeamDetail[] = [];
  for (const id of ids) teams.push(await api.getTeam({ id }));
  return teams;
}

// ——— Making, issuing and rendering ———

interface Made {
  /** The draft as made: its warnings and changes (an issued document no longer reports them). */
  draft: DocumentDetail;
  /** The document as it ends: the draft, or the issued document. */
  doc: DocumentSummary;
  file: string;
  base64: string;
}

async function make(
  api: Api,
  kind: DecisionKind,
  teamIds: string[],
  file: string,
  issue: Issue | null,
  number: number | null,
): Promise<Made> {
  const draft = await api.createDecision({ kind, teamIds });
  let doc: DocumentSummary = draft;
  if (issue !== null) {
    try {
      doc = await api.issueDocument({
        id: draft.id,
        number,
        date: issue.date,
        confirmWarnings: issue.confirmWarnings,
      });
    } catch (error) {
      const refusal = explained(error);
      if (refusal instanceof AppError && refusal.code !== 'internal') {
        throw new AppError(
          refusal.code,
          `${refusal.message}\nBản nháp đã soạn vẫn ở trong sổ (mã ${draft.id}), chưa có số; ` +
            'có thể ban hành trong ứng dụng.',
          refusal.details,
        );
      }
      throw refusal;
    }
  }
  const download = await api.renderDocument({ id: draft.id, format: 'docx' });
  return { draft, doc, file, base64: download.base64 };
}

/** Makes every document, then writes every file: a refusal while making writes no file. */
async function makeAll(
  api: Api,
  plans: readonly { kind: DecisionKind; teamIds: string[]; file: string }[],
  issue: Issue | null,
): Promise<Made[]> {
  const made: Made[] = [];
  for (const [index, plan] of plans.entries()) {
    const number = issue !== null && issue.number !== null ? issue.number + index : null;
    made.push(await make(api, plan.kind, plan.teamIds, plan.file, issue, number));
  }
  for (const m of made) writeBase64(m.file, m.base64);
  return made;
}

function madeJson(m: Made): DecisionWrittenJson {
  return decisionWrittenJson(m.doc, m.file, m.draft.warnings);
}

/** "Quyết định số 01/QĐ-UBND ngày 05/02/2026", or "bản trình ký (chưa có số, ngày)". */
function documentTitle(doc: DocumentSummary): string {
  return doc.numberText === null
    ? 'Bản trình ký (để trống số và ngày)'
    : `Quyết định số ${doc.numberText}${doc.date === null ? '' : ` ngày ${isoToVi(doc.date)}`}`;
}

function madeText(m: Made): string {
  const lines = [
    `${documentTitle(m.doc)}: ${m.doc.summary}`,
    `  Tệp: ${m.file}`,
    m.doc.status === 'draft'
      ? '  Bản nháp ở trong sổ văn bản; ban hành bằng --issue (lệnh mới) hoặc trong ứng dụng.'
      : '  Đã ban hành: số và ngày đã ghi vào sổ văn bản đi.',
  ];
  const warnings = m.draft.warnings;
  if (warnings.length > 0) {
    lines.push(
      m.doc.status === 'draft' ? '  Cảnh báo thành phần Tổ:' : '  Cảnh báo thành phần Tổ (đã xác nhận):',
      ...warnings.map((w) => `  ${warningLine(w)}`),
    );
  }
  return lines.join('\n');
}

/** "Thôn An Hải" → "QD-thanh-lap-to-CNSCD-thon-An-Hai.docx", unique in the folder (any case). */
function villageFileNames(teams: readonly TeamDetail[]): string[] {
  const used = new Set<string>();
  return teams.map((team) => {
    const place = team.villageName ?? team.name;
    const base = asciiFileName(
      `QĐ thành lập tổ CNSCĐ ${place.charAt(0).toLocaleLowerCase('vi')}${place.slice(1)}`,
    );
    let name = base;
    for (let n = 2; used.has(name.toLowerCase()); n += 1) name = `${base}-${n}`;
    used.add(name.toLowerCase());
    return `${name}.docx`;
  });
}

// ——— decision found ———

export const decisionFoundCommand = defineCommand({
  words: ['decision', 'found'],
  summary: 'Quyết định thành lập Tổ CNSCĐ ra tệp Word (.docx): bản trình ký hoặc bản đã ban hành',
  details: [
    '--team MÃ_TỔ: một Tổ; Tổ cấp xã thì là quyết định thành lập Tổ cấp xã (founding_commune), Tổ thôn,',
    'tổ dân phố thì là quyết định thành lập Tổ thôn (founding_village). --out là tệp .docx.',
    '--teams MÃ,MÃ,…: nhiều Tổ thôn, tổ dân phố. Không có --combined: mỗi Tổ một quyết định, các tệp',
    'ghi vào thư mục --out (chưa có thì được tạo), tên theo thôn, ví dụ',
    'QD-thanh-lap-to-CNSCD-thon-An-Hai.docx. Có --combined: một quyết định cho cả các thôn',
    '(founding_villages), mỗi thôn một phụ lục (Phụ lục I, II…), ghi vào tệp .docx --out.',
    'Không có --issue: bản trình ký, để trống số và ngày; quyết định ở lại trong sổ dạng bản nháp (draft).',
    'Có --issue: cấp số (--number, mặc định số tiếp theo của sổ năm đó; nhiều quyết định thì lấy các số',
    'liền sau) và ngày (--date, mặc định hôm nay), ghi vào sổ, rồi ghi tệp bản chính thức.',
    'Tổ có cảnh báo thành phần mà không ghi --confirm-warnings: từ chối (mã thoát 1), in các cảnh báo',
    '(kèm quy tắc), không soạn gì, không ghi tệp nào. Số đã dùng trong năm: cũng từ chối như vậy.',
    'JSON với --team: {id, kind, status, number, numberText, date, summary, teamIds, path, warnings};',
    'với --teams: {documents: [...]} gồm các đối tượng như vậy. status là "draft" hoặc "issued";',
    'number, numberText, date là null khi chưa ban hành; warnings là [{teamId, teamName, ruleId, message}].',
  ],
  examples: [
    'decision found --team 0198f0c2-… --out qd-thanh-lap.docx',
    'decision found --team 0198f0c2-… --out qd.docx --issue --number 7 --date 2026-02-05',
    'decision found --teams 0198…,0199…,019a… --out quyet-dinh-thon/',
    'decision found --teams 0198…,0199… --combined --out qd-cac-thon.docx --issue --confirm-warnings',
  ],
  options: {
    team: { type: 'string', value: 'MÃ_TỔ', help: 'Mã của một Tổ (trường id của "teams list")' },
    teams: {
      type: 'string',
      multiple: true,
      value: 'MÃ,MÃ,…',
      help: 'Mã của các Tổ thôn, tổ dân phố, cách nhau bằng dấu phẩy',
    },
    combined: { type: 'boolean', help: 'Cùng --teams: một quyết định chung, mỗi thôn một phụ lục' },
    out: {
      type: 'string',
      required: true,
      value: 'TỆP.docx|THƯ_MỤC',
      help: 'Tệp .docx sẽ ghi; thư mục khi --teams không có --combined',
    },
    ...issueOptions,
  },
  validate(values) {
    const ids = splitIds(values.teams);
    if ((values.team === undefined) === (ids.length === 0)) {
      return 'Hãy ghi --team MÃ_TỔ (một Tổ) hoặc --teams MÃ,MÃ,… (nhiều Tổ thôn), một trong hai.';
    }
    if (ids.some((id) => id === '')) return '--teams có mã để trống (dấu phẩy thừa?).';
    const twice = ids.find((id, i) => ids.indexOf(id) !== i);
    if (twice !== undefined) return `Mã Tổ «${twice}» được ghi hai lần trong --teams.`;
    if (values.combined && ids.length === 0) return '--combined chỉ dùng cùng --teams.';
    if (ids.length > 0 && !values.combined) {
      if (/\.docx$/iu.test(values.out)) {
        return (
          `Không có --combined thì mỗi Tổ một tệp: --out là thư mục chứa các tệp, không nhận «${values.out}». ` +
          'Một quyết định chung cho các thôn: ghi thêm --combined.'
        );
      }
    } else {
      const problem = docxPathProblem(values.out);
      if (problem !== null) return problem;
    }
    return issueProblem(values);
  },
  precheck(values, { cwd }) {
    const out = path.resolve(cwd, values.out);
    if (values.teams.length > 0 && !values.combined) assertWritableFolder(out);
    else assertWritableTarget(out);
  },
  async run({ api, out, cwd }, values) {
    const target = path.resolve(cwd, values.out);
    const issue = issueOf(values);
    if (values.team !== undefined) {
      const team = await api.getTeam({ id: values.team });
      if (team.level !== 'commune' && team.level !== 'village') {
        throw new AppError('validation', `${team.name} không phải Tổ cấp xã hay cấp thôn do xã quản lý.`);
      }
      if (issue) await checkBeforeIssuing(api, [team], issue, 1);
      const kind = team.level === 'commune' ? 'founding_commune' : 'founding_village';
      const [made] = await makeAll(api, [{ kind, teamIds: [team.id], file: target }], issue);
      if (!made) throw new AppError('internal', 'Không soạn được quyết định.');
      out.result(madeJson(made), () => madeText(made));
      return;
    }

    const teams = await teamsOf(api, splitIds(values.teams));
    const commune = teams.find((t) => t.level !== 'village');
    if (commune) {
      throw new AppError(
        'validation',
        `${commune.name} không phải Tổ thôn, tổ dân phố: --teams chỉ dành cho các Tổ thôn. ` +
          'Quyết định thành lập Tổ cấp xã: dùng --team. Chưa ghi gì.',
      );
    }
    const plans = values.combined
      ? [{ kind: 'founding_villages' as const, teamIds: teams.map((t) => t.id), file: target }]
      : villageFileNames(teams).map((name, i) => ({
          kind: 'founding_village' as const,
          teamIds: [teams[i]?.id ?? ''],
          file: path.join(target, name),
        }));
    if (issue) await checkBeforeIssuing(api, teams, issue, plans.length);
    const made = await makeAll(api, plans, issue);
    out.result({ documents: made.map(madeJson) }, () =>
      [
        ...made.map(madeText),
        made.length > 1 ? `Đã ghi ${formatNumber(made.length)} quyết định vào thư mục ${target}.` : '',
      ]
        .filter(Boolean)
        .join('\n\n'),
    );
  },
});

// ——— decision reorganize ———

export const decisionReorganizeCommand = defineCommand({
  words: ['decision', 'reorganize'],
  summary: 'Quyết định kiện toàn một Tổ (những thay đổi từ quyết định gần nhất) ra tệp .docx',
  details: [
    'Điều 1 ghi những thay đổi thành viên từ quyết định thành lập hoặc kiện toàn gần nhất của Tổ',
    '(đã ban hành, hoặc đã ghi bằng "decision record"): "Bổ sung: …", "Thôi tham gia: …",',
    '"Thay đổi chức danh: …". --issue, --number, --date, --confirm-warnings như "decision found".',
    'JSON: như "decision found --team", thêm changes: các dòng thay đổi đó.',
  ],
  examples: [
    'decision reorganize --team 0198f0c2-… --out qd-kien-toan.docx',
    'decision reorganize --team 0198f0c2-… --out qd-kien-toan.docx --issue --json',
  ],
  options: {
    team: {
      type: 'string',
      required: true,
      value: 'MÃ_TỔ',
      help: 'Mã của Tổ (trường id của "teams list")',
    },
    out: {
      type: 'string',
      required: true,
      value: 'TỆP.docx',
      help: 'Tệp .docx sẽ ghi',
      check: docxPathProblem,
    },
    ...issueOptions,
  },
  validate: issueProblem,
  precheck(values, { cwd }) {
    assertWritableTarget(path.resolve(cwd, values.out));
  },
  async run({ api, out, cwd }, values) {
    const target = path.resolve(cwd, values.out);
    const issue = issueOf(values);
    const team = await api.getTeam({ id: values.team });
    if (issue) await checkBeforeIssuing(api, [team], issue, 1);
    const [made] = await makeAll(api, [{ kind: 'reorganization', teamIds: [team.id], file: target }], issue);
    if (!made) throw new AppError('internal', 'Không soạn được quyết định.');
    const json: ReorganizationWrittenJson = { ...madeJson(made), changes: [...made.draft.changes] };
    out.result(json, () =>
      [
        madeText(made),
        made.draft.changes.length === 0
          ? '  Không có thay đổi thành viên nào từ quyết định gần nhất.'
          : ['  Thay đổi:', ...made.draft.changes.map((c) => `    - ${c}`)].join('\n'),
      ].join('\n'),
    );
  },
});

// ——— decision record ———

export const decisionRecordCommand = defineCommand({
  words: ['decision', 'record'],
  summary: 'Ghi vào sổ một quyết định đã ban hành trước khi dùng phần mềm',
  details: [
    'Để các quyết định kiện toàn sau này trích dẫn được quyết định cũ, và để số đó không bị cấp lại.',
    'Số đã dùng trong năm của --date: từ chối (mã thoát 1), không ghi gì.',
    '--scan: bản quét đã ký, đóng dấu (PDF, JPG hoặc PNG), lưu cùng dữ liệu; có thì trạng thái là',
    '"signed", không có thì "issued".',
    'JSON: {id, kind, status, year, number, numberText, symbol, date, summary, signer, recipients,',
    'hasScan, external, teamIds}, như một dòng của "register list"; kind là "external_decision".',
  ],
  examples: [
    'decision record --team 0198f0c2-… --number 12 --date 2023-03-15 --signer "Trần Văn Thành"',
    'decision record --team 0198f0c2-… --number 5 --date 2022-09-05 --signer "Lê Văn A" --scan qd-5.pdf',
  ],
  options: {
    team: {
      type: 'string',
      required: true,
      value: 'MÃ_TỔ',
      help: 'Mã của Tổ mà quyết định thành lập hoặc kiện toàn',
    },
    number: { type: 'string', required: true, value: 'SỐ', help: 'Số của quyết định', check: numberProblem },
    date: {
      type: 'string',
      required: true,
      value: 'YYYY-MM-DD',
      help: 'Ngày ban hành',
      check: dateProblem,
    },
    signer: { type: 'string', required: true, value: 'HỌ_TÊN', help: 'Họ tên người đã ký' },
    summary: {
      type: 'string',
      value: 'CHỮ',
      help: 'Trích yếu (mặc định: "Về việc thành lập <tên Tổ>")',
    },
    symbol: { type: 'string', value: 'KÝ_HIỆU', help: 'Ký hiệu (mặc định: QĐ-UBND)' },
    scan: { type: 'string', value: 'TỆP', help: 'Bản quét đã ký, đóng dấu: .pdf, .jpg hoặc .png' },
  },
  precheck(values, { cwd }) {
    if (values.scan !== undefined) {
      assertReadableFile(path.resolve(cwd, values.scan), 'tệp bản quét (.pdf, .jpg, .png)');
    }
  },
  async run({ api, out, cwd }, values) {
    const team = await api.getTeam({ id: values.team });
    const number = Number(values.number);
    const year = Number(values.date.slice(0, 4));
    // Asked first so a refusal leaves nothing, not even the scan's copy.
    const taken = (await api.listRegister({ year })).find((doc) => doc.number === number);
    if (taken) {
      throw new AppError(
        'conflict',
        `Số ${taken.numberText ?? String(number)} năm ${year} đã có trong sổ: "${taken.summary}". ` +
          'Mỗi số chỉ dùng một lần trong năm: hãy kiểm tra lại số và ngày. Chưa ghi gì.',
        { fields: [{ path: 'number', message: `Số ${number} năm ${year} đã có trong sổ.` }] },
      );
    }
    const scanFile = values.scan === undefined ? null : path.resolve(cwd, values.scan);
    const doc = await api.recordPastDecision({
      teamIds: [team.id],
      number,
      ...(values.symbol === undefined ? {} : { symbol: values.symbol }),
      date: values.date,
      signer: values.signer,
      summary: values.summary ?? `Về việc thành lập ${team.name}`,
      scan: scanFile === null ? null : { fileName: path.basename(scanFile), base64: readBase64(scanFile) },
    });
    out.result(registerEntryJson(doc), () =>
      [
        `Đã ghi vào sổ: ${documentTitle(doc)}: ${doc.summary}`,
        `  Người ký: ${doc.signerName ?? ''}`,
        `  Bản quét: ${doc.hasScan ? 'có' : 'chưa có'}`,
      ].join('\n'),
    );
  },
});
