/**
 * Runs and paragraphs. The font (Times New Roman) and the colour (black) are the document's
 * defaults (styles.ts) and no run sets another, so every part is Times New Roman, black; runs
 * carry only their size and style, which keeps the XML (and the time to write it) small.
 */
import {
  AlignmentType,
  LineRuleType,
  Paragraph,
  TextRun,
  type IParagraphOptions,
  type ParagraphChild,
} from 'docx';
import { balancedLines } from './metrics';
import { ptToHalfPoints } from './units';

export const FONT = 'Times New Roman';
export const BLACK = '000000';
export const LANGUAGE = 'vi-VN';

export interface RunStyle {
  size: number;
  bold?: boolean;
  italic?: boolean;
}

export function run(text: string, style: RunStyle): TextRun {
  return new TextRun({
    text,
    size: ptToHalfPoints(style.size),
    ...(style.bold === true ? { bold: true } : {}),
    ...(style.italic === true ? { italics: true } : {}),
  });
}

/** Line spacing in 240ths of a line (240 = single). */
export const SINGLE = 240;
/** Body text: 1.15 lines, inside Decree 30's "single to 1.5 lines", keeps a long appendix short. */
export const BODY_LINE = 276;

export type Align = (typeof AlignmentType)[keyof typeof AlignmentType];

export interface LineOptions {
  align?: Align;
  /** Points of space before and after. */
  before?: number;
  after?: number;
  line?: number;
  indent?: IParagraphOptions['indent'];
  keepNext?: boolean;
  keepLines?: boolean;
  /** The size of the paragraph mark (an empty paragraph's height follows it). */
  markSize?: number;
  tabStops?: IParagraphOptions['tabStops'];
}

/** A paragraph of the given runs; single spacing and no space around unless told. */
export function paragraph(children: readonly ParagraphChild[], options: LineOptions = {}): Paragraph {
  return new Paragraph({
    children: [...children],
    alignment: options.align ?? AlignmentType.LEFT,
    spacing: {
      before: Math.round((options.before ?? 0) * 20),
      after: Math.round((options.after ?? 0) * 20),
      line: options.line ?? SINGLE,
      lineRule: LineRuleType.AUTO,
    },
    ...(options.indent !== undefined ? { indent: options.indent } : {}),
    ...(options.keepNext === true ? { keepNext: true } : {}),
    ...(options.keepLines === true ? { keepLines: true } : {}),
    ...(options.tabStops !== undefined ? { tabStops: options.tabStops } : {}),
    ...(options.markSize !== undefined ? { run: { size: ptToHalfPoints(options.markSize) } } : {}),
  });
}

/** A paragraph in a named style (styles.ts): its runs need no properties of their own. */
export function styled(
  style: string,
  children: readonly ParagraphChild[],
  options: Pick<IParagraphOptions, 'alignment' | 'keepNext' | 'keepLines'> = {},
): Paragraph {
  return new Paragraph({ style, children: [...children], ...options });
}

/** A run in the paragraph's style, bold or italic on top of it if asked. */
export function plainRun(text: string, emphasis: { bold?: boolean; italic?: boolean } = {}): TextRun {
  return new TextRun({
    text,
    ...(emphasis.bold === true ? { bold: true } : {}),
    ...(emphasis.italic === true ? { italics: true } : {}),
  });
}

/** One line of text in one style. */
export function line(text: string, style: RunStyle, options: LineOptions = {}): Paragraph {
  return paragraph([run(text, style)], { markSize: style.size, ...options });
}

/**
 * A centred title of one or two lines, broken evenly (metrics.ts) with a line break, so a
 * summary or an appendix title never leaves one or two words alone on its second line.
 */
export function titleLines(
  text: string,
  style: RunStyle,
  widthTwips: number,
  options: LineOptions = {},
): Paragraph {
  const balanced = balancedLines(text, style.size, widthTwips / 20, style);
  // Three lines or more: the word processor breaks them (an estimate could be a word off).
  const lines = balanced.length <= 2 ? balanced : [text];
  const runs = lines.map(
    (part, i) =>
      new TextRun({
        // The space the break replaces stays at the end of the line (trailing spaces do not count
        // when a line is centred), so the text still reads and copies as one sentence.
        text: i < lines.length - 1 ? `${part} ` : part,
        size: ptToHalfPoints(style.size),
        ...(i > 0 ? { break: 1 } : {}),
        ...(style.bold === true ? { bold: true } : {}),
        ...(style.italic === true ? { italics: true } : {}),
      }),
  );
  return paragraph(runs, { markSize: style.size, align: AlignmentType.CENTER, ...options });
}

/** An empty line of the given size (the space for the signature, for instance). */
export function emptyLine(size: number, options: LineOptions = {}): Paragraph {
  return paragraph([], { markSize: size, ...options });
}

/** A 1-pt paragraph: ends a section after a table without adding a line that could spill onto a new page. */
export function sectionEnd(): Paragraph {
  return new Paragraph({
    children: [],
    spacing: { before: 0, after: 0, line: 20, lineRule: LineRuleType.EXACT },
    run: { size: 2 },
  });
}
