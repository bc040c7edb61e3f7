/** Every CLI command in-process through runCli, on real SQLite files in temporary folders. */
import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { createBackend } from '../backend/backend';
import { RecordingHost } from '../../test-support/temp';
import {
  cliHarness,
  closedDatabaseHash,
  fileHash,
  type CliHarness,
  type CliResult,
} from '../../test-support/cli';
import { compareVi } from '../../shared/vi/text';
import { type CliDeps } from './run';
import { countLabels } from './shapes';

let harness: CliHarness;
let dir: string;
let db: string;
let defaultDb: string;

beforeEach(() => {
  harness = cliHarness();
  ({ dir, db, defaultDb } = harness);
});

/** Runs a command line as typed (no --db added). */
function cli(args: readonly string[], deps: CliDeps = {}): Promise<CliResult> {
  return harness.raw(args, deps);
}

/** Runs with --db <db>; expects success and returns the parsed JSON of stdout. */
function json(args: readonly string[]): Promise<unknown> {
  return harness.json(args);
}

const initArgs = [
  'init',
  '--province-code',
  '51',
  '--commune-code',
  '21109',
  '--chairman',
  'Trần Văn Thành',
  '--vice-chairman',
  'Nguyễn Thị Mỹ Hạnh',
  '--vice-chairman',
  'Phạm Quốc Việt',
];

interface InfoShape {
  schemaVersion: number;
  appVersion: string;
  databasePath: string;
  commune: {
    name: string;
    code: string;
    province: { name: string; code: string };
    district: string | null;
    issuer: string;
    place: string;
    leaders: { chairman: { name: string; title: string }; viceChairmen: { name: string; title: string }[] };
    receivingLevel: string;
  } | null;
  counts: Record<string, number>;
}

describe('help', () => {
  it.each([
    ['--help'],
    ['-h'],
    ['help'],
    ['help', 'init'],
    ['init', '--help'],
    ['villages', '--help'],
    ['help', 'villages'],
    ['help', 'villages', 'list'],
    ['villages', 'list', '-h'],
  ])('%s … prints Vietnamese help on stdout, exit 0, no database touched', async (...args) => {
    const result = await cli(args);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/Cách dùng|Các lệnh/u);
    expect(result.stdout).toBe(result.stdout.normalize('NFC'));
    expect(fs.existsSync(defaultDb)).toBe(false);
  });

  it('lists every command, the conventions and the exit codes', async () => {
    const { stdout } = await cli(['help']);
    for (const word of [
      'init',
      'demo',
      'villages list',
      'info',
      'thon',
      'to_dan_pho',
      'YYYY-MM-DD',
      'Mã thoát',
    ]) {
      expect(stdout).toContain(word);
    }
    expect(stdout).toContain(defaultDb);
  });

  it('help of init documents every option', async () => {
    const { stdout } = await cli(['help', 'init']);
    for (const option of [
      '--province-code',
      '--commune-code',
      '--province-name',
      '--commune-name',
      '--issuer',
      '--place',
      '--chairman',
      '--vice-chairman',
      '--force',
      '--db',
      '--json',
    ]) {
      expect(stdout).toContain(option);
    }
  });
});

