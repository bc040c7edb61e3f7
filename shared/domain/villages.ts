import { foldVi } from '../vi/text';

/** Kinds of village-level units, with their stable codes (CLI, bundles) and Vietnamese labels. */
export const villageKinds = ['thon', 'to_dan_pho'] as const;
export type VillageKind = (typeof villageKinds)[number];

export const villageKindLabels: Record<VillageKind, string> = {
  thon: 'Thôn',
  to_dan_pho: 'Tổ dân phố',
};

/** The words a name starts with to say its kind, folded ("Tổ dân phố 3", "TDP 3", "Khu phố 2", "Thôn An Hải"). */
const kindWords: readonly { words: readonly string[]; kind: VillageKind }[] = [
  { words: ['to', 'dan', 'pho'], kind: 'to_dan_pho' },
  { words: ['tdp'], kind: 'to_dan_pho' },
  { words: ['khu', 'pho'], kind: 'to_dan_pho' },
  { words: ['thon'], kind: 'thon' },
];

/** The kind the name starts with and the rest of the name as written; kind null when it says none. */
function splitKind(name: string): { kind: VillageKind | null; rest: string } {
  const words = name.trim().split(/\s+/u);
  const folded = words.map(foldVi);
  for (const k of kindWords) {
    if (k.words.every((w, i) => folded[i] === w)) {
      return { kind: k.kind, rest: words.slice(k.words.length).join(' ') };
    }
  }
  return { kind: null, rest: words.join(' ') };
}

/** "Tổ dân phố 3", "TDP 3" or "Khu phố 2" is a residential group, "Thôn An Hải" a village; null when the name does not say. */
export function villageKindFromName(name: string): VillageKind | null {
  return splitKind(name).kind;
}

/**
 * The kind a village form shows after its name changed: read from the name only until the officer
 * has chosen a kind (touched the kind control); never after.
 */
export function kindAfterNameChange(
  name: string,
  current: VillageKind,
  chosenByOfficer: boolean,
): VillageKind {
  if (chosenByOfficer) return current;
  return villageKindFromName(name) ?? current;
}

/** "Thôn An Hải" → "An Hải", "TDP 3" → "3": the name without its kind word, as it was written. */
export function villageNameWithoutKind(name: string): string {
  return splitKind(name).rest;
}

/** "Thôn An Hải" → "thôn An Hải"; "Tổ dân phố 3" → "tổ dân phố 3"; "An Hải" (a thôn) → "thôn An Hải". */
export function villageInSentence(village: { name: string; kind: VillageKind }): string {
  return `${villageKindLabels[village.kind].toLocaleLowerCase('vi')} ${villageNameWithoutKind(village.name)}`;
}
