import { describe, expect, it } from 'vitest';
import { inferTags } from './tag-infer';

describe('inferTags', () => {
  it.each([
    ['Giáo viên Tin học Trường THCS Bình Châu', ['it_teacher']],
    ['Bí thư Đoàn Thanh niên xã', ['youth_union_secretary']],
    ['Bí thư Chi đoàn thôn An Hải', ['youth_union_secretary']],
    ['Đoàn viên thanh niên', ['youth_union_member']],
    ['Chi hội trưởng Hội Phụ nữ thôn', ['womens_union_officer']],
    ['Chi hội trưởng Hội Nông dân thôn', ['farmers_union_officer']],
    ['Trưởng thôn Định Tân', ['village_head']],
    ['Bí thư Chi bộ thôn Mỹ Long', ['party_cell_secretary']],
    ['Chủ tịch UBND xã', ['commune_chairman']],
    ['Phó Chủ tịch UBND xã', ['commune_vice_chairman']],
    ['Chủ tịch Hội Nông dân xã', ['farmers_union_officer']],
    ['Trưởng phòng Văn hóa và Thông tin huyện', ['culture_office_head']],
    ['Bí thư Huyện đoàn', ['district_youth_union_secretary']],
    ['Công chức Văn hóa - Xã hội', []],
  ])('%s', (position, tags) => {
    expect(inferTags(position)).toEqual(tags);
  });
  it('reads positions typed without accents', () => {
    expect(inferTags('giao vien tin hoc')).toEqual(['it_teacher']);
  });
});
