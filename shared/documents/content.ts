/**
 * What a generated document says, as data. A document's content is a snapshot: it is stored
 * with the document when it is issued, so printing it again gives the same document even after
 * the profile, the default texts or the members have changed.
 */

/** The kinds of document the application makes, with their register symbol. */
export const documentKinds = [
  'founding_commune',
  'founding_village',
  'founding_villages',
  'reorganization',
  'member_list',
  'report',
] as const;
export type DocumentKind = (typeof documentKinds)[number];

export const documentKindLabels: Record<DocumentKind, string> = {
  founding_commune: 'Quyết định thành lập Tổ CNSCĐ xã',
  founding_village: 'Quyết định thành lập Tổ CNSCĐ thôn, tổ dân phố',
  founding_villages: 'Quyết định thành lập các Tổ CNSCĐ thôn, tổ dân phố',
  reorganization: 'Quyết định kiện toàn Tổ CNSCĐ',
  member_list: 'Danh sách thành viên Tổ CNSCĐ',
  report: 'Báo cáo kết quả hoạt động Tổ CNSCĐ',
};

/** The type abbreviation of Decree 30 (QĐ, BC…); a member list is not numbered. */
export const documentTypeCodes: Record<DocumentKind, string | null> = {
  founding_commune: 'QĐ',
  founding_village: 'QĐ',
  founding_villages: 'QĐ',
  reorganization: 'QĐ',
  member_list: null,
  report: 'BC',
};

export interface SignatureBlock {
  /** Upper-case lines above the signature space: ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]. */
  lines: string[];
  /** The signer's full name (no titles). */
  name: string;
}

export interface MemberRow {
  fullName: string;
  /** "Chức vụ, đơn vị công tác". */
  position: string;
  /** "Chức danh trong Tổ": Tổ trưởng, Tổ phó thường trực, Tổ phó, Thành viên. */
  roleLabel: string;
  phone: string;
  note: string;
}

export type CellAlign = 'left' | 'center' | 'right';

/** A column of a data table. */
export interface DataColumn {
  /** The header cell: "Kết quả trong kỳ". */
  title: string;
  /** The column's share of the table's width (any positive weights; the builder scales them to the text width). */
  width: number;
  /** How the column's cells are aligned (numbers: right). The header is centred. */
  align: CellAlign;
}

/** A table of figures (a report's results per pillar, the "Biểu số liệu"): one header row repeated on each page. */
export interface DataTable {
  columns: DataColumn[];
  /** The cells' texts, one array per row, as many as the columns. */
  rows: string[][];
  /** An optional last row in bold ("Tổng cộng"). */
  total?: string[];
}

interface AppendixHeading {
  /** "Phụ lục", or "Phụ lục I", "Phụ lục II" when there are several. */
  label: string;
  /** Upper case: "DANH SÁCH THÀNH VIÊN TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG XÃ ĐÔNG SƠN". */
  title: string;
  /** Italic reference line: "(Kèm theo Quyết định số 07/QĐ-UBND ngày 05 tháng 9 năm 2022 của Chủ tịch Ủy ban nhân dân xã …)". */
  reference: string;
}

/** The member list of a decision. */
export interface MemberAppendix extends AppendixHeading {
  rows: MemberRow[];
  table?: undefined;
  landscape?: undefined;
}

/** A further table of the same appendix, under its own line: "Biểu số liệu (tiếp theo)". */
export interface ContinuedTable {
  caption: string;
  table: DataTable;
}

/** A table of figures ("Biểu số liệu" of a report); a wide one is printed on landscape pages. */
export interface TableAppendix extends AppendixHeading {
  table: DataTable;
  /** The rest of a table too wide for the page, split into further tables of this appendix. */
  continued?: ContinuedTable[];
  /** An italic note under the last table ("Ghi chú: …"). */
  note?: string;
  landscape?: boolean;
  rows?: undefined;
}

export type Appendix = MemberAppendix | TableAppendix;

/** A part of a report's body: a bold heading, paragraphs, and a table of figures after them. */
export interface BodySection {
  heading?: string;
  paragraphs: string[];
  table?: DataTable;
}

export interface Article {
  /** "Điều 1." … — the builder adds the number; `text` is the first paragraph's words after it. */
  paragraphs: string[];
}

/** Everything the one builder needs to lay a Decree-30 document out. */
export interface DocumentContent {
  kind: DocumentKind;
  /** Supervising body (upper line, not bold), only when there is one. */
  supervisingBody: string | null;
  /** Issuing body as printed, one entry per line: ["ỦY BAN NHÂN DÂN", "XÃ ĐÔNG SƠN"]. */
  issuerLines: string[];
  /** The register number, or null on the copy printed for signing (blank number). */
  number: number | null;
  /** "QĐ-UBND", "BC-UBND", "UBND-VX". */
  symbol: string;
  /** Place in the date line: "Đông Sơn". */
  placeName: string;
  /** ISO date, or null on the copy for signing (blank day and month). */
  date: string | null;
  /** The year printed when the date is blank. */
  year: number;
  /** "QUYẾT ĐỊNH", "BÁO CÁO". */
  typeTitle: string;
  /** Trích yếu: "Về việc thành lập Tổ Công nghệ số cộng đồng xã Đông Sơn". */
  summary: string;
  /** A report's period, printed in italics under the summary: "Số liệu tính từ ngày 15/02/2026 đến ngày 14/3/2026.". */
  periodNote?: string;
  /** Decisions: "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ ĐÔNG SƠN"; reports: null. */
  authorityLine: string | null;
  /** Reports sent up: "Kính gửi" recipients; empty for decisions. */
  addressees: string[];
  /** "Căn cứ …" lines, without the final punctuation (the builder adds ";" and "."). */
  legalBases: string[];
  /** "Theo đề nghị của …" (decisions), or null. */
  proposal: string | null;
  /** Decisions: Điều 1…N. The last article ends with "./." (the builder adds it). */
  articles: Article[];
  /** Reports: the sections, each a heading, paragraphs and maybe a table of figures. */
  body: BodySection[];
  /** "Nơi nhận:" lines without the leading "- " and final punctuation. */
  recipients: string[];
  signature: SignatureBlock;
  appendices: Appendix[];
  /** A member table laid out in the main part, after the body and before the signature (a standalone member list). */
  memberTable?: MemberRow[];
}
