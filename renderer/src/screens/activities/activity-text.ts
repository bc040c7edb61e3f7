/** How an activity reads in the log: platforms and results by name, the totals of a list, the periods offered. */
import type { Activity, ActivityResult, Catalog } from '../../../../shared/contract/monthly-types';
import { makePeriod, type Period } from '../../../../shared/domain/periods';
import { TEAM_FULL_NAME } from '../../../../shared/domain/team-names';
import { formatCount } from '../../../../shared/vi/numbers';
import { capitalFirst } from '../../../../shared/vi/text';

export interface CatalogNames {
  platforms: Map<string, string>;
  indicators: Map<string, string>;
  /** Each indicator's place in the catalog: results read in the catalog's order. */
  indicatorOrder: Map<string, number>;
}

export function catalogNames(catalog: Catalog | undefined): CatalogNames {
  const indicators = catalog?.indicators ?? [];
  return {
    platforms: new Map((catalog?.platforms ?? []).map((p) => [p.code, p.name])),
    indicators: new Map(indicators.map((i) => [i.code, i.name])),
    indicatorOrder: new Map(indicators.map((i, index) => [i.code, index])),
  };
}

/** "VNeID, Dịch vụ công trực tuyến" (a code not in the catalog shows as it is). */
export function platformsText(codes: readonly string[], names: CatalogNames): string {
  return codes.map((code) => names.platforms.get(code) ?? code).join(', ');
}

/** "Kích hoạt VNeID: 12; Nộp hồ sơ trực tuyến: 3", in the catalog's order (unknown codes last). */
export function resultsText(results: readonly ActivityResult[], names: CatalogNames): string {
  const place = (code: string) => names.indicatorOrder.get(code) ?? Number.MAX_SAFE_INTEGER;
  return [...results]
    .sort((a, b) => place(a.indicator) - place(b.indicator))
    .map((r) => `${names.indicators.get(r.indicator) ?? r.indicator}: ${formatCount(r.value)}`)
    .join('; ');
}

export interface ActivityTotals {
  count: number;
  people: number;
  households: number;
}

export function totalsOf(activities: readonly Activity[]): ActivityTotals {
  let people = 0;
  let households = 0;
  for (const a of activities) {
    people += a.peopleReached ?? 0;
    households += a.householdsReached ?? 0;
  }
  return { count: activities.length, people, households };
}

/** "12 hoạt động; tiếp cận 340 người, 120 hộ." */
export function totalsLine(totals: ActivityTotals): string {
  if (totals.count === 0) return 'Không có hoạt động nào.';
  return (
    `${formatCount(totals.count)} hoạt động; tiếp cận ${formatCount(totals.people)} người, ` +
    `${formatCount(totals.households)} hộ.`
  );
}

/** The periods of one year, the year first: year, two halves, four quarters, twelve months. */
export function periodsOfYear(year: number): Period[] {
  return [
    makePeriod('year', year),
    makePeriod('half_year', year, 1),
    makePeriod('half_year', year, 2),
    ...[1, 2, 3, 4].map((q) => makePeriod('quarter', year, q)),
    ...Array.from({ length: 12 }, (_, i) => makePeriod('month', year, i + 1)),
  ];
}

/** The years the period filter offers: from two years back to next year, and any year asked for. */
export function periodYears(thisYear: number, asked: readonly number[] = []): number[] {
  const years = new Set([thisYear + 1, thisYear, thisYear - 1, thisYear - 2, ...asked]);
  return [...years].sort((a, b) => b - a);
}

/** "Tổ Công nghệ số cộng đồng thôn An Hải" → "Tổ CNSCĐ thôn An Hải", for a list. */
export function shortTeamName(name: string): string {
  return name.startsWith(`${TEAM_FULL_NAME} `) ? `Tổ CNSCĐ ${name.slice(TEAM_FULL_NAME.length + 1)}` : name;
}

/** The place a team is named after, for the "Tổ" column: "Tổ CNSCĐ thôn An Hải" → "Thôn An Hải". */
export function teamPlace(name: string): string {
  const short = shortTeamName(name);
  if (!short.startsWith('Tổ CNSCĐ ') || short.length === 'Tổ CNSCĐ '.length) return short;
  const rest = short.slice('Tổ CNSCĐ '.length);
  return capitalFirst(rest);
}
