/** Sentences and short facts about people that the register's screens show. */
import type { DuplicateHint, Person } from '../../../../shared/contract/types';
import { genderLabels, personTagLabels, type Gender, type PersonTag } from '../../../../shared/domain/teams';
import { formatPhone } from '../../../../shared/vi/phone';

type Facts = Pick<Person, 'birthYear' | 'phone' | 'villageName'>;

/** "sinh năm 1978, 0912 345 678, Thôn An Hải" — whatever is known. */
export function personFacts(person: Facts): string {
  return [
    person.birthYear === null ? '' : `sinh năm ${person.birthYear}`,
    person.phone === null ? '' : formatPhone(person.phone),
    person.villageName ?? '',
  ]
    .filter((part) => part !== '')
    .join(', ');
}

/** "Nguyễn Văn An (sinh năm 1978, 0912 345 678, Thôn An Hải)". */
export function describeHint(hint: DuplicateHint): string {
  const facts = personFacts(hint);
  return facts === '' ? hint.fullName : `${hint.fullName} (${facts})`;
}

export function hintReason(hint: DuplicateHint): string {
  return hint.reason === 'phone' ? 'cùng số điện thoại' : 'cùng họ tên và năm sinh';
}

export function genderText(gender: Gender | null): string {
  return gender === null ? '' : genderLabels[gender];
}

export function tagText(tags: readonly PersonTag[]): string {
  return tags.map((t) => personTagLabels[t]).join(', ');
}

/** "1.234 người", or "Tìm thấy 12 người" while searching. */
export function countNote(shown: string, searching: boolean): string {
  return searching ? `Tìm thấy ${shown} người` : `${shown} người`;
}
