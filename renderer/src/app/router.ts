/**
 * A tiny hash router: the section lives in `location.hash` (`#/thon`), so a reload keeps it and
 * the query string (the web preview's token) is never touched.
 */
import { useSyncExternalStore } from 'react';

export const sectionKeys = [
  'tong-quan',
  'thon',
  'nguoi',
  'to',
  'van-ban',
  'hoat-dong',
  'tien-do',
  'bao-cao',
  'gui-so-lieu',
  'cai-dat',
  'nhat-ky',
] as const;
export type SectionKey = (typeof sectionKeys)[number];

const defaultSection: SectionKey = 'tong-quan';

function isSectionKey(value: string): value is SectionKey {
  return (sectionKeys as readonly string[]).includes(value);
}

export function readSection(hash: string = window.location.hash): SectionKey {
  const key = /^#\/([a-z-]+)/u.exec(hash)?.[1] ?? '';
  return isSectionKey(key) ? key : defaultSection;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useSection(): SectionKey {
  return useSyncExternalStore(subscribe, () => readSection());
}

export function hrefOf(section: SectionKey): string {
  return `#/${section}`;
}

export function navigate(section: SectionKey): void {
  if (readSection() !== section || window.location.hash === '') window.location.hash = `/${section}`;
}

// ——— Query parameters in the hash (`#/nguoi?id=…`): which record a section opens ———

export type RouteParams = Record<string, string>;

export function readParams(hash: string = window.location.hash): URLSearchParams {
  const at = hash.indexOf('?');
  return new URLSearchParams(at < 0 ? '' : hash.slice(at + 1));
}

/** One parameter of the current hash, or null; re-renders when the hash changes. */
export function useRouteParam(name: string): string | null {
  return useSyncExternalStore(subscribe, () => readParams().get(name));
}

export function hrefWith(section: SectionKey, params: RouteParams = {}): string {
  const query = new URLSearchParams(params).toString();
  return query === '' ? hrefOf(section) : `${hrefOf(section)}?${query}`;
}

/** Goes to a section with parameters (`navigateTo('nguoi', { id })`); none clears them. */
export function navigateTo(section: SectionKey, params: RouteParams = {}): void {
  const target = hrefWith(section, params);
  if (window.location.hash !== target) window.location.hash = target.slice(1);
}
