/**
 * The body: legal bases ("Căn cứ …;" italic, the last with "."), "Theo đề nghị của … .", then
 * "QUYẾT ĐỊNH:" and the articles of a decision, or the sections of a report (a table of figures
 * after a section's paragraphs, 6 pt of space under it). The last paragraph
 * of the body ends with "./."; the last article (or the end of the report) keeps with the
 * signature block.
 */
import { AlignmentType, type Paragraph, type Table } from 'docx';
import type { DataTable, DocumentContent } from '../../../../shared/documents/content';
import { dataTable } from './data-table';
import { endDocument, endList, endSentence } from './format';
import { STYLE } from './styles';
import { emptyLine, line, plainRun, styled } from './text';
import { SIZE, TEXT_WIDTH } from './units';

export const DECIDES = 'QUYẾT ĐỊNH:';

interface BodyParagraph {
  text: string;
  /** Bold words before the text: "Điều 1.". */
  lead?: string;
  /** A report's heading: bold. */
  heading?: boolean;
  /** Keep with the next paragraph (a heading; the last article, with the signature). */
  keepNext?: boolean;
}

function bodyParagraph(item: BodyParagraph): Paragraph {
  const children =
    item.lead === undefined
      ? [plainRun(item.text, { bold: item.heading === true })]
      : [plainRun(item.lead, { bold: true }), plainRun(item.text === '' ? '' : ` ${item.text}`)];
  return styled(STYLE.body, children, item.keepNext === true ? { keepNext: true, keepLines: true } : {});
}

function articleItems(content: DocumentContent): BodyParagraph[] {
  const items: BodyParagraph[] = [];
  content.articles.forEach((article, a) => {
    const last = a === content.articles.length - 1;
    const texts = article.paragraphs.length > 0 ? article.paragraphs : [''];
    texts.forEach((text, p) => {
      items.push({
        text: text.trim(),
        ...(p === 0 ? { lead: `Điều ${a + 1}.` } : {}),
        ...(last ? { keepNext: true } : {}),
      });
    });
  });
  return items;
}

type ReportItem = BodyParagraph | { table: DataTable };

function reportItems(content: DocumentContent): ReportItem[] {
  const items: ReportItem[] = [];
  for (const section of content.body) {
    if (section.heading !== undefined && section.heading.trim() !== '') {
      items.push({ text: section.heading.trim(), heading: true, keepNext: true });
    }
    for (const text of section.paragraphs) items.push({ text: text.trim() });
    if (section.table !== undefined) items.push({ table: section.table });
  }
  return items;
}

/** The last paragraph ends with "./." and keeps with the signature block. */
function withEnding<T extends ReportItem>(items: T[]): T[] {
  const index = items.findLastIndex((item) => !('table' in item));
  const last = items[index];
  if (last === undefined || 'table' in last) return items;
  return items.map((item, i) =>
    i === index ? { ...last, text: endDocument(last.text), keepNext: true } : item,
  );
}

/** Space under a table; it also keeps two tables in a row from being joined into one. */
const TABLE_GAP = 6;

function reportBlock(item: ReportItem): (Paragraph | Table)[] {
  if ('table' in item) return [dataTable(item.table, TEXT_WIDTH), emptyLine(TABLE_GAP)];
  return [bodyParagraph(item)];
}

export function bodyBlock(content: DocumentContent): (Paragraph | Table)[] {
  const paragraphs: (Paragraph | Table)[] = endList(content.legalBases).map((text) =>
    styled(STYLE.legalBasis, [plainRun(text)]),
  );
  if (content.proposal !== null && content.proposal.trim() !== '') {
    paragraphs.push(styled(STYLE.legalBasis, [plainRun(endSentence(content.proposal))]));
  }
  if (content.articles.length > 0) {
    paragraphs.push(
      line(
        DECIDES,
        { size: SIZE.typeTitle, bold: true },
        {
          align: AlignmentType.CENTER,
          before: 6,
          after: 6,
          keepNext: true,
        },
      ),
    );
    paragraphs.push(...withEnding(articleItems(content)).map(bodyParagraph));
  } else {
    paragraphs.push(...withEnding(reportItems(content)).flatMap(reportBlock));
  }
  return paragraphs;
}
