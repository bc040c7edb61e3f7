/**
 * DocumentContent fixtures for the builder's and the renderer's tests: a founding decision of a
 * commune team with 30 members, a decision with two appendices, the copy printed for signing
 * (blank number and date) and reports. The names are invented.
 */
import type { Appendix, DocumentContent, MemberRow } from '../shared/documents/content';

const familyNames = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Huỳnh', 'Võ', 'Phan', 'Trương', 'Bùi', 'Đặng'];
const middleNames = ['Văn', 'Thị', 'Minh', 'Thị Thanh', 'Hữu', 'Ngọc', 'Quốc', 'Thị Mỹ'];
const givenNames = [
  'An',
  'Bình',
  'Cường',
  'Dung',
  'Hương',
  'Khánh',
  'Lộc',
  'Nhung',
  'Phúc',
  'Quyên',
  'Sơn',
  'Thư',
  'Ước',
  'Vũ',
  'Yến',
];

const positions = [
  'Phó Chủ tịch UBND xã',
  'Bí thư Đoàn Thanh niên xã',
  'Công chức Văn hóa - Xã hội',
  'Công chức Văn phòng - Thống kê',
  'Chủ tịch Hội Liên hiệp Phụ nữ xã',
  'Phó Chủ tịch Hội Nông dân xã',
  'Giáo viên Tin học, Trường THCS Đông Sơn',
  'Trưởng thôn An Phú',
  'Đoàn viên, Chi đoàn thôn Tân Hòa',
];

function person(i: number): string {
  return `${familyNames[i % familyNames.length]} ${middleNames[(i * 3) % middleNames.length]} ${givenNames[(i * 7) % givenNames.length]}`;
}

export function members(count: number, offset = 0): MemberRow[] {
  return Array.from({ length: count }, (_, k) => {
    const i = k + offset;
    const roleLabel =
      k === 0 ? 'Tổ trưởng' : k === 1 ? 'Tổ phó thường trực' : k === 2 ? 'Tổ phó' : 'Thành viên';
    return {
      fullName: person(i),
      position: positions[i % positions.length] ?? '',
      roleLabel,
      phone: `09${String(12345678 + i * 1_234_567).slice(-8)}`,
      note: i % 11 === 5 ? 'Mời tham gia' : '',
    };
  });
}

const place = 'Đông Sơn';
const issuer = ['ỦY BAN NHÂN DÂN', 'XÃ ĐÔNG SƠN'];
const chairmanOf = 'Chủ tịch Ủy ban nhân dân xã Đông Sơn';

const tasks = [
  'Nhiệm vụ của Tổ Công nghệ số cộng đồng xã:',
  '- Phổ biến, hướng dẫn, hỗ trợ người dân tiếp cận, sử dụng các nền tảng số phục vụ phát triển chính quyền số, kinh tế số, xã hội số;',
  '- Thực hiện theo sự hướng dẫn, điều phối chung của Sở Khoa học và Công nghệ tỉnh, huy động sự tham gia của các doanh nghiệp bưu chính, viễn thông, công nghệ số tại địa bàn trong việc hỗ trợ triển khai nền tảng số, công nghệ số, hướng dẫn kỹ năng số đến với người dân;',
  '- Tham gia có hiệu quả vào Mạng lưới công nghệ số cộng đồng trên phạm vi toàn quốc.',
];

function appendix(label: string, title: string, reference: string, rows: MemberRow[]): Appendix {
  return { label, title, reference, rows };
}

/** Quyết định số 07/QĐ-UBND ngày 05/02/2026: founding of the commune team, 30 members. */
export function foundingDecision(): DocumentContent {
  return {
    kind: 'founding_commune',
    supervisingBody: null,
    issuerLines: issuer,
    number: 7,
    symbol: 'QĐ-UBND',
    placeName: place,
    date: '2026-02-05',
    year: 2026,
    typeTitle: 'QUYẾT ĐỊNH',
    summary: 'Về việc thành lập Tổ Công nghệ số cộng đồng xã Đông Sơn',
    authorityLine: 'Chủ tịch Ủy ban nhân dân xã Đông Sơn',
    addressees: [],
    legalBases: [
      'Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025',
      'Căn cứ Công văn số 3730/UBND-KGVX ngày 27 tháng 7 năm 2022 của Ủy ban nhân dân tỉnh Quảng Ngãi về việc triển khai Tổ Công nghệ số cộng đồng tại các địa phương;',
    ],
    proposal: 'Theo đề nghị của công chức Văn hóa - Xã hội',
    articles: [
      {
        paragraphs: [
          'Thành lập Tổ Công nghệ số cộng đồng xã Đông Sơn (sau đây gọi tắt là Tổ), gồm các thành viên có tên tại Phụ lục kèm theo Quyết định này.',
        ],
      },
      { paragraphs: tasks },
      { paragraphs: ['Quyết định này có hiệu lực kể từ ngày ký.'] },
      {
        paragraphs: [
          'Chánh Văn phòng HĐND và UBND xã, công chức Văn hóa - Xã hội, Trưởng các thôn và các cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.',
        ],
      },
    ],
    body: [],
    recipients: [
      'Như Điều 4',
      'Sở Khoa học và Công nghệ tỉnh (b/c)',
      'CT, các PCT UBND xã',
      'Lưu: VT, VHXH.',
    ],
    signature: { lines: ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], name: 'Trần Văn Hùng' },
    appendices: [
      appendix(
        'Phụ lục',
        'Danh sách thành viên Tổ Công nghệ số cộng đồng xã Đông Sơn',
        `(Kèm theo Quyết định số 07/QĐ-UBND ngày 05 tháng 02 năm 2026 của ${chairmanOf})`,
        members(30),
      ),
    ],
  };
}

