/**
 * `decision found`, `decision reorganize`, `decision export`, `decision record`: the decisions of
 * the outgoing register, through the same operations as the application (makeDecisions,
 * renderDocument, recordPastDecision).
 *
 * The backend decides: composing and issuing one or many decisions is ONE operation and one
 * transaction, so a refusal leaves nothing (no draft, no number). The CLI keeps no copy of its
 * checks; it only explains a refusal in terms of the command's options. The files are written
 * after the commit; if that fails (or the process dies), `decision export` writes them again from
 * the issued snapshot.
 */
import path from 'node:path';
import type { Api } from '../../../shared/contract/client';
import { AppError } from '../../../shared/contract/errors';
import type { DecisionMade, DocumentSummary, FoundedTeam, TeamWarning } from '../../../shared/contract/types';
import { villageDecisionFileNames } from '../../../shared/documents/file-names';
import { isoToVi, todayIso } from '../../../shared/vi/dates';
import { defineCommand } from '../args';
import { dateProblem, numberProblem } from '../checks';
import {
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

/** "--teams a,b --teams c" → ["a", "b", "c"]. */
function splitIds(values: readonly string[]): string[] {
  return values.flatMap((v) => v.split(',')).map((id) => id.trim());
}

export const issueOptions = {
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

const forceOption = {
  force: {
    type: 'boolean',
    help: 'Tổ đã có quyết định thành lập còn hiệu lực: vẫn ghi thêm một quyết định thành lập (biết rõ)',
  },
} as const;

export interface IssueValues {
  issue: boolean;
  number: string | undefined;
  date: string | undefined;
  'confirm-warnings': boolean;
}

export function issueProblem(values: IssueValues): string | null {
  if (values.issue) return null;
  const stray = (['number', 'date', 'confirm-warnings'] as const).filter((name) =>
    name === 'confirm-warnings' ? values[name] : values[name] !== undefined,
  );
  return stray.length === 0
    ? null
    : `${stray.map((name) => `--${name}`).join(', ')} chỉ dùng cùng --issue (ban hành). ` +
        'Không có --issue thì ghi bản trình ký, chưa có số và ngày.';
}

function issueOf(
  values: IssueValues,
): { number: number | null; date: string; confirmWarnings: boolean } | null {
  if (!values.issue) return null;
  return {
    number: values.number === undefined ? null : Number(values.number),
    date: values.date ?? todayIso(),
    confirmWarnings: values['confirm-warnings'],
  };
}

// ——— A refusal of the backend, said in terms of the command's options ———

function warningLine(w: TeamWarning): string {
  return `  - ${w.teamName}: ${w.message} [${w.ruleId}]`;
}

function isTeamWarning(value: unknown): value is TeamWarning {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.teamName === 'string' && typeof v.ruleId === 'string' && typeof v.message === 'string';
}

function isFoundedTeam(value: unknown): value is FoundedTeam {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.teamId === 'string' && typeof v.numberText === 'string';
}

/** What to do next, after the backend's own message, for the refusals a command line can answer. */
function explained(error: unknown, hint: (error: AppError) => string | null = () => null): unknown {
  if (!(error instanceof AppError) || error.code === 'internal') return error;
  const lines = [error.message];
  const warnings = error.details?.warnings;
  const founded = error.details?.founded;
  if (Array.isArray(warnings) && warnings.length > 0 && warnings.every(isTeamWarning)) {
    lines.push(
      ...warnings.map(warningLine),
      'Chưa ban hành, chưa ghi tệp nào. Nếu vẫn ban hành như vậy, chạy lại với --confirm-warnings; ' +
        'hoặc sửa thành phần Tổ rồi chạy lại.',
    );
  } else if (Array.isArray(founded) && founded.length > 0 && founded.every(isFoundedTeam)) {
    lines.push(
      ...founded.map((f) => `Kiện toàn: decision reorganize --team ${f.teamId} --out kien-toan.docx`),
      'Nếu thật sự cần thêm một quyết định thành lập, chạy lại với --force. Chưa ghi tệp nào.',
    );
  } else {
    const extra = hint(error);
    lines.push(extra === null ? 'Chưa ghi gì, chưa ghi tệp nào.' : extra);
  }
  return new AppError(error.code, lines.join('\n'), error.details);
}

// ——— Making and writing ———

interface Written {
  made: DecisionMade;
  file: string;
}

/**
 * Makes the decisions (one operation, one transaction), then writes each file. A file that cannot
 * be written is refused with the way to write it again; the register already holds the decisions.
 */
async function makeAndWrite(
  api: Api,
  request: { kind: DecisionKind; teamIds: string[]; issue: ReturnType<typeof issueOf>; force: boolean },
  files: readonly string[],
  hint?: (error: AppError) => string | null,
): Promise<Written[]> {
  let made: DecisionMade[];
  try {
    made = await api.makeDecisions(request);
  } catch (error) {
    throw explained(error, hint);
  }
  const written: Written[] = [];
  for (const [index, m] of made.entries()) {
    const file = files[index] ?? files[0] ?? '';
    try {
      const download = await api.renderDocument({ id: m.document.id, format: 'docx' });
      writeBase64(file, download.base64);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const left = made
        .slice(index)
        .map((n, i) => `  decision export --id ${n.document.id} --out ${files[index + i] ?? file}`);
      throw new AppError(
        error instanceof AppError ? error.code : 'unavailable',
        [
          reason,
          `${formatNumber(made.length)} quyết định đã ghi vào sổ${request.issue === null ? ' (bản nháp)' : ' (đã cấp số)'}; ` +
            'không làm lại (sẽ thành quyết định thứ hai). Ghi lại các tệp còn thiếu bằng:',
          ...left,
        ].join('\n'),
      );
    }
    written.push({ made: m, file });
  }
  return written;
}

function writtenJson(w: Written): DecisionWrittenJson {
  return decisionWrittenJson(w.made.document, w.file, w.made.warnings);
}

/** "Quyết định số 01/QĐ-UBND ngày 05/02/2026", or "bản trình ký (chưa có số, ngày)". */
function documentTitle(doc: DocumentSummary): string {
  return doc.numberText === null
    ? 'Bản trình ký (để trống số và ngày)'
    : `Quyết định số ${doc.numberText}${doc.date === null ? '' : ` ngày ${isoToVi(doc.date)}`}`;
}

function writtenText(w: Written): string {
  const doc = w.made.document;
  const lines = [
    `${documentTitle(doc)}: ${doc.summary}`,
    `  Tệp: ${w.file}`,
    doc.status === 'draft'
      ? '  Bản nháp ở trong sổ văn bản; ban hành bằng --issue (lệnh mới) hoặc trong ứng dụng.'
      : '  Đã ban hành: số và ngày đã ghi vào sổ văn bản đi.',
  ];
  const warnings = w.made.warnings;
  if (warnings.length > 0) {
    lines.push(
      doc.status === 'draft' ? '  Cảnh báo thành phần Tổ:' : '  Cảnh báo thành phần Tổ (đã xác nhận):',
      ...warnings.map((x) => `  ${warningLine(x)}`),
    );
  }
  return lines.join('\n');
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
    'Tổ đã có quyết định thành lập còn hiệu lực: từ chối, in số và ngày của quyết định đó; thành viên',
    'thay đổi thì dùng "decision reorganize"; --force: vẫn ghi thêm một quyết định thành lập (biết rõ).',
    'Mọi Tổ trong một lần ghi: một Tổ bị từ chối thì không Tổ nào có quyết định, không số nào bị lấy.',
    'Các tệp được ghi sau khi vào sổ; nếu không ghi được (hoặc lệnh bị dừng), ghi lại bằng',
    '"decision export --id MÃ --out TỆP.docx", đừng chạy lại lệnh này (sẽ thành quyết định thứ hai).',
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
    ...forceOption,
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
      // The level picks the kind; whether the team may be founded is the backend's to decide.
      const team = await api.getTeam({ id: values.team });
      const kind = team.level === 'commune' ? 'founding_commune' : 'founding_village';
      const [written] = await makeAndWrite(api, { kind, teamIds: [team.id], issue, force: values.force }, [
        target,
      ]);
      if (!written) throw new AppError('internal', 'Không soạn được quyết định.');
      out.result(writtenJson(written), () => writtenText(written));
      return;
    }

    const ids = splitIds(values.teams);
    const commune = () => 'Quyết định thành lập Tổ cấp xã: dùng --team MÃ_TỔ. Chưa ghi gì, chưa ghi tệp nào.';
    let files: string[];
    if (values.combined) {
      files = [target];
    } else {
      const teams = [];
      for (const id of ids) teams.push(await api.getTeam({ id }));
      files = villageDecisionFileNames(teams).map((name) => path.join(target, name));
    }
    const written = await makeAndWrite(
      api,
      {
        kind: values.combined ? 'founding_villages' : 'founding_village',
        teamIds: ids,
        issue,
        force: values.force,
      },
      files,
      (error) => (error.code === 'validation' ? commune() : null),
    );
    out.result({ documents: written.map(writtenJson) }, () =>
      [
        ...written.map(writtenText),
        written.length > 1 ? `Đã ghi ${formatNumber(written.length)} quyết định vào thư mục ${target}.` : '',
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
    'Soạn và ban hành trong một lần ghi; tệp không ghi được sau khi vào sổ thì ghi lại bằng "decision export".',
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
    const [written] = await makeAndWrite(
      api,
      { kind: 'reorganization', teamIds: [values.team], issue: issueOf(values), force: false },
      [target],
    );
    if (!written) throw new AppError('internal', 'Không soạn được quyết định.');
    const changes = written.made.changes;
    const json: ReorganizationWrittenJson = { ...writtenJson(written), changes: [...changes] };
    out.result(json, () =>
      [
        writtenText(written),
        changes.length === 0
          ? '  Không có thay đổi thành viên nào từ quyết định gần nhất.'
          : ['  Thay đổi:', ...changes.map((c) => `    - ${c}`)].join('\n'),
      ].join('\n'),
    );
  },
});

// ——— decision export ———

export const decisionExportCommand = defineCommand({
  words: ['decision', 'export'],
  summary: 'Ghi lại tệp .docx của một văn bản trong sổ (bản đã ban hành: đúng như lúc cấp số)',
  details: [
    'Văn bản đã ban hành được ghi lại từ bản lưu lúc cấp số (không soạn lại, không lấy số mới): dùng',
    'khi tệp bị mất, hoặc khi lệnh ban hành dừng giữa chừng sau khi đã vào sổ. Bản nháp: bản trình ký.',
    '--id là trường id của "register list" (thêm --all để thấy bản nháp).',
    'JSON: {id, kind, status, number, numberText, date, summary, teamIds, path, warnings}, như "decision found".',
  ],
  examples: ['decision export --id 0198f0c2-… --out qd-thanh-lap.docx'],
  options: {
    id: {
      type: 'string',
      required: true,
      value: 'MÃ',
      help: 'Mã của văn bản (trường id của "register list")',
    },
    out: {
      type: 'string',
      required: true,
      value: 'TỆP.docx',
      help: 'Tệp .docx sẽ ghi',
      check: docxPathProblem,
    },
  },
  precheck(values, { cwd }) {
    assertWritableTarget(path.resolve(cwd, values.out));
  },
  async run({ api, out, cwd }, values) {
    const target = path.resolve(cwd, values.out);
    const doc = await api.getDocument({ id: values.id });
    const download = await api.renderDocument({ id: doc.id, format: 'docx' });
    writeBase64(target, download.base64);
    out.result(decisionWrittenJson(doc, target, doc.warnings), () =>
      [`${documentTitle(doc)}: ${doc.summary}`, `  Tệp: ${target}`].join('\n'),
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
    const scanFile = values.scan === undefined ? null : path.resolve(cwd, values.scan);
    // The backend refuses a number the year already has before it keeps any copy of the scan.
    const doc = await api
      .recordPastDecision({
        teamIds: [team.id],
        number,
        ...(values.symbol === undefined ? {} : { symbol: values.symbol }),
        date: values.date,
        signer: values.signer,
        summary: values.summary ?? `Về việc thành lập ${team.name}`,
        scan: scanFile === null ? null : { fileName: path.basename(scanFile), base64: readBase64(scanFile) },
      })
      .catch((error: unknown) => {
        throw explained(error, () => 'Hãy kiểm tra lại số và ngày. Chưa ghi gì.');
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
