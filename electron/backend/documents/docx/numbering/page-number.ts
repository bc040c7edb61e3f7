/**
 * The page number: Arabic, 13 pt, upright, centred in the header (inside the 20-mm top margin),
 * a PAGE field. Page 1 of the document and of each appendix shows none: every section has a
 * different first page ("titlePg") whose header is one empty paragraph.
 */
import { AlignmentType, Header, PageNumber, Paragraph, TextRun } from 'docx';
import { emptyLine } from '../text';
import { SIZE, ptToHalfPoints } from '../units';

export function pageNumberHeader(): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { before: 0, after: 0 },
        run: { size: ptToHalfPoints(SIZE.pageNumber) },
        children: [
          new TextRun({
            children: [PageNumber.CURRENT],
            size: ptToHalfPoints(SIZE.pageNumber),
          }),
        ],
      }),
    ],
  });
}

/** The first page's header: empty (a header must hold one paragraph). */
export function emptyHeader(): Header {
  return new Header({ children: [emptyLine(SIZE.pageNumber)] });
}
