/** Where results go: one JSON value with --json, readable Vietnamese text otherwise. */
import { stripControls } from '../../shared/vi/text';

export interface Stream {
  write(chunk: string): unknown;
}

/**
 * A stream that never writes a control character (ESC, NUL, bidi overrides…) to the terminal:
 * each line goes through the contract's sanitiser, line breaks stay.
 */
export function terminalSafe(stream: Stream): Stream {
  return { write: (chunk: string) => stream.write(chunk.split('\n').map(stripControls).join('\n')) };
}

export class Output {
  constructor(
    private readonly stdout: Stream,
    /** True with --json: stdout carries one JSON value and nothing else. */
    readonly json: boolean,
    /** Where warnings go (with or without --json): stderr. */
    private readonly stderr?: Stream,
  ) {}

  /** A warning that does not stop the command ("Cảnh báo: …" on stderr). */
  warn(message: string): void {
    this.stderr?.write(`Cảnh báo: ${message}\n`);
  }

  /** Prints a command's result: `json` as JSON, or the text `text()` makes. */
  result(json: unknown, text: () => string): void {
    if (this.json) this.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
    else this.stdout.write(ensureNewline(text()));
  }
}

function ensureNewline(text: string): string {
  return text.endsWith('\n') ? text : `${text}\n`;
}

/** 3694 → "3.694" (Vietnamese grouping): the rule shared with the screens. */
export { formatCount as formatNumber } from '../../shared/vi/numbers';

/** 3.5 → "3,5", 1200.25 → "1.200,25": up to two decimals, Vietnamese separators. */
export function formatDecimal(value: number): string {
  return value.toLocaleString('vi-VN', { maximumFractionDigits: 2 });
}

/** 15.56 → "15,56 %"; nothing for a percentage that cannot be computed (null). */
export function formatPercent(value: number | null): string {
  return value === null ? '' : `${formatDecimal(value)} %`;
}

/** Width of a text on a terminal: code points of its NFC form (Vietnamese letters are one each). */
export function textWidth(value: string): number {
  return [...value.normalize('NFC')].length;
}

export interface Column<T> {
  header: string;
  value(row: T, index: number): string;
  align?: 'left' | 'right';
}

/** A plain text table: header, a dashed rule, one line per row, columns two spaces apart. */
export function table<T>(rows: readonly T[], columns: readonly Column<T>[]): string {
  const cells = rows.map((row, index) => columns.map((c) => c.value(row, index).normalize('NFC')));
  const widths = columns.map((c, i) =>
    Math.max(textWidth(c.header), ...cells.map((line) => textWidth(line[i] ?? ''))),
  );
  const pad = (text: string, i: number) => {
    const fill = ' '.repeat(Math.max(0, (widths[i] ?? 0) - textWidth(text)));
    return columns[i]?.align === 'right' ? fill + text : text + fill;
  };
  const line = (texts: readonly string[]) =>
    texts
      .map((t, i) => pad(t, i))
      .join('  ')
      .trimEnd();
  return [
    line(columns.map((c) => c.header)),
    line(widths.map((w) => '-'.repeat(w))),
    ...cells.map((texts) => line(texts)),
  ].join('\n');
}

/** "Nhãn: giá trị" lines with the values aligned (`separator` '' for help listings). */
export function fields(pairs: readonly (readonly [string, string])[], separator = ':'): string {
  const width = Math.max(0, ...pairs.map(([label]) => textWidth(label)));
  return pairs
    .map(([label, value]) => `${label}${separator}${' '.repeat(width - textWidth(label) + 2)}${value}`)
    .join('\n');
}
