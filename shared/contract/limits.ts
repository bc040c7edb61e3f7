/**
 * The limits of what a user may type, one set for every path: the forms (antd `maxLength`), the
 * contract's schemas (IPC, HTTP, CLI), the spreadsheet import and the bundles. A field takes the
 * limit of its kind, so a name typed in a form, on the command line or in a sheet is held to the
 * same length.
 */
export const textLimits = {
  /** A person's full name, a leader's name or title, a signer. */
  personName: 100,
  /** A place: province, district, commune, village, the place of the date line. */
  placeName: 100,
  /** The issuing body's name ("ỦY BAN NHÂN DÂN XÃ …"). */
  issuerName: 150,
  /** A team's name; a person's position; the receiving level. */
  name: 200,
  /** A web address (the team's Zalo group). */
  url: 300,
  /** A document's summary (trích yếu), the proposer. */
  summary: 300,
  /** A document symbol, e.g. "QĐ-UBND". */
  symbol: 40,
  /** Notes on a register entry. */
  shortNotes: 500,
  /** Notes on a person or a team; one line of a document's list (bases, tasks, recipients). */
  notes: 1000,
  /** A paragraph of a document (Điều 1, Điều 4). */
  paragraph: 2000,
  /** A section of a report the officer writes (II–IV): its paragraphs together. */
  reportSection: 10_000,
  /** The unit an indicator is counted in ("tài khoản", "gian hàng"). */
  unit: 30,
  /** A search typed in the header or given to `people list --search`. */
  search: 200,
} as const;

/** Document numbers of the outgoing register: 1 to 99,999 within a year. */
export const documentNumberLimits = { min: 1, max: 99_999 } as const;

/** Document dates (issue, past decisions, register entries) lie in these years. */
export const documentYearLimits = { min: 2000, max: 2100 } as const;

/** Excel refuses (or silently cuts) a cell longer than this; exports never write one. */
export const EXCEL_CELL_MAX = 32_767;
