/**
 * Tags the composition rules need, read from a position as offices write it ("Bí thư Đoàn Thanh
 * niên xã", "Giáo viên Tin học Trường THCS …"). Used by the import and as a suggestion in the form.
 */
import { foldVi } from '../vi/text';
import type { PersonTag } from './teams';

const patterns: [PersonTag, RegExp][] = [
  ['it_teacher', /giao vien tin|gv tin|giao vien (mon )?tin hoc/u],
  ['district_youth_union_secretary', /bi thu huyen doan/u],
  ['youth_union_secretary', /bi thu (chi )?doan|bi thu doan thanh nien/u],
  ['youth_union_member', /doan vien/u],
  ['womens_union_officer', /hoi phu nu|phu nu/u],
  ['farmers_union_officer', /hoi nong dan|nong dan/u],
  ['village_head', /^(truong thon|truong ban nhan dan|to truong to dan pho)|\btruong thon\b|to truong tdp/u],
  ['party_cell_secretary', /bi thu chi bo/u],
  ['commune_vice_chairman', /pho chu tich (ubnd|uy ban nhan dan)/u],
  ['culture_office_head', /truong phong van hoa/u],
];

export function inferTags(position: string | null | undefined): PersonTag[] {
  if (!position) return [];
  const text = foldVi(position);
  const tags = patterns.filter(([, pattern]) => pattern.test(text)).map(([tag]) => tag);
  // "Chủ tịch UBND" but not "Phó Chủ tịch UBND", nor the chairman of an association.
  if (/(^|[^o] )chu tich (ubnd|uy ban nhan dan)/u.test(text) && !text.includes('pho chu tich')) {
    tags.push('commune_chairman');
  }
  return tags;
}
