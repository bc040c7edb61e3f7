import { describe, expect, it } from 'vitest';
import type { Activity, Catalog } from '../../../../shared/contract/monthly-types';
import {
  catalogNames,
  periodYears,
  periodsOfYear,
  platformsText,
  resultsText,
  shortTeamName,
  teamPlace,
  totalsLine,
  totalsOf,
} from './activity-text';

const catalog: Catalog = {
  platforms: [{ code: 'vneid', name: 'VNeID', active: true }],
  indicators: [
    {
      code: 'vneid_activated',
      name: 'Kích hoạt VNeID mức 2',
      unit: 'tài khoản',
      pillar: 'digital_society',
      platform: 'vneid',
      platformName: 'VNeID',
      active: true,
      sortOrder: 1,
      hasResults: false,
    },
  ],
};

const activity = (people: number | null, households: number | null): Activity => ({
  id: '00000000-0000-7000-8000-000000000000',
  date: '2026-05-04',
  teamId: '00000000-0000-7000-8000-000000000001',
  teamName: 'Tổ CNSCĐ thôn An Hải',
  villageId: null,
  villageName: null,
  kind: 'guidance',
  platforms: [],
  place: null,
  peopleReached: people,
  householdsReached: households,
  results: [],
  memberIds: [],
  note: null,
  createdAt: '2026-05-04T00:00:00.000Z',
  updatedAt: '2026-05-04T00:00:00.000Z',
});

describe('platforms and results by name', () => {
  const names = catalogNames(catalog);
  it('names each platform and keeps an unknown code as it is', () => {
    expect(platformsText(['vneid', 'old_app'], names)).toBe('VNeID, old_app');
  });
  it('reads results as "name: number" with Vietnamese thousands, in the catalog’s order', () => {
    expect(
      resultsText(
        [
          { indicator: 'retired_code', value: 3 },
          { indicator: 'vneid_activated', value: 1200 },
        ],
        names,
      ),
    ).toBe('Kích hoạt VNeID mức 2: 1.200; retired_code: 3');
  });
});

describe('totals of the list shown', () => {
  it('adds people and households, an unknown count as nothing', () => {
    const totals = totalsOf([activity(12, 5), activity(null, 3), activity(1000, null)]);
    expect(totals).toEqual({ count: 3, people: 1012, households: 8 });
    expect(totalsLine(totals)).toBe('3 hoạt động; tiếp cận 1.012 người, 8 hộ.');
  });
  it('says so when nothing is shown', () => {
    expect(totalsLine(totalsOf([]))).toBe('Không có hoạt động nào.');
  });
});

describe('periods offered', () => {
  it('a year gives the year, two halves, four quarters and twelve months, in that order', () => {
    const codes = periodsOfYear(2026).map((p) => p.code);
    expect(codes).toHaveLength(19);
    expect(codes.slice(0, 8)).toEqual([
      '2026',
      '2026-H1',
      '2026-H2',
      '2026-Q1',
      '2026-Q2',
      '2026-Q3',
      '2026-Q4',
      '2026-01',
    ]);
    expect(codes.at(-1)).toBe('2026-12');
  });
  it('offers recent years, newest first, and a year a link asked for', () => {
    expect(periodYears(2026)).toEqual([2027, 2026, 2025, 2024]);
    expect(periodYears(2026, [2019, 2026])).toEqual([2027, 2026, 2025, 2024, 2019]);
  });
});

describe('shortTeamName', () => {
  it('abbreviates the full name the register gives a team, and leaves any other name', () => {
    expect(shortTeamName('Tổ Công nghệ số cộng đồng thôn An Hải')).toBe('Tổ CNSCĐ thôn An Hải');
    expect(shortTeamName('Tổ CNSCĐ xã Đông Sơn')).toBe('Tổ CNSCĐ xã Đông Sơn');
    expect(shortTeamName('Tổ Công nghệ số cộng đồng')).toBe('Tổ Công nghệ số cộng đồng');
  });
});

describe('teamPlace', () => {
  it('names the team by its village or commune in the "Tổ" column', () => {
    expect(teamPlace('Tổ Công nghệ số cộng đồng thôn An Hải')).toBe('Thôn An Hải');
    expect(teamPlace('Tổ CNSCĐ xã Đông Sơn')).toBe('Xã Đông Sơn');
    expect(teamPlace('Tổ CNSCĐ tổ dân phố 3')).toBe('Tổ dân phố 3');
    expect(teamPlace('Tổ hỗ trợ đặc biệt')).toBe('Tổ hỗ trợ đặc biệt');
  });
});
