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
import { foldedFilter, searchKey, type SearchableOption } from '../../components/forms/vi-search';
import { countFilters, filterParams, type ActivityFilters } from './activity-filters';
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

type FilterKey = keyof ActivityFilters;

interface FilterSelect {
  key: FilterKey;
  label: string;
  placeholder: string;
  options: SearchableOption[];
}

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

  // One select per filter, in the order of the log's columns.
  const selects: readonly FilterSelect[] = [
    { key: 'period', label: 'Kỳ', placeholder: 'Mọi kỳ', options: periodOptions },
    { key: 'teamId', label: 'Tổ', placeholder: 'Mọi Tổ', options: teamOptions },
    { key: 'villageId', label: 'Thôn', placeholder: 'Mọi thôn', options: villageOptions },
    { key: 'kind', label: 'Hình thức', placeholder: 'Mọi hình thức', options: kindOptions },
    { key: 'platform', label: 'Nền tảng', placeholder: 'Mọi nền tảng', options: platformOptions },
    { key: 'pillar', label: 'Trụ cột', placeholder: 'Mọi trụ cột', options: pillarOptions },
    { key: 'indicator', label: 'Chỉ tiêu', placeholder: 'Mọi chỉ tiêu', options: indicatorOptions },
  ];

  return (
    <div className="activity-filters" role="group" aria-label="Lọc hoạt động">
      {selects.map((f) => (
        <Select
          {...common}
          key={f.key}
          aria-label={f.label}
          placeholder={f.placeholder}
          className={`filter-${filterParams[f.key]}`}
          value={filters[f.key]}
          options={f.options}
          // Each filter's options hold only values of its own key (the kinds, the pillars, ids…).
          onChange={(v: string | undefined) => set(f.key, v as ActivityFilters[typeof f.key])}
        />
      ))}
      <Button icon={<ClearOutlined />} disabled={countFilters(filters) === 0} onClick={() => onChange({})}>
        Bỏ lọc
      </Button>
    </div>
  );
}
