/**
 * The filters of the activity log, kept in the route (`#/hoat-dong?period=2026-Q2&team=…`): a
 * link from the dashboard opens the log filtered, and the filters the officer picks stay in the
 * address. Each parameter is checked with the contract's schemas; one that is not valid is left
 * out and named, never sent to the backend.
 */
import type { z } from 'zod';
import {
  activityKindSchema,
  catalogCodeSchema,
  periodSchema,
  pillarSchema,
} from '../../../../shared/contract/monthly-schemas';
import { idSchema } from '../../../../shared/contract/schemas';
import type { ActivityKind, Pillar } from '../../../../shared/domain/activities';
import type { RouteParams } from '../../app/router';

export interface ActivityFilters {
  /** A period code as the contract accepts it: 2026, 2026-H1, 2026-Q2, 2026-05. */
  period?: string;
  teamId?: string;
  villageId?: string;
  kind?: ActivityKind;
  platform?: string;
  pillar?: Pillar;
  indicator?: string;
}

/** The route parameter of each filter (the agreed click-through link). */
export const filterParams = {
  period: 'period',
  teamId: 'team',
  villageId: 'village',
  kind: 'kind',
  platform: 'platform',
  pillar: 'pillar',
  indicator: 'indicator',
} as const satisfies Record<keyof ActivityFilters, string>;

type FilterKey = keyof ActivityFilters;

const checks: Record<FilterKey, z.ZodType> = {
  period: periodSchema,
  teamId: idSchema,
  villageId: idSchema,
  kind: activityKindSchema,
  platform: catalogCodeSchema,
  pillar: pillarSchema,
  indicator: catalogCodeSchema,
};

const filterKeys = Object.keys(filterParams) as FilterKey[];

export interface ParsedFilters {
  filters: ActivityFilters;
  /** The parameters left out, as "name=value", for a message. */
  ignored: string[];
}

/** The filters a route's parameters ask for; parameters other than the filters' are not read. */
export function filtersFromParams(params: URLSearchParams): ParsedFilters {
  const filters: Record<string, string> = {};
  const ignored: string[] = [];
  for (const key of filterKeys) {
    const value = params.get(filterParams[key])?.trim();
    if (value === undefined || value === '') continue;
    if (checks[key].safeParse(value).success) {
      filters[key] = key === 'period' ? value.toUpperCase() : value;
    } else ignored.push(`${filterParams[key]}=${value}`);
  }
  return { filters: filters as ActivityFilters, ignored };
}

/** The route parameters of a set of filters (empty ones left out). */
export function filtersToParams(filters: ActivityFilters): RouteParams {
  const params: RouteParams = {};
  for (const key of filterKeys) {
    const value = filters[key];
    if (value !== undefined && value !== '') params[filterParams[key]] = value;
  }
  return params;
}

/** How many filters are set (the reset button is offered when there is one). */
export function countFilters(filters: ActivityFilters): number {
  return Object.keys(filtersToParams(filters)).length;
}
