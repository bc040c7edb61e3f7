/** Defaults derived from an administrative unit's name, for the setup screen and `cli init`. */
import { capitalFirst, upperVi } from '../vi/text';

const unitPrefixes = ['Thị trấn', 'Đặc khu', 'Phường', 'Xã'] as const;

/** "Xã Đông Sơn" → { generic: "xã", proper: "Đông Sơn" }. */
export function splitUnitName(fullName: string): { generic: string; proper: string } {
  const name = fullName.normalize('NFC').trim();
  for (const prefix of unitPrefixes) {
    if (name.toLocaleLowerCase('vi').startsWith(prefix.toLocaleLowerCase('vi') + ' ')) {
      return { generic: prefix.toLocaleLowerCase('vi'), proper: name.slice(prefix.length + 1).trim() };
    }
  }
  return { generic: 'xã', proper: name };
}

/** "Xã Đông Sơn" → "xã Đông Sơn", as the unit is written inside a sentence. */
export function communeInSentence(communeName: string): string {
  const { generic, proper } = splitUnitName(communeName);
  return `${generic} ${proper}`.trim();
}

/** "Tỉnh Quảng Ngãi" → "tỉnh Quảng Ngãi"; "Thành phố Hà Nội" → "thành phố Hà Nội". */
export function provinceInText(provinceName: string): string {
  const name = provinceName.normalize('NFC').trim();
  for (const prefix of ['Thành phố', 'Tỉnh']) {
    if (name.startsWith(prefix + ' ')) return prefix.toLocaleLowerCase('vi') + name.slice(prefix.length);
  }
  return `tỉnh ${name}`;
}

export interface UnitDefaults {
  issuerName: string;
  placeName: string;
  receivingLevel: string;
}

export function defaultsForUnit(communeName: string, provinceName: string): UnitDefaults {
  const { generic, proper } = splitUnitName(communeName);
  // Decree 30: a unit named after a number or a person is written in full in the date line.
  const namedByNumber = /^\d/u.test(proper);
  return {
    issuerName: upperVi(`Ủy ban nhân dân ${generic} ${proper}`),
    placeName: namedByNumber ? `${capitalFirst(generic)} ${proper}` : proper,
    receivingLevel: `Sở Khoa học và Công nghệ ${provinceInText(provinceName)}`,
  };
}

/** A signer's title is a deputy's ("Phó Giám đốc", "PHÓ CHỦ TỊCH"), whatever its case or Unicode form. */
export function isDeputyTitle(title: string): boolean {
  return /^Phó\s/iu.test(title.normalize('NFC').trim());
}