/** Quyết định số 12/QĐ-UBND ngày 29/6/2025: teams of two villages, one appendix each. */
export function villagesDecision(): DocumentContent {
  const base = foundingDecision();
  const reference = `(Kèm theo Quyết định số 12/QĐ-UBND ngày 29 tháng 6 năm 2025 của ${chairmanOf})`;
  return {
    ...base,
    kind: 'founding_villages',
    number: 12,
    date: '2025-06-29',
    year: 2025,
    summary: 'Về việc thành lập Tổ Công nghệ số cộng đồng tại các thôn trên địa bàn xã Đông Sơn',
    legalBases: [
      'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019',
      'Căn cứ Công văn số 3730/UBND-KGVX ngày 27 tháng 7 năm 2022 của Ủy ban nhân dân tỉnh Quảng Ngãi về việc triển khai Tổ Công nghệ số cộng đồng tại các địa phương',
    ],
    articles: [
      {
        paragraphs: [
          'Thành lập Tổ Công nghệ số cộng đồng tại các thôn trên địa bàn xã Đông Sơn, gồm các thành viên có tên tại Phụ lục I và Phụ lục II kèm theo Quyết định này.',
        ],
      },
      { paragraphs: tasks },
      { paragraphs: ['Quyết định này có hiệu lực kể từ ngày ký.'] },
      {
        paragraphs: [
          'Chánh Văn phòng HĐND và UBND xã, công chức Văn hóa - Xã hội, Trưởng thôn An Phú, Trưởng thôn Tân Hòa và các cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này',
        ],
      },
    ],
    signature: { lines: ['CHỦ TỊCH'], name: 'Lê Thị Mỹ Hạnh' },
    appendices: [
      appendix(
        'Phụ lục I',
        'Danh sách thành viên Tổ Công nghệ số cộng đồng thôn An Phú',
        reference,
        members(8, 3),
      ),
      appendix(
        'Phụ lục II',
        'Danh sách thành viên Tổ Công nghệ số cộng đồng thôn Tân Hòa',
        reference,
        members(6, 17),
      ),
    ],
  };
}

/** The founding decision as printed for signing: blank number and date. */
export function copyForSigning(): DocumentContent {
  const base = foundingDecision();
  const [first] = base.appendices;
  return {
    ...base,
    number: null,
    date: null,
    year: 2026,
    appendices:
      first === undefined
        ? []
        : [
            {
              ...first,
              reference: `(Kèm theo Quyết định số        /QĐ-UBND ngày      tháng      năm 2026 của ${chairmanOf})`,
            },
          ],
  };
}

/** Báo cáo số 05/BC-UBND ngày 30/11/2026: one addressee, no authority line, no appendix. */
export function monthlyReport(): DocumentContent {
  return {
    kind: 'report',
    supervisingBody: null,
    issuerLines: issuer,
    number: 5,
    symbol: 'BC-UBND',
    placeName: place,
    date: '2026-11-30',
    year: 2026,
    typeTitle: 'Báo cáo',
    summary: 'Kết quả hoạt động của Tổ Công nghệ số cộng đồng tháng 11 năm 2026',
    authorityLine: null,
    addressees: ['Sở Khoa học và Công nghệ tỉnh Quảng Ngãi'],
    legalBases: [],
    proposal: null,
    articles: [],
    body: [
      { heading: 'I. TÌNH HÌNH TRIỂN KHAI', paragraphs: [] },
      {
        heading: '1. Tổ Công nghệ số cộng đồng và thành viên',
        paragraphs: [
          'Toàn xã có 01 Tổ Công nghệ số cộng đồng cấp xã với 30 thành viên và 08 Tổ cấp thôn với 64 thành viên; trong tháng kiện toàn 01 Tổ.',
        ],
      },
      {
        heading: '2. Công tác tuyên truyền',
        paragraphs: [
          'Tổ chức 04 buổi tuyên truyền tại nhà văn hóa các thôn, với khoảng 320 lượt người dân tham dự.',
        ],
      },
      { heading: 'II. KHÓ KHĂN, VƯỚNG MẮC', paragraphs: ['Một số thôn vùng núi sóng di động còn yếu.'] },
      {
        heading: 'III. ĐỀ XUẤT, KIẾN NGHỊ',
        paragraphs: ['Đề nghị Sở hỗ trợ tài liệu hướng dẫn kỹ năng số.'],
      },
      {
        heading: 'IV. PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI',
        paragraphs: [
          'Tiếp tục hướng dẫn người dân sử dụng dịch vụ công trực tuyến và thanh toán không dùng tiền mặt',
        ],
      },
    ],
    recipients: ['Như trên', 'CT, các PCT UBND xã', 'Lưu: VT, VHXH'],
    signature: { lines: ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'], name: 'Phạm Quang Minh' },
    appendices: [],
  };
}

/** A report of a district office (supervising body above the issuer) to two addressees. */
export function officeReport(): DocumentContent {
  return {
    ...monthlyReport(),
    supervisingBody: 'UBND huyện Bình Sơn',
    issuerLines: ['Phòng Văn hóa', 'và Thông tin'],
    number: 23,
    symbol: 'BC-VHTT',
    placeName: 'Bình Sơn',
    date: '2026-01-09',
    addressees: ['Sở Khoa học và Công nghệ tỉnh Quảng Ngãi', 'Ủy ban nhân dân huyện Bình Sơn'],
    signature: { lines: ['TRƯỞNG PHÒNG'], name: 'Võ Văn Tâm' },
  };
}
