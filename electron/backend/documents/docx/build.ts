/**
 * The one document builder: lays a DocumentContent out as a .docx in the format of Decree
 * 30/2020/NĐ-CP (see docs/admin-format.md). The document is one section; each appendix is a
 * section of its own, on a new page, numbering its pages from 1.
 */
import { Document, Packer, Paragraph, type Table } from 'docx';
import type { DocumentContent } from '../../../../shared/documents/content';
import { appendixBlock, memberTable } from './appendix';
import { bodyBlock } from './body';
import { headerTable } from './header-table';
import { section } from './page';
import { signatureTable } from './signature';
import { documentStyles } from './styles';
import { emptyLine, line, sectionEnd } from './text';
import { SIZE } from './units';
import { titleBlock } from './title';

const CREATOR = 'Tổ CNSCĐ';

/**
 * A standalone member list's table: a small space under the title, then the table, then a 1-pt
 * paragraph so that the signature table does not touch it (Word and LibreOffice join two adjacent
 * tables into one, and the member table would lose its borders). The last row and that paragraph
 * keep with the signature block, so it never stands alone on a page.
 */
function memberListBlock(content: DocumentContent): (Paragraph | Table)[] {
  if (content.memberTable === undefined) return [];
  return [
    emptyLine(6, { keepNext: true }),
    memberTable(content.memberTable, { keepLastWithNext: true }),
    emptyLine(1, { keepNext: true }),
  ];
}

function mainPart(content: DocumentContent): (Paragraph | Table)[] {
  return [
    headerTable(content),
    ...titleBlock(content),
    ...bodyBlock(content),
    ...memberListBlock(content),
    signatureTable(content),
    sectionEnd(),
  ];
}

/** The docx object model of the document (for callers that pack it themselves). */
export function documentModel(content: DocumentContent): Document {
  return new Document({
    creator: CREATOR,
    title: content.summary.trim() === '' ? content.typeTitle : content.summary.trim(),
    styles: documentStyles,
    sections: [
      section(mainPart(content)),
      ...content.appendices.map((appendix) =>
        section([...appendixBlock(appendix), sectionEnd()], { landscape: appendix.landscape === true }),
      ),
    ],
  });
}

export async function buildDocument(content: DocumentContent): Promise<Buffer> {
  return Packer.toBuffer(documentModel(content));
}

/** A one-paragraph document made with the same library and page setup: the benchmark's baseline. */
export async function buildSingleParagraphDocument(text = 'Tổ Công nghệ số cộng đồng'): Promise<Buffer> {
  const document = new Document({
    creator: CREATOR,
    styles: documentStyles,
    sections: [section([line(text, { size: SIZE.body })])],
  });
  return Packer.toBuffer(document);
}
