/**
 * The log's filters as the route holds them: read when the section opens (a link from the
 * dashboard), followed when the address changes, and written back when the officer picks one.
 */
import { useMemo, useSyncExternalStore } from 'react';
import { navigateTo, readParams } from '../../app/router';
import {
  filtersFromParams,
  filtersToParams,
  type ActivityFilters,
  type ParsedFilters,
} from './activity-filters';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useRouteFilters(): [ParsedFilters, (filters: ActivityFilters) => void] {
  const query = useSyncExternalStore(subscribe, () => readParams().toString());
  const parsed = useMemo(() => filtersFromParams(new URLSearchParams(query)), [query]);
  return [parsed, (filters) => navigateTo('hoat-dong', filtersToParams(filters))];
}
