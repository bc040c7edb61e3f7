/**
 * `report build` on a real database file: the report registered as a draft or issued, its .docx
 * and .xlsx read back with the numbers `report data --json` prints, the sections from a JSON file
 * (a bad one: exit 2, nothing written) or from last period's report, the open period's warning.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ReportFigures } from '../../shared/contract/report-types';
import type { DocumentSummary } from '../../shared/contract/types';
import { formatDecimal } from '../../shared/vi/numbers';
import { cliHarness, closedDatabaseHash, initArgs, type CliHarness } from '../../test-support/cli';
import { readBuilt, tableCells } from '../../test-support/docx';
import { seedReportCommune } from '../../test-support/report-cli';
import { loadWorkbook } from '../../test-support/report-workbook';

let h: CliHarness;

const sections = {
  difficulties: 'Sóng di động ở thôn vùng núi còn yếu.',
  proposals: 'Đề nghị hỗ trợ tài liệu hướng dẫn kỹ năng số.',
  nextTasks: 'Tiếp tục hướng dẫn người dân kích hoạt VNeID.',
};

interface BuiltJson {
  id: string;
  status: string;
  number: number | null;
  numberText: string | null;
  date: string | null;
  period: string;
  path: string;
  xlsx: string | null;
  warnings: { code: string; message: string }[];
}

beforeEach(async () => {
  h = cliHarness();
  expect((await h.cli([...initArgs])).code).toBe(0);
  await seedReportCommune(h);
  fs.writeFileSync(path.join(h.dir, 'noi-dung.json'), JSON.stringify(sections));
});

async function build(args: readonly string[]): Promise<{ json: BuiltJson; stderr: string }> {
  const run = await h.cli(['report', 'build', ...args, '--json']);
  expect(run.stderr.split('\n').filter((l) => l !== '' && !l.startsWith('Cảnh báo: '))).toEqual([]);
  expect(run.code).toBe(0);
  return { json: JSON.parse(run.stdout) as BuiltJson, stderr: run.stderr };
}

/** Every paragraph's text, and each table as rows of cell texts. */
function readDocx(file: string): { text: string[]; rows: string[][] } {
  const built = readBuilt(fs.readFileSync(file));
  const rows = built.tables.flatMap((table) =>
    tableCells(table).map((row) =>
      row.map((cell) =>
        cell
          .map((p) => built.sheet.paragraph(p).text)
          .join(' ')
          .trim(),
      ),
    ),
  );
  return { text: built.paragraphs.map((p) => p.text), rows };
}

/** The numbers of the sheets' rows that name `label`, formulas by their cached result. */
async function xlsxRows(file: string, label: string): Promise<{ sheet: string; numbers: number[] }[]> {
  const workbook = await loadWorkbook(fs.readFileSync(file));
  const found: { sheet: string; numbers: number[] }[] = [];
  workbook.eachSheet((sheet) => {
    sheet.eachRow((row) => {
      const values = (row.values as unknown[]).map((v) =>
        typeof v === 'object' && v !== null && 'result' in v ? (v as { result: unknown }).result : v,
      );
      if (values.includes(label)) {
        found.push({ sheet: sheet.name, numbers: values.filter((v): v is number => typeof v === 'number') });
      }
    });
  });
  return found;
}

