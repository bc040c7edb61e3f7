/**
 * A realistic demo commune: Xã Đông Sơn (Quảng Ngãi, code 21109), formed on 1 July 2025 from
 * Bình Hiệp, Bình Thanh, Bình Tân Phú, Bình Châu (of the seed's Bình Sơn district) and Tịnh Hòa.
 * People's names are invented.
 */
import type { ProfileData } from '../profile/profile-service';
import type { VillageData } from '../villages/village-service';

export const demoProfile: ProfileData = {
  provinceCode: '51',
  provinceName: 'Tỉnh Quảng Ngãi',
  districtName: null,
  communeCode: '21109',
  communeName: 'Xã Đông Sơn',
  issuerName: 'ỦY BAN NHÂN DÂN XÃ ĐÔNG SƠN',
  placeName: 'Đông Sơn',
  chairman: { name: 'Trần Văn Thành', title: 'Chủ tịch' },
  viceChairmen: [
    { name: 'Nguyễn Thị Mỹ Hạnh', title: 'Phó Chủ tịch' },
    { name: 'Phạm Quốc Việt', title: 'Phó Chủ tịch' },
  ],
  receivingLevel: 'Sở Khoa học và Công nghệ tỉnh Quảng Ngãi',
};

export const demoVillages: VillageData[] = [
  { name: 'Thôn An Hải', kind: 'thon', households: 412 },
  { name: 'Thôn Châu Thuận Biển', kind: 'thon', households: 538 },
  { name: 'Thôn Định Tân', kind: 'thon', households: 297 },
  { name: 'Thôn Thanh Thủy', kind: 'thon', households: 365 },
  { name: 'Thôn Liên Trì', kind: 'thon', households: 321 },
  { name: 'Thôn Phước Hòa', kind: 'thon', households: 276 },
  { name: 'Thôn Mỹ Long', kind: 'thon', households: 254 },
  { name: 'Thôn Tân Phú 2', kind: 'thon', households: 189 },
  { name: 'Thôn Tân Phú 10', kind: 'thon', households: 143 },
  { name: 'Tổ dân phố Tịnh Hòa 1', kind: 'to_dan_pho', households: 468 },
  { name: 'Tổ dân phố Tịnh Hòa 2', kind: 'to_dan_pho', households: 431 },
];
