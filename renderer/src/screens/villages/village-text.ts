/** Sentences about villages that the screen shows. */
import type { Village } from '../../../../shared/contract/types';
import { villageKindFromName, villageKindLabels } from '../../../../shared/domain/villages';

/** "Xóa Thôn 10?", but "Xóa thôn An Hải?" when the name does not say its kind already. */
export function removeQuestion(village: Village): string {
  const kind = villageKindLabels[village.kind];
  const saysKind = villageKindFromName(village.name) === village.kind;
  return saysKind ? `Xóa ${village.name}?` : `Xóa ${kind.toLocaleLowerCase('vi')} ${village.name}?`;
}

export function summarize(villages: readonly Village[]): string {
  const count = (kind: Village['kind']) => villages.filter((v) => v.kind === kind).length;
  const thon = count('thon');
  const toDanPho = count('to_dan_pho');
  const parts = [thon > 0 ? `${thon} thôn` : '', toDanPho > 0 ? `${toDanPho} tổ dân phố` : ''];
  return parts.filter((p) => p !== '').join(', ');
}