describe('usage errors (exit 2)', () => {
  it.each([
    [[]],
    [['frob']],
    [['villages']],
    [['villages', 'drop']],
    [['info', '--bogus']],
    [['info', 'extra']],
    [['info', '-x']],
    [['--bogus', 'info']],
    [['--db']],
    [['--db', '--json', 'info']],
    [['info', '--db']],
    [['--db', 'a.sqlite3', 'info', '--db', 'b.sqlite3']],
    [['demo', '--force=yes']],
    [['help', 'frob']],
    [['init', '--province-code', '51', '--commune-code', '21109']],
    [
      [
        'init',
        '--province-code',
        '51',
        '--province-code',
        '52',
        '--commune-code',
        '21109',
        '--chairman',
        'A',
      ],
    ],
    [['init', '--province-code', '51', '--commune-code', '--chairman', 'A']],
  ])('%j', async (args) => {
    const result = await cli(args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^Lỗi cú pháp: /u);
    expect(result.stderr).toContain('Cách dùng:');
    expect(result.stderr).toBe(result.stderr.normalize('NFC'));
    // Refused before the database is opened: nothing is created anywhere.
    expect(fs.existsSync(defaultDb)).toBe(false);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('names the wrong option and shows the command usage', async () => {
    const { stderr } = await cli(['villages', 'list', '--bogus']);
    expect(stderr).toContain('"--bogus"');
    expect(stderr).toContain('villages list');
  });

  it('names the missing required option', async () => {
    const { stderr } = await cli(['init', '--province-code', '51', '--commune-code', '21109']);
    expect(stderr).toContain('--chairman');
  });
});

describe('database location', () => {
  it('without --db uses the application database, creating it', async () => {
    const result = await cli(['info', '--json']);
    expect(result.code).toBe(0);
    expect((JSON.parse(result.stdout) as InfoShape).databasePath).toBe(defaultDb);
    expect(fs.existsSync(defaultDb)).toBe(true);
  });

  it('creates a missing --db file (and its folders), relative to the working folder', async () => {
    const result = await cli(['--db', 'sub/dir/new.sqlite3', 'info', '--json']);
    expect(result.code).toBe(0);
    const file = path.join(dir, 'sub', 'dir', 'new.sqlite3');
    expect(fs.existsSync(file)).toBe(true);
    expect((JSON.parse(result.stdout) as InfoShape).databasePath).toBe(file);
    expect(fs.existsSync(defaultDb)).toBe(false);
  });

  it('accepts --db and --json after the command, and --json before it', async () => {
    const after = await cli(['info', '--db', db, '--json']);
    const before = await cli(['--json', '--db', db, 'info']);
    expect(after.code).toBe(0);
    expect(JSON.parse(after.stdout)).toEqual(JSON.parse(before.stdout));
  });

  it('refuses a file that is not a database of the application (exit 1), leaving it alone', async () => {
    fs.writeFileSync(db, 'không phải SQLite '.repeat(100));
    const before = fileHash(db);
    const result = await cli(['--db', db, 'info', '--json']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^Lỗi: Không đọc được tệp dữ liệu/u);
    expect(fileHash(db)).toBe(before);
  });
});

describe('info', () => {
  it('on a new database: commune null, every count zero, exact keys', async () => {
    const info = (await json(['info'])) as InfoShape;
    expect(Object.keys(info)).toEqual(['schemaVersion', 'appVersion', 'databasePath', 'commune', 'counts']);
    expect(info.commune).toBeNull();
    expect(info.databasePath).toBe(db);
    expect(Number.isInteger(info.schemaVersion) && info.schemaVersion >= 1).toBe(true);
    expect(info.appVersion).toMatch(/^\d+\.\d+\.\d+/u);
    expect(info.counts.villages).toBe(0);
    expect(Object.values(info.counts).every((n) => n === 0)).toBe(true);
  });

  it("counts are the backend's RecordCounts, every kind with a Vietnamese label", async () => {
    const backend = await createBackend({
      databasePath: path.join(dir, 'other.sqlite3'),
      host: new RecordingHost(dir),
      appVersion: 'x',
    });
    const counts = (await backend.handlers.getInfo(undefined)).counts;
    await backend.close();
    const info = (await json(['info'])) as InfoShape;
    expect(Object.keys(info.counts).sort()).toEqual(Object.keys(counts).sort());
    for (const key of Object.keys(counts)) {
      expect((countLabels as Record<string, string | undefined>)[key], key).toBeTruthy();
    }
  });

  it('prints readable Vietnamese text', async () => {
    expect((await cli(['--db', db, 'demo'])).code).toBe(0);
    const { code, stdout } = await cli(['--db', db, 'info']);
    expect(code).toBe(0);
    expect(stdout).toContain('Xã Đông Sơn (mã 21109)');
    expect(stdout).toContain('Tỉnh Quảng Ngãi (mã 51)');
    expect(stdout).toMatch(/Thôn, tổ dân phố: +11/u);
    expect(stdout).toBe(stdout.normalize('NFC'));
    expect(() => JSON.parse(stdout)).toThrow();
  });
});

describe('init', () => {
  it('resolves names from the codes and fills the defaults', async () => {
    const info = (await json(initArgs)) as InfoShape;
    expect(info.commune).toEqual({
      name: 'Xã Đông Sơn',
      code: '21109',
      province: { name: 'Tỉnh Quảng Ngãi', code: '51' },
      district: null,
      issuer: 'ỦY BAN NHÂN DÂN XÃ ĐÔNG SƠN',
      place: 'Đông Sơn',
      leaders: {
        chairman: { name: 'Trần Văn Thành', title: 'Chủ tịch' },
        viceChairmen: [
          { name: 'Nguyễn Thị Mỹ Hạnh', title: 'Phó Chủ tịch' },
          { name: 'Phạm Quốc Việt', title: 'Phó Chủ tịch' },
        ],
      },
      receivingLevel: 'Sở Khoa học và Công nghệ tỉnh Quảng Ngãi',
    });
    // What `info` reads back is what init wrote.
    expect(await json(['info'])).toEqual(info);
  });

  it('takes the given texts over the defaults (cleaned as the application does)', async () => {
    const info = (await json([
      'init',
      '--province-code',
      '51',
      '--commune-code',
      '21109',
      '--chairman',
      '  Lê   Thị Hoa ',
      '--chairman-title',
      'Quyền Chủ tịch',
      '--issuer',
      'ỦY BAN NHÂN DÂN XÃ ĐÔNG SƠN (THỬ)',
      '--place',
      'Bình Sơn',
      '--district-name',
      'Huyện Bình Sơn',
      '--receiving-level',
      'Sở Khoa học và Công nghệ',
    ])) as InfoShape;
    expect(info.commune).toMatchObject({
      issuer: 'ỦY BAN NHÂN DÂN XÃ ĐÔNG SƠN (THỬ)',
      place: 'Bình Sơn',
      district: 'Huyện Bình Sơn',
      receivingLevel: 'Sở Khoa học và Công nghệ',
      leaders: { chairman: { name: 'Lê Thị Hoa', title: 'Quyền Chủ tịch' }, viceChairmen: [] },
    });
  });

  it('prints readable text', async () => {
    const { code, stdout } = await cli(['--db', db, ...initArgs]);
    expect(code).toBe(0);
    expect(stdout).toContain('Đã thiết lập hồ sơ cho Xã Đông Sơn, Tỉnh Quảng Ngãi.');
    expect(stdout).toContain('Phạm Quốc Việt');
  });

  it('refuses a database already set up (exit 1), writing nothing', async () => {
    await json(initArgs);
    const before = closedDatabaseHash(db);
    const result = await cli(['--db', db, ...initArgs.slice(0, 5), '--chairman', 'Người Khác', '--json']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^Lỗi: Cơ sở dữ liệu này đã được thiết lập cho Xã Đông Sơn/u);
    expect(closedDatabaseHash(db)).toBe(before);
  });

  it('--force sets the profile up again and keeps the villages', async () => {
    await json(['demo']);
    const info = (await json([...initArgs.slice(0, 5), '--chairman', 'Người Khác', '--force'])) as InfoShape;
    expect(info.commune?.leaders).toEqual({
      chairman: { name: 'Người Khác', title: 'Chủ tịch' },
      viceChairmen: [],
    });
    expect(info.counts.villages).toBe(11);
  });

  it('refuses codes of a unit not in the list unless the names are given', async () => {
    const refused = await cli([
      '--db',
      db,
      'init',
      '--province-code',
      '99',
      '--commune-code',
      '99999',
      '--chairman',
      'A B',
    ]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('--province-name');
    const info = (await json([
      'init',
      '--province-code',
      '99',
      '--province-name',
      'Tỉnh Thử Nghiệm',
      '--commune-code',
      '99999',
      '--commune-name',
      'Phường 7',
      '--chairman',
      'Lý Văn Bảy',
    ])) as InfoShape;
    expect(info.commune).toMatchObject({
      name: 'Phường 7',
      province: { name: 'Tỉnh Thử Nghiệm', code: '99' },
      issuer: 'ỦY BAN NHÂN DÂN PHƯỜNG 7',
      place: 'Phường 7',
      receivingLevel: 'Sở Khoa học và Công nghệ tỉnh Thử Nghiệm',
    });
  });

  it('refuses a commune code of another province', async () => {
    const result = await cli([
      '--db',
      db,
      'init',
      '--province-code',
      '01',
      '--commune-code',
      '21109',
      '--chairman',
      'A B',
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('--commune-name');
  });

  it.each([
    [['--province-code', '5', '--commune-code', '21109'], 'Mã tỉnh gồm đúng 2 chữ số'],
    [['--province-code', '51', '--commune-code', '2110'], 'Mã xã gồm đúng 5 chữ số'],
  ])('validates the codes with the contract schema: %j', async (codes, message) => {
    const result = await cli(['--db', db, 'init', ...codes, '--chairman', 'A B']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(message);
  });

  it.each([[[]], [['--force']]])(
    'validates the profile with the contract schema (%j), writing nothing',
    async (extra) => {
      await json(['info']);
      const before = closedDatabaseHash(db);
      const five = ['A', 'B', 'C', 'D', 'E'].flatMap((n) => ['--vice-chairman', `Phó ${n}`]);
      const result = await cli(['--db', db, ...initArgs.slice(0, 7), ...five, ...extra]);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('Tối đa 4 Phó Chủ tịch');
      const empty = await cli(['--db', db, ...initArgs.slice(0, 5), '--chairman', '   ', ...extra]);
      expect(empty.code).toBe(1);
      expect(empty.stderr).toContain('Họ và tên: chưa nhập');
      expect(closedDatabaseHash(db)).toBe(before);
    },
  );
});

describe('demo', () => {
  it('fills an empty database', async () => {
    const info = (await json(['demo'])) as InfoShape;
    expect(info.commune?.name).toBe('Xã Đông Sơn');
    expect(info.counts.villages).toBe(11);
  });

  it('refuses a database with data (exit 1), writing nothing', async () => {
    await json(['demo']);
    const before = closedDatabaseHash(db);
    const result = await cli(['--db', db, 'demo', '--json']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^Lỗi: Cơ sở dữ liệu đã có dữ liệu/u);
    expect(closedDatabaseHash(db)).toBe(before);
  });

  it('refuses a database with only a profile', async () => {
    await json(initArgs);
    expect((await cli(['--db', db, 'demo'])).code).toBe(1);
    expect(((await json(['info'])) as InfoShape).commune?.leaders.chairman.name).toBe('Trần Văn Thành');
  });

  it('--force replaces what is there', async () => {
    await json(initArgs);
    const info = (await json(['demo', '--force'])) as InfoShape;
    expect(info.commune?.leaders.chairman.name).toBe('Trần Văn Thành');
    expect(info.counts.villages).toBe(11);
    const again = (await json(['demo', '--force'])) as InfoShape;
    expect(again.counts).toEqual(info.counts);
  });

  it('prints readable text', async () => {
    const { code, stdout } = await cli(['--db', db, 'demo']);
    expect(code).toBe(0);
    expect(stdout).toContain('Đã nạp dữ liệu mẫu: Xã Đông Sơn, 11 thôn, tổ dân phố.');
  });
});

describe('villages list', () => {
  it('an empty database gives an empty array', async () => {
    expect(await json(['villages', 'list'])).toEqual([]);
    const { stdout } = await cli(['--db', db, 'villages', 'list']);
    expect(stdout).toBe('Chưa có thôn, tổ dân phố nào.\n');
  });

  it('a top-level array of {id, name, kind, households}, in Vietnamese order', async () => {
    await json(['demo']);
    const villages = (await json(['villages', 'list'])) as Record<string, unknown>[];
    expect(villages).toHaveLength(11);
    for (const v of villages) {
      expect(Object.keys(v)).toEqual(['id', 'name', 'kind', 'households']);
      expect(v.id).toMatch(/^[0-9a-f-]{36}$/u);
      expect(['thon', 'to_dan_pho']).toContain(v.kind);
      expect(Number.isInteger(v.households)).toBe(true);
    }
    const names = villages.map((v) => String(v.name));
    expect(names).toEqual([...names].sort(compareVi));
    expect(names.indexOf('Thôn Tân Phú 2')).toBeLessThan(names.indexOf('Thôn Tân Phú 10'));
    expect(names.indexOf('Thôn Định Tân')).toBeLessThan(names.indexOf('Thôn Liên Trì'));
    expect(villages.find((v) => v.name === 'Tổ dân phố Tịnh Hòa 1')).toMatchObject({
      kind: 'to_dan_pho',
      households: 468,
    });
  });

  it('prints a Vietnamese table with totals', async () => {
    await json(['demo']);
    const { code, stdout } = await cli(['--db', db, 'villages', 'list']);
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines[0]).toMatch(/^STT +Tên +Loại +Số hộ$/u);
    expect(stdout).toMatch(/Tổ dân phố Tịnh Hòa 1 +Tổ dân phố +468/u);
    expect(stdout).toContain('Tổng cộng: 11 đơn vị (9 thôn, 2 tổ dân phố), 3.694 hộ.');
  });
});

describe('internal errors (exit 3)', () => {
  it('a bug in a handler gives the plain message, the technical detail, and exit 3', async () => {
    const result = await cli(['--db', db, 'info', '--json'], {
      openBackend: async (databasePath, log) => {
        const backend = await createBackend({
          databasePath,
          host: new RecordingHost(dir),
          appVersion: 'x',
          log,
        });
        backend.handlers.getInfo = async () => {
          throw new TypeError('hỏng có chủ ý');
        };
        return backend;
      },
    });
    expect(result.code).toBe(3);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^Lỗi: Đã có lỗi không mong muốn/u);
    expect(result.stderr).toContain('Chi tiết kỹ thuật');
    expect(result.stderr).toContain('hỏng có chủ ý');
  });

  it('a failure while opening that is not an AppError is internal too', async () => {
    const result = await cli(['--db', db, 'info'], {
      openBackend: async () => {
        throw new Error('không mở được');
      },
    });
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('không mở được');
  });
});