describe('report build', () => {
  it('registers a draft and writes the .docx and the .xlsx with the numbers of report data', async () => {
    const dataRun = await h.cli(['report', 'data', '--period', '2025-03', '--json']);
    expect(dataRun.code).toBe(0);
    const data = JSON.parse(dataRun.stdout) as ReportFigures;
    const { json, stderr } = await build([
      '--period',
      '2025-03',
      '--out',
      'bc.docx',
      '--xlsx',
      'bc.xlsx',
      '--text-file',
      'noi-dung.json',
    ]);
    expect(json).toMatchObject({
      status: 'draft',
      number: null,
      numberText: null,
      date: null,
      period: '2025-03',
    });
    expect(json.path).toBe(path.join(h.dir, 'bc.docx'));
    expect(json.warnings.map((w) => w.code)).toEqual(data.warnings.map((w) => w.code));
    expect(stderr).toContain(data.warnings[0]?.message ?? 'không có cảnh báo');

    const line = data.indicators[0];
    expect(line).toBeDefined();
    if (line === undefined) return;
    const { text, rows } = readDocx(json.path);
    expect(text.find((t) => t.startsWith('Số:'))).toMatch(/^Số: +\/BC-UBND$/u);
    expect(text).toContain(sections.difficulties);
    expect(text).toContain(data.period.rangeText);
    const row = rows.find((r) => r.includes(line.name));
    expect(row?.slice(-4)).toEqual([
      String(line.target),
      String(line.result),
      String(line.cumulative),
      formatDecimal(line.percent ?? 0),
    ]);
    const village = data.villages[0];
    expect(rows.find((r) => r.includes(village?.villageName ?? '?'))).toEqual(
      expect.arrayContaining([
        String(village?.members),
        String(village?.activities),
        String(village?.people),
      ]),
    );

    const sheets = await xlsxRows(json.xlsx ?? '', line.name);
    expect(sheets.length).toBeGreaterThan(0);
    for (const { numbers } of sheets) {
      expect(numbers.slice(-4)).toEqual([
        line.target,
        line.result,
        line.cumulative,
        (line.percent ?? 0) / 100,
      ]);
    }

    const register = (await h.json(['register', 'list', '--all'])) as DocumentSummary[];
    expect(register.filter((e) => e.symbol === 'BC-UBND').map((e) => e.status)).toEqual(['draft']);
  });

  it('issues with the number and date given, rewriting the period’s draft', async () => {
    await build(['--period', '2025-03', '--out', 'du-thao.docx', '--text-file', 'noi-dung.json']);
    const { json } = await build([
      '--period',
      '2025-03',
      '--out',
      'bc.docx',
      '--text-file',
      'noi-dung.json',
      '--issue',
      '--number',
      '15',
      '--date',
      '2025-03-16',
    ]);
    expect(json).toMatchObject({
      status: 'issued',
      number: 15,
      numberText: '15/BC-UBND',
      date: '2025-03-16',
    });
    expect(readDocx(json.path).text).toContain('Số: 15/BC-UBND');
    const register = (await h.json(['register', 'list', '--year', '2025'])) as DocumentSummary[];
    expect(register.map((e) => e.numberText)).toEqual(['15/BC-UBND']);
  });

  it('refuses a text file that is not JSON or leaves a section empty (2), writing nothing', async () => {
    fs.writeFileSync(path.join(h.dir, 'sai.json'), JSON.stringify({ ...sections, proposals: '   ' }));
    fs.writeFileSync(path.join(h.dir, 'hong.json'), '{"difficulties": ');
    const before = closedDatabaseHash(h.db);
    const build = (file: string) =>
      h.cli(['report', 'build', '--period', '2025-03', '--out', 'bc.docx', '--text-file', file]);
    const empty = await build('sai.json');
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('Chưa nhập nội dung mục "III. ĐỀ XUẤT, KIẾN NGHỊ"');
    expect(empty.stderr).toContain('Chưa ghi gì.');
    const broken = await build('hong.json');
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain('không phải JSON đúng cú pháp');
    expect(closedDatabaseHash(h.db)).toBe(before);
    expect(fs.existsSync(path.join(h.dir, 'bc.docx'))).toBe(false);
  });

  it('takes last period’s sections without a text file, refusing (1) when there is no earlier report', async () => {
    const before = closedDatabaseHash(h.db);
    const none = await h.cli(['report', 'build', '--period', '2025-03', '--out', 'bc.docx']);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('Chưa có báo cáo kỳ trước');
    expect(closedDatabaseHash(h.db)).toBe(before);

    await build(['--period', '2025-02', '--out', 'bc-2.docx', '--text-file', 'noi-dung.json', '--issue']);
    const { json } = await build(['--period', '2025-03', '--out', 'bc-3.docx']);
    const text = readDocx(json.path).text;
    expect(text.filter((t) => t.includes(sections.nextTasks))).toEqual([`${sections.nextTasks}/.`]);
  });

  it('builds a period not over yet, warning "số liệu chưa chốt" on stderr', async () => {
    const { json, stderr } = await build([
      '--period',
      '2100-12',
      '--out',
      'bc.docx',
      '--text-file',
      'noi-dung.json',
    ]);
    expect(json.warnings.map((w) => w.code)).toContain('not_closed');
    expect(stderr).toContain('số liệu chưa chốt');
  });
});
