/**
 * Document defaults (Times New Roman 14 pt, black, Vietnamese, no space around paragraphs) and
 * the paragraph styles of the parts that repeat: body text, legal bases, recipients and the
 * member table. A styled paragraph carries one w:pStyle instead of its spacing, indent and run
 * properties on every paragraph and run, which keeps a 30-member document small and quick to
 * write, and lets the officer restyle a part in Word in one place.
 */
import { AlignmentType, LineRuleType, type IParagraphStyleOptions, type IStylesOptions } from 'docx';
import { BLACK, BODY_LINE, FONT, LANGUAGE, SINGLE } from './text';
import { FIRST_LINE_INDENT, SIZE, ptToHalfPoints, ptToTwip } from './units';

export const STYLE = {
  body: 'VanBan',
  legalBasis: 'CanCu',
  recipient: 'NoiNhan',
  tableText: 'Bang',
  tableHeading: 'BangTieuDe',
} as const;

/** At least 6 pt between paragraphs (Decree 30). */
export const PARAGRAPH_AFTER = 6;
/** Space above and below the text in a cell of the member table. */
export const CELL_SPACE = 2;

const paragraphStyles: IParagraphStyleOptions[] = [
  {
    id: STYLE.body,
    name: 'Văn bản',
    basedOn: 'Normal',
    quickFormat: true,
    run: { size: ptToHalfPoints(SIZE.body) },
    paragraph: {
      alignment: AlignmentType.JUSTIFIED,
      indent: { firstLine: FIRST_LINE_INDENT },
      spacing: { before: 0, after: ptToTwip(PARAGRAPH_AFTER), line: BODY_LINE, lineRule: LineRuleType.AUTO },
    },
  },
  {
    id: STYLE.legalBasis,
    name: 'Căn cứ',
    basedOn: STYLE.body,
    next: STYLE.legalBasis,
    quickFormat: true,
    run: { italics: true },
  },
  {
    id: STYLE.recipient,
    name: 'Nơi nhận',
    basedOn: 'Normal',
    quickFormat: true,
    run: { size: ptToHalfPoints(SIZE.recipients) },
    paragraph: {
      alignment: AlignmentType.LEFT,
      spacing: { before: 0, after: 0, line: SINGLE, lineRule: LineRuleType.AUTO },
      keepNext: true,
      keepLines: true,
    },
  },
  {
    id: STYLE.tableText,
    name: 'Bảng',
    basedOn: 'Normal',
    quickFormat: true,
    run: { size: ptToHalfPoints(SIZE.table) },
    paragraph: {
      alignment: AlignmentType.LEFT,
      spacing: {
        before: ptToTwip(CELL_SPACE),
        after: ptToTwip(CELL_SPACE),
        line: SINGLE,
        lineRule: LineRuleType.AUTO,
      },
    },
  },
  {
    id: STYLE.tableHeading,
    name: 'Tiêu đề bảng',
    basedOn: STYLE.tableText,
    quickFormat: true,
    run: { bold: true },
    paragraph: { alignment: AlignmentType.CENTER },
  },
];

export const documentStyles: IStylesOptions = {
  default: {
    document: {
      run: {
        font: FONT,
        size: ptToHalfPoints(SIZE.body),
        color: BLACK,
        language: { value: LANGUAGE },
      },
      paragraph: { spacing: { before: 0, after: 0, line: SINGLE } },
    },
  },
  paragraphStyles,
};
