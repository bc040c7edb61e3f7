/** The filters above the activity log: period, team, village, kind, platform, pillar, indicator. */
import { ClearOutlined } from '@ant-design/icons';
import { Button, Select } from 'antd';
import { useMemo } from 'react';
import type { Catalog } from '../../../../shared/contract/monthly-types';
import type { TeamSummary, Village } from '../../../../shared/contract/types';
import {
  activityKindLabels,
  activityKinds,
  pillarLabels,
  pillars,
} from '../../../../shared/domain/activities';
import { parsePeriod, periodLabel } from '../../../../shared/domain/periods';
import { compareVi } from '../../../../shared/vi/text';
import { ListEmpty } from '../../components/ListEmpty';
import { foldedFilter, searchKey } from '../../components/forms/vi-search';
import { countFilters, type ActivityFilters } from './activity-filters';
import { periodsOfYear, periodYears, shortTeamName } from './activity-text';

interface Props {
  filters: ActivityFilters;
  onChange: (filters: ActivityFilters) => void;
  teams: readonly TeamSummary[];
  villages: readonly Village[];
  catalog: Catalog | undefined;
}

const kindOptions = activityKinds.map((k) => ({
  value: k,
  label: activityKindLabels[k],
  search: searchKey(activityKindLabels[k]),
}));
const pillarOptions = pillars.map((p) => ({
  value: p,
  label: pillarLabels[p],
  search: searchKey(pillarLabels[p]),
}));
const nothing = <ListEmpty>Không có mục nào khớp.</ListEmpty>;

export function ActivityFilterBar({ filters, onChange, teams, villages, catalog }: Props) {
  const askedYear = filters.period === undefined ? null : parsePeriod(filters.period);
  const years = periodYears(new Date().getFullYear(), askedYear?.ok === true ? [askedYear.period.year] : []);
  const periodOptions = years.map((year) => ({
    label: `Năm ${year}`,
    title: `Năm ${year}`,
    search: '',
    options: periodsOfYear(year).map((p) => ({
      value: p.code,
      label: periodLabel(p),
      search: searchKey(periodLabel(p)),
    })),
  }));
  const teamOptions = useMemo(
    () =>
      teams.map((t) => ({
        value: t.id,
        label: shortTeamName(t.name),
        search: searchKey(t.name, shortTeamName(t.name)),
      })),
    [teams],
  );
  const villageOptions = useMemo(
    () =>
      [...villages]
        .sort((a, b) => compareVi(a.name, b.name))
        .map((v) => ({ value: v.id, label: v.name, search: searchKey(v.name) })),
    [villages],
  );
  const platformOptions = (catalog?.platforms ?? []).map((p) => ({
    value: p.code,
    label: p.name,
    search: searchKey(p.name, p.code),
  }));
  const indicatorOptions = (catalog?.indicators ?? []).map((i) => ({
    value: i.code,
    label: i.name,
    search: searchKey(i.name, i.code),
  }));

  const set = <K extends keyof ActivityFilters>(key: K, value: ActivityFilters[K] | null | undefined) =>
    onChange({ ...filters, [key]: value ?? undefined });

  const common = {
    allowClear: true,
    showSearch: { filterOption: foldedFilter },
    notFoundContent: nothing,
    popupMatchSelectWidth: false,
  } as const;

  return (
    <div className="activity-filters" role="group" aria-label="Lọc hoạt động">
      <Select
        {...common}
        aria-label="Kỳ"
        placeholder="Mọi kỳ"
        className="filter-period"
        value={filters.period}
        options={periodOptions}
        onChange={(v: string | undefined) => set('period', v)}
      />
      <Select
        {...common}
        aria-label="Tổ"
        placeholder="Mọi Tổ"
        className="filter-team"
        value={filters.teamId}
        options={teamOptions}
        onChange={(v: string | undefined) => set('teamId', v)}
      />
      <Select
        {...common}
        aria-label="Thôn"
        placeholder="Mọi thôn"
        className="filter-village"
        value={filters.villageId}
        options={villageOptions}
        onChange={(v: string | undefined) => set('villageId', v)}
      />
      <Select
        {...common}
        aria-label="Hình thức"
        placeholder="Mọi hình thức"
        className="filter-kind"
        value={filters.kind}
        options={kindOptions}
        onChange={(v: ActivityFilters['kind']) => set('kind', v)}
      />
      <Select
        {...common}
        aria-label="Nền tảng"
        placeholder="Mọi nền tảng"
        className="filter-platform"
        value={filters.platform}
        options={platformOptions}
        onChange={(v: string | undefined) => set('platform', v)}
      />
      <Select
        {...common}
        aria-label="Trụ cột"
        placeholder="Mọi trụ cột"
        className="filter-pillar"
        value={filters.pillar}
        options={pillarOptions}
        onChange={(v: ActivityFilters['pillar']) => set('pillar', v)}
      />
      <Select
        {...common}
        aria-label="Chỉ tiêu"
        placeholder="Mọi chỉ tiêu"
        className="filter-indicator"
        value={filters.indicator}
        options={indicatorOptions}
        onChange={(v: string | undefined) => set('indicator', v)}
      />
      <Button icon={<ClearOutlined />} disabled={countFilters(filters) === 0} onClick={() => onChange({})}>
        Bỏ lọc
      </Button>
    </div>
  );
}
