/**
 * The typed search of the selects: diacritic- and case-insensitive, as officers type ("an hai"
 * finds "Thôn An Hải"). Each option carries its folded text in `search`.
 */
import { foldVi } from '../../../../shared/vi/text';

export interface SearchableOption {
  search: string;
}

/** An option's folded search key, from the text it shows (and anything else it should match). */
export function searchKey(...texts: string[]): string {
  return foldVi(texts.join(' '));
}

/** `showSearch={{ filterOption: foldedFilter }}` on a Select whose options are SearchableOption. */
export function foldedFilter(input: string, option?: SearchableOption): boolean {
  return option !== undefined && option.search.includes(foldVi(input));
}
