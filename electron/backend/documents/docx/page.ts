/**
 * Section properties shared by the document and its appendices: A4 portrait in exact twips (a
 * wide table appendix: landscape), Decree 30's margins, page numbers from 1 with none on the
 * section's first page.
 */
import { NumberFormat, PageOrientation, type ISectionOptions } from 'docx';
import { emptyHeader, pageNumberHeader } from './numbering/page-number';
import {
  FOOTER_DISTANCE,
  HEADER_DISTANCE,
  MARGIN_BOTTOM,
  MARGIN_LEFT,
  MARGIN_RIGHT,
  MARGIN_TOP,
  PAGE_HEIGHT,
  PAGE_WIDTH,
} from './units';

export function section(
  children: ISectionOptions['children'],
  options: { landscape?: boolean } = {},
): ISectionOptions {
  // The size is given as portrait; docx swaps width and height for a landscape page.
  const orientation = options.landscape === true ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT;
  return {
    properties: {
      titlePage: true,
      page: {
        size: { width: PAGE_WIDTH, height: PAGE_HEIGHT, orientation },
        margin: {
          top: MARGIN_TOP,
          bottom: MARGIN_BOTTOM,
          left: MARGIN_LEFT,
          right: MARGIN_RIGHT,
          header: HEADER_DISTANCE,
          footer: FOOTER_DISTANCE,
          gutter: 0,
        },
        pageNumbers: { start: 1, formatType: NumberFormat.DECIMAL },
      },
    },
    headers: { default: pageNumberHeader(), first: emptyHeader() },
    children,
  };
}
