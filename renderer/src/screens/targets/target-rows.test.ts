import { describe, expect, it } from 'vitest';
import type { Indicator, Target } from '../../../../shared/contract/monthly-types';
import type { Team } from '../../../../shared/contract/types';
import { indicatorTargetRows, leftText, teamTargetRows } from './target-rows';

function indicator(code: string, active = true): Indicator {
  return {
    code,
    name: code,
    unit: 'người',
    pillar: 'digital_society',
    platform: null,
    platformName: null,
    active,
    sortOrder: 1,
    hasResults: false,
  };
}

function target(indicatorCode: string, teamId: string | null, value: number): Target {
  return {
    id: `${indicatorCode}-${teamId ?? 'xa'}`,
    year: 2026,
    indicator: indicatorCode,
    teamId,
    teamName: teamId,
    value,
    updatedAt: '2026-01-01T00:00:00Z',
  };
}

function team(
  id: string,
  name: string,
  level: Team['level'],
  status: Team['status'],
  households: number,
): Team {
  return {
    id,
    level,
    name,
    villageId: level === 'village' ? `v-${id}` : null,
    villageName: null,
    villageHouseholds: level === 'village' ? households : null,
    zaloLink: null,
    zaloHouseholds: null,
    status,
    notes: null,
    createdAt: '',
    updatedAt: '',
  };
}

describe('indicatorTargetRows', () => {
  it('sums the teams, says what is left (negative when over-given), keeps a retired one only with targets', () => {
    const rows = indicatorTargetRows(
      [indicator('a'), indicator('b'), indicator('old', false), indicator('gone', false)],
      [target('a', null, 400), target('a', 't1', 300), target('a', 't2', 150), target('old', 't1', 5)],
    );
    expect(
      rows.map((r) => [r.indicator.code, r.commune?.value ?? null, r.assigned, r.teams, r.left]),
    ).toEqual([
      ['a', 400, 450, 2, -50],
      ['b', null, 0, 0, null],
      ['old', null, 5, 1, null],
    ]);
  });
});

describe('teamTargetRows', () => {
  it('lists active village teams by name, then others only when they hold a target', () => {
    const rows = teamTargetRows(
      [
        team('t10', 'Tổ CNSCĐ thôn 10', 'village', 'active', 80),
        team('t2', 'Tổ CNSCĐ thôn 2', 'village', 'active', 120),
        team('xa', 'Tổ CNSCĐ xã', 'commune', 'active', 0),
        team('old', 'Tổ CNSCĐ thôn Cũ', 'village', 'dissolved', 50),
        team('old2', 'Tổ CNSCĐ thôn Xưa', 'village', 'dissolved', 50),
      ],
      [target('a', 't10', 30), target('a', 'old', 7), target('b', 't2', 9)],
      'a',
    );
    expect(rows.map((r) => [r.teamName, r.households, r.target?.value ?? null, r.inactive])).toEqual([
      ['Tổ CNSCĐ thôn 2', 120, null, false],
      ['Tổ CNSCĐ thôn 10', 80, 30, false],
      ['Tổ CNSCĐ thôn Cũ', 50, 7, true],
    ]);
  });
});

describe('leftText', () => {
  it('says what is left, or by how much the teams were given more', () => {
    expect(leftText(1250)).toBe('1.250');
    expect(leftText(0)).toBe('0');
    expect(leftText(-20)).toBe('giao vượt 20');
    expect(leftText(null)).toBe('—');
  });
});
