/**
 * Finding the header row of a list and what each column holds, whatever the wording ("Họ và
 * tên", "HỌ TÊN", "Số ĐT (Zalo)"…), over one or two rows ("Năm sinh" merged over "Nam | Nữ"),
 * under any number of title rows. The people list's words are here; other lists bring theirs
 * (HeaderRules).
 */
import { foldWords } from './names';
import type { SheetGrid } from './sheet-grid';

export type ColumnKind =
  | 'stt'
  | 'name'
  | 'familyName'
  | 'givenName'
  | 'gender'
  | 'male'
  | 'female'
  | 'birth'
  | 'startDate'
  | 'position'
  | 'role'
  | 'phone'
  | 'village'
  | 'team'
  | 'notes';

/** Ordered: the first rule that matches wins, so "Chức vụ trong Tổ" is a role, not a position. */
const rules: readonly [ColumnKind, RegExp][] = [
  ['stt', /^(stt|tt|so tt|so thu tu|thu tu)$/u],
  ['male', /^(nam|nam sinh nam|nam nam sinh)$/u],
  ['female', /^(nu|nam sinh nu|nu nam sinh)$/u],
  ['familyName', /^(ho|ho dem|ho va ten dem|ho va dem|ho lot|ho va chu lot)$/u],
  ['name', /^(ho va ten|ho ten)( .*)?$|^(ten|ten thanh vien|ten nguoi|ten can bo)$/u],
  ['gender', /^(gioi tinh|gioi|phai)( .*)?$/u],
  [
    'startDate',
    /^(ngay bat dau|ngay tham gia|ngay vao to|tham gia tu|tham gia tu ngay|tu ngay|bat dau tu)( .*)?$/u,
  ],
  ['birth', /^(nam sinh|ngay sinh|ngay thang nam sinh|sinh ngay|sinh nam|ns)( .*)?$/u],
  ['role', /^(chuc danh|nhiem vu|vai tro|chuc vu trong to|chuc danh trong to)( .*)?$/u],
  ['position', /^(chuc vu|don vi cong tac|don vi|noi cong tac|co quan|nghe nghiep|cong viec)( .*)?$/u],
  ['phone', /^(so dien thoai|dien thoai|sdt|so dt|dt|dtdd|di dong|zalo|so zalo)( .*)?$/u],
  ['notes', /^ghi chu( .*)?$/u],
  ['village', /^(thon|to dan pho|tdp|dia ban|khu pho|khu dan cu|xom|ap|ban|ten thon|thuoc thon)( .*)?$/u],
  ['team', /^(to|ten to|thuoc to|to cnscd|to cong nghe so( cong dong)?)$/u],
];

/** What a header cell announces, or null. Long texts (titles) never count. */
export function classifyHeader(text: string): ColumnKind | null {
  const words = foldWords(text);
  if (words === '' || words.split(' ').length > 8) return null;
  for (const [kind, pattern] of rules) if (pattern.test(words)) return kind;
  return null;
}

export interface HeaderLayout<K extends string = ColumnKind> {
  /** First and last row of the header (equal for a one-row header). */
  firstRow: number;
  lastRow: number;
  /** The first row of data, after the header and a "(1) (2) (3)" column-number row if any. */
  dataRow: number;
  /** Columns of each kind, left to right; a "Họ và tên" merged over two columns gives two. */
  columns: Map<K, number[]>;
}

/**
 * What one kind of list calls its columns: the people list, the activities of a month. The
 * search for the header row (title rows above, merged cells, a second header row, a row of
 * column numbers) is the same for every list.
 */
export interface HeaderRules<K extends string> {
  /** What a header cell announces, or null. */
  classify(text: string): K | null;
  /** Whether a row's kinds make the header (may adjust them, e.g. split "Họ" | "Tên"). */
  accept(kinds: Map<number, K>): boolean;
  /** A kind whose header cell merged over several columns owns all of them ("Họ và tên"). */
  spanning?: K;
}

/** Title rows span the table; a header cell spans at most a few columns ("Năm sinh" over Nam | Nữ). */
function headerCellText(grid: SheetGrid, row: number, col: number): string {
  const merge = grid.mergeAt(row, col);
  if (merge !== null && merge.right - merge.left >= 4) return '';
  return grid.shown(row, col).text;
}

function kindsOfRow<K extends string>(grid: SheetGrid, row: number, rules: HeaderRules<K>): Map<number, K> {
  const kinds = new Map<number, K>();
  for (let col = 1; col <= grid.colCount; col += 1) {
    const kind = rules.classify(headerCellText(grid, row, col));
    if (kind !== null) kinds.set(col, kind);
  }
  return kinds;
}

