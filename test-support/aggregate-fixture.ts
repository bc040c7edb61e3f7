/**
 * Test support: the receiving unit's aggregate over real figures. Two databases — the small
 * commune counted by hand (report-data.ts) and the demo commune — each computed by the figures
 * module for March 2026, then added up by combineFigures with a commune that sent nothing; and a
 * province-sized variant where those two real data sets stand for many communes (a long table of
 * communes). The header and texts the aggregated report's tests print.
 */
import type { AggregateFigures, ReportFigures, ReportTotals } from '../shared/contract/report-types';
import { parsePeriod } from '../shared/domain/periods';
import type { Backend } from '../electron/backend/backend';
import { combineFigures, type CommuneFigures } from '../electron/backend/report/aggregate';
import type { AggregateReportHeader } from '../electron/backend/report/aggregate-content';
import { computeReportFigures } from '../electron/backend/report/figures';
import { reportData } from './report-data';
import { BIEU_FIXED_TITLES } from './report-fixture';
import { tempBackend } from './temp';

/** A commune's March 2026 as the figures module computes it on its own database (reported on 20/3). */
export async function marchFigures(backend: Backend, name: string, code: string): Promise<ReportFigures> {
  const parsed = parsePeriod('2026-03');
  if (!parsed.ok) throw new Error(parsed.message);
  return computeReportFigures(
    backend.ctx.db,
    { info: { name, communeCodes: [code] }, teamIds: null },
    parsed.period,
    '2026-03-20',
  );
}

export interface CommuneSources {
  /** The hand-counted small commune (4 activities, 115 people, 52 households). */
  small: ReportFigures;
  /** The demo commune. */
  demo: ReportFigures;
}

/** The two real data sets, computed on temporary databases closed again before returning. */
export async function communeSources(): Promise<CommuneSources> {
  const smallBackend = await tempBackend();
  const demoBackend = await tempBackend();
  try {
    await reportData(smallBackend);
    await demoBackend.handlers.loadDemo(undefined);
    return {
      small: await marchFigures(smallBackend, 'Xã Đông Sơn', '21109'),
      demo: await marchFigures(demoBackend, 'Xã An Bình', '21100'),
    };
  } finally {
    smallBackend.close();
    demoBackend.close();
  }
}

export const UNIT = { name: 'Sở Khoa học và Công nghệ' } as const;

/** Three communes: Đông Sơn and An Bình received, Phường Bình Minh silent. */
export function threeCommunes(sources: CommuneSources): AggregateFigures {
  const communes: CommuneFigures[] = [
    { code: '21109', name: 'Xã Đông Sơn', figures: sources.small },
    { code: '21112', name: 'Phường Bình Minh', figures: null },
    { code: '21100', name: 'Xã An Bình', figures: sources.demo },
  ];
  return combineFigures(
    { name: UNIT.name, communeCodes: communes.map((c) => c.code) },
    sources.small.period,
    communes,
  );
}

const provinceNames = [
  'Bình Sơn',
  'Đông Sơn',
  'Vạn Tường',
  'Bình Châu',
  'Trà Bồng',
  'Sơn Tịnh',
  'Thọ Phong',
  'Trương Quang Trọng',
  'Tư Nghĩa',
  'Nghĩa Giang',
];

/**
 * `count` communes, each one of the two real data sets in turn (every fifth sent nothing), under
 * names of their own: a table of communes that runs over several pages.
 */
export function manyCommunes(sources: CommuneSources, count: number): AggregateFigures {
  const communes: CommuneFigures[] = Array.from({ length: count }, (_, i) => {
    const name = `${i % 3 === 2 ? 'Phường' : 'Xã'} ${provinceNames[i % provinceNames.length] ?? ''}${i >= provinceNames.length ? ` ${Math.floor(i / provinceNames.length) + 1}` : ''}`;
    const figures = i % 5 === 4 ? null : i % 2 === 0 ? sources.demo : sources.small;
    return { code: String(21000 + i), name, figures };
  });
  return combineFigures(
    { name: UNIT.name, communeCodes: communes.map((c) => c.code) },
    sources.small.period,
    communes,
  );
}

/** The Sở of Quảng Ngãi, under the province's People's Committee, signed by a deputy director. */
export const aggregateHeader: AggregateReportHeader = {
  supervisingBody: 'UBND TỈNH QUẢNG NGÃI',
  issuerName: 'Sở Khoa học và Công nghệ',
  issuerInText: 'Sở Khoa học và Công nghệ tỉnh Quảng Ngãi',
  areaInText: 'tỉnh Quảng Ngãi',
  placeName: 'Quảng Ngãi',
  symbol: 'BC-SKHCN',
  addressees: ['Bộ Khoa học và Công nghệ', 'Ủy ban nhân dân tỉnh Quảng Ngãi'],
  recipients: ['Như trên', 'Giám đốc, các Phó Giám đốc Sở', 'UBND các xã, phường', 'Lưu: VT, CĐS'],
  signature: { lines: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'], name: 'Lê Văn Hùng' },
};

export const aggregateTexts = {
  difficulties: 'Một số xã, phường gửi số liệu chậm so với thời hạn.',
  proposals: 'Đề nghị Bộ Khoa học và Công nghệ hỗ trợ tài liệu hướng dẫn kỹ năng số.',
  nextTasks: 'Đôn đốc các xã, phường chưa gửi số liệu.\nTiếp tục hướng dẫn người dân nộp hồ sơ trực tuyến.',
};

/** The table of communes' headings before its indicators: the commune, its teams, then the village Biểu's counts. */
export const COMMUNES_FIXED_TITLES = ['STT', 'Xã, phường', 'Số Tổ', ...BIEU_FIXED_TITLES.slice(2)];

/**
 * What the table of communes should show for a commune's figures (or, in its total row, for the
 * aggregate's), taken from the figures' own fields: teams, members, activities, people,
 * households, members trained.
 */
export function communeCounts(f: ReportTotals): number[] {
  return [
    f.teams.commune + f.teams.village,
    f.members.total,
    f.activities.total,
    f.reached.people,
    f.reached.households,
    f.trainings.trainedMembers,
  ];
}
