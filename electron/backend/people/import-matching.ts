/**
 * Who a sheet row is: a person the register (or an earlier row) already has, certainly; a
 * conflict the officer must decide; or nobody yet. Certain only when the name agrees with the
 * phone (same name and phone), or name and year agree and one side has no phone. A phone shared
 * with another name, or the same name and year with another phone, is never merged silently.
 */
import type { ImportPersonRef } from '../../../shared/contract/types';
import type { Gender } from '../../../shared/domain/teams';
import { formatPhone } from '../../../shared/vi/phone';
import { foldVi } from '../../../shared/vi/text';

export interface PoolPerson {
  id: string;
  fullName: string;
  nameKey: string;
  birthYear: number | null;
  phone: string | null;
  gender: Gender | null;
  position: string | null;
  villageId: string | null;
  /** The sheet row that brings this person in; null for a person of the register. */
  sheetRow: number | null;
}

export interface RowIdentity {
  fullName: string;
  birthYear: number | null;
  phone: string | null;
}

export type Identification =
  | { kind: 'match'; person: PoolPerson; reason: string }
  | { kind: 'conflict'; candidate: PoolPerson; reason: string }
  | { kind: 'none' };

/** "Trần Văn Nam (1985, 0905 123 456) trong sổ" / "… ở dòng 7 của bảng tính". */
export function describePerson(p: PoolPerson): string {
  const facts = [
    p.birthYear === null ? null : String(p.birthYear),
    p.phone === null ? null : formatPhone(p.phone),
  ]
    .filter((f): f is string => f !== null)
    .join(', ');
  const where = p.sheetRow === null ? 'trong sổ' : `ở dòng ${p.sheetRow} của bảng tính`;
  return `${p.fullName}${facts === '' ? '' : ` (${facts})`} ${where}`;
}

export function personRef(p: PoolPerson): ImportPersonRef {
  return {
    personId: p.sheetRow === null ? p.id : null,
    fullName: p.fullName,
    birthYear: p.birthYear,
    phone: p.phone,
    sheetRow: p.sheetRow,
  };
}

/** Everyone a row can be compared with, looked up by phone and by name and year. */
export class PeoplePool {
  private readonly byPhone = new Map<string, PoolPerson[]>();
  private readonly byNameYear = new Map<string, PoolPerson[]>();

  constructor(people: Iterable<PoolPerson>) {
    for (const person of people) this.add(person);
  }

  add(person: PoolPerson): void {
    if (person.phone !== null) push(this.byPhone, person.phone, person);
    if (person.birthYear !== null) push(this.byNameYear, `${person.nameKey}|${person.birthYear}`, person);
  }

  /** A gap filled on a matched person (a phone, a year) makes it findable by that too. */
  refresh(person: PoolPerson): void {
    if (person.phone !== null && !(this.byPhone.get(person.phone) ?? []).includes(person)) {
      push(this.byPhone, person.phone, person);
    }
    const key = `${person.nameKey}|${person.birthYear}`;
    if (person.birthYear !== null && !(this.byNameYear.get(key) ?? []).includes(person)) {
      push(this.byNameYear, key, person);
    }
  }

  identify(row: RowIdentity): Identification {
    const nameKey = foldVi(row.fullName);
    if (row.phone !== null) {
      const samePhone = this.byPhone.get(row.phone) ?? [];
      const sameName = samePhone.find((p) => p.nameKey === nameKey);
      if (sameName) {
        return {
          kind: 'match',
          person: sameName,
          reason: `cùng họ tên và số điện thoại ${formatPhone(row.phone)}`,
        };
      }
      const other = samePhone[0];
      if (other) {
        return {
          kind: 'conflict',
          candidate: other,
          reason: `cùng số điện thoại ${formatPhone(row.phone)} với ${describePerson(other)} nhưng khác họ tên`,
        };
      }
    }
    if (row.birthYear === null) return { kind: 'none' };
    const sameNameYear = this.byNameYear.get(`${nameKey}|${row.birthYear}`) ?? [];
    const first = sameNameYear[0];
    if (first === undefined) return { kind: 'none' };
    if (sameNameYear.length > 1) {
      return {
        kind: 'conflict',
        candidate: first,
        reason: `có ${sameNameYear.length} người cùng họ tên và năm sinh ${row.birthYear} (trong đó ${describePerson(first)}), chưa biết là ai`,
      };
    }
    if (row.phone === null) {
      return {
        kind: 'match',
        person: first,
        reason: `cùng họ tên và năm sinh ${row.birthYear}; bảng tính không ghi số điện thoại`,
      };
    }
    if (first.phone === null) {
      return {
        kind: 'match',
        person: first,
        reason: `cùng họ tên và năm sinh ${row.birthYear}; người đã có chưa ghi số điện thoại`,
      };
    }
    return {
      kind: 'conflict',
      candidate: first,
      reason: `cùng họ tên và năm sinh với ${describePerson(first)} nhưng khác số điện thoại (bảng tính ghi ${formatPhone(row.phone)})`,
    };
  }
}

function push(map: Map<string, PoolPerson[]>, key: string, person: PoolPerson): void {
  const list = map.get(key);
  if (list) list.push(person);
  else map.set(key, [person]);
}