function hasName(kinds: Map<number, ColumnKind>): boolean {
  const values = [...kinds.values()];
  return values.includes('name') || (values.includes('familyName') && values.includes('givenName'));
}

/** "Tên" alone next to a "Họ (và tên đệm)" column is the given name. */
function splitNameColumns(kinds: Map<number, ColumnKind>): void {
  const family = [...kinds].find(([, kind]) => kind === 'familyName');
  if (family === undefined) return;
  const given = kinds.get(family[0] + 1);
  if (given === 'name') kinds.set(family[0] + 1, 'givenName');
}

/** A second header row: only header words where it is not covered by the row above's merges. */
function subHeaderKinds<K extends string>(
  grid: SheetGrid,
  row: number,
  above: Map<number, K>,
  rules: HeaderRules<K>,
): Map<number, K> | null {
  if (row > grid.rowCount) return null;
  const kinds = new Map<number, K>();
  let own = 0;
  for (let col = 1; col <= grid.colCount; col += 1) {
    const merge = grid.mergeAt(row, col);
    if (merge !== null && merge.top < row) continue; // covered by the header cell above
    const text = grid.own(row, col).text.trim();
    if (text === '') continue;
    own += 1;
    // Sub-headers sit under a header cell merged across columns ("Năm sinh" over Nam | Nữ) or
    // under nothing; text under an ordinary header cell is data ("Thôn An Hải" under "Họ và tên").
    const parent = grid.mergeAt(row - 1, col);
    const underGroup = parent !== null && parent.right > parent.left;
    if (!underGroup && grid.shown(row - 1, col).text.trim() !== '') return null;
    const kind = rules.classify(text);
    if (kind === null) return null; // data, or a column-number row
    if (rules.spanning !== undefined && kind === rules.spanning && above.get(col) === rules.spanning)
      continue;
    kinds.set(col, kind);
  }
  return own > 0 ? kinds : null;
}

/** "1 | 2 | 3 …" or "(1) | (2) …" or "A | B | 1 | 2" under the header: column numbers, not a person. */
function isColumnNumberRow(grid: SheetGrid, row: number): boolean {
  const texts: string[] = [];
  for (let col = 1; col <= grid.colCount; col += 1) {
    const text = grid.own(row, col).text.trim();
    if (text !== '') texts.push(text);
  }
  return texts.length >= 3 && texts.every((t) => /^\(?([0-9]{1,2}|[A-Z])\)?$/u.test(t));
}

function addColumn<K extends string>(columns: Map<K, number[]>, kind: K, col: number): void {
  const list = columns.get(kind) ?? [];
  if (!list.includes(col)) list.push(col);
  columns.set(kind, list);
}

/**
 * The first row, among the first `scanRows`, that the rules accept as a header; then a possible
 * second header row and column-number row below it.
 */
export function findHeaderWith<K extends string>(
  grid: SheetGrid,
  rules: HeaderRules<K>,
  scanRows = 40,
): HeaderLayout<K> | null {
  const last = Math.min(grid.rowCount, scanRows);
  for (let row = 1; row <= last; row += 1) {
    const kinds = kindsOfRow(grid, row, rules);
    if (!rules.accept(kinds)) continue;

    const below = subHeaderKinds(grid, row + 1, kinds, rules);
    const columns = new Map<K, number[]>();
    for (let col = 1; col <= grid.colCount; col += 1) {
      const sub = below?.get(col);
      const top = kinds.get(col);
      if (sub !== undefined) {
        addColumn(columns, sub, col);
        continue;
      }
      if (top === undefined) continue;
      // A header cell merged over several columns with nothing under them: "Họ và tên" over
      // "Nguyễn Văn | An" — every column belongs to it; otherwise only the first one does.
      const merge = grid.mergeAt(row, col);
      if (merge !== null && merge.left !== col) {
        const anySub = below !== null && [...below.keys()].some((c) => c >= merge.left && c <= merge.right);
        if (anySub || top !== rules.spanning) continue;
      }
      addColumn(columns, top, col);
    }
    const lastRow = below === null ? row : row + 1;
    const dataRow = isColumnNumberRow(grid, lastRow + 1) ? lastRow + 2 : lastRow + 1;
    return { firstRow: row, lastRow, dataRow, columns };
  }
  return null;
}

const peopleRules: HeaderRules<ColumnKind> = {
  classify: classifyHeader,
  accept(kinds) {
    splitNameColumns(kinds);
    return hasName(kinds) && new Set(kinds.values()).size >= 2;
  },
  spanning: 'name',
};

/** The header of a people list: a name column and at least one other recognised column. */
export function findHeader(grid: SheetGrid, scanRows = 40): HeaderLayout | null {
  return findHeaderWith(grid, peopleRules, scanRows);
}
