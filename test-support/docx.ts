/**
 * Reading a generated .docx back for the tests: the XML parts as small element trees, and the
 * effective formatting of a paragraph and its runs (direct formatting, then the paragraph's
 * style and the styles it is based on, then the document defaults), as Word resolves them.
 */
import type { DocumentContent } from '../shared/documents/content';
import { readZip } from './sheets';
import { buildDocument } from '../electron/backend/documents/docx/build';

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  /** The element's own character data (text nodes directly inside it), unescaped. */
  text: string;
}

export function unescapeXml(value: string): string {
  return value
    .replace(/&lt;/gu, '<')
    .replace(/&gt;/gu, '>')
    .replace(/&quot;/gu, '"')
    .replace(/&apos;/gu, "'")
    .replace(/&#(\d+);/gu, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&#x([0-9a-f]+);/giu, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&amp;/gu, '&');
}

/** A minimal XML parser: elements, attributes and text; declarations and comments skipped. */
export function parseXml(xml: string): XmlElement {
  const root: XmlElement = { name: '#root', attrs: {}, children: [], text: '' };
  const stack: XmlElement[] = [root];
  const token =
    /<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<\/([^\s>]+)\s*>|<([^\s/>]+)((?:\s+[^\s=]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)/gu;
  for (const m of xml.matchAll(token)) {
    const top = stack[stack.length - 1] as XmlElement;
    if (m[1] !== undefined) {
      if (top.name !== m[1]) throw new Error(`</${m[1]}> closes <${top.name}>`);
      stack.pop();
    } else if (m[2] !== undefined) {
      const attrs: Record<string, string> = {};
      for (const a of (m[3] ?? '').matchAll(/([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/gu)) {
        attrs[a[1] as string] = unescapeXml(a[2] ?? a[3] ?? '');
      }
      const element: XmlElement = { name: m[2], attrs, children: [], text: '' };
      top.children.push(element);
      if (m[4] !== '/') stack.push(element);
    } else if (m[5] !== undefined) {
      top.text += unescapeXml(m[5]);
    }
  }
  if (stack.length !== 1) throw new Error('unclosed element');
  return root;
}

/** All descendants named `name`, in document order (not looking inside a match). */
export function findAll(node: XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = [];
  const walk = (n: XmlElement): void => {
    for (const c of n.children) {
      if (c.name === name) found.push(c);
      else walk(c);
    }
  };
  walk(node);
  return found;
}

/** All descendants named `name`, nested ones included. */
export function findDeep(node: XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = [];
  const walk = (n: XmlElement): void => {
    for (const c of n.children) {
      if (c.name === name) found.push(c);
      walk(c);
    }
  };
  walk(node);
  return found;
}

export function child(node: XmlElement | undefined, name: string): XmlElement | undefined {
  return node?.children.find((c) => c.name === name);
}

export function children(node: XmlElement | undefined, name: string): XmlElement[] {
  return node?.children.filter((c) => c.name === name) ?? [];
}

export function val(node: XmlElement | undefined, attr = 'w:val'): string | undefined {
  return node?.attrs[attr];
}

export function num(node: XmlElement | undefined, attr = 'w:val'): number | undefined {
  const v = val(node, attr);
  return v === undefined ? undefined : Number(v);
}

/** An on/off property (w:b, w:i, w:keepNext…): present and not "0"/"false". */
function onOff(node: XmlElement | undefined): boolean | undefined {
  if (node === undefined) return undefined;
  const v = val(node);
  return v === undefined || !['0', 'false', 'off'].includes(v);
}

export interface OpenedDocx {
  files: Map<string, Buffer>;
  xml: (name: string) => XmlElement;
  document: XmlElement;
  body: XmlElement;
  styles: XmlElement;
  settings: XmlElement;
  /** The part a relationship id of document.xml points to ("word/header1.xml"). */
  target: (relId: string) => string;
}

export function openDocx(bytes: Buffer): OpenedDocx {
  const files = readZip(bytes);
  const xml = (name: string): XmlElement => {
    const entry = files.get(name);
    if (entry === undefined) throw new Error(`${name} is not in the file`);
    return parseXml(entry.toString('utf8'));
  };
  const document = xml('word/document.xml');
  const body = child(child(document, 'w:document'), 'w:body');
  if (body === undefined) throw new Error('no w:body');
  const rels = findAll(xml('word/_rels/document.xml.rels'), 'Relationship');
  return {
    files,
    xml,
    document,
    body,
    styles: xml('word/styles.xml'),
    settings: xml('word/settings.xml'),
    target: (relId) => {
      const rel = rels.find((r) => r.attrs.Id === relId);
      if (rel === undefined) throw new Error(`no relationship ${relId}`);
      return `word/${rel.attrs.Target}`;
    },
  };
}

export interface RunInfo {
  text: string;
  /** Half-points, as w:sz. */
  size: number;
  bold: boolean;
  italic: boolean;
  underline: boolean;
  font: string;
  color: string;
  hasBreak: boolean;
}

export interface ParagraphInfo {
  node: XmlElement;
  text: string;
  style: string | undefined;
  align: string;
  runs: RunInfo[];
  indent: { left: number; right: number; firstLine: number; hanging: number };
  spacing: { before: number; after: number; line: number; lineRule: string };
  keepNext: boolean;
  keepLines: boolean;
  /** The paragraph's borders by side ("top", "bottom"…), with their style. */
  borders: Record<string, string>;
  /** The size of the paragraph mark (half-points). */
  markSize: number;
}

/** Resolves formatting through the styles of styles.xml. */
export class StyleSheet {
  private readonly byId = new Map<string, XmlElement>();
  private readonly defaultRPr: XmlElement | undefined;
  private readonly defaultPPr: XmlElement | undefined;

  constructor(readonly styles: XmlElement) {
    for (const s of findAll(styles, 'w:style')) {
      const id = s.attrs['w:styleId'];
      if (id !== undefined) this.byId.set(id, s);
    }
    const defaults = findAll(styles, 'w:docDefaults')[0];
    this.defaultRPr = child(child(defaults, 'w:rPrDefault'), 'w:rPr');
    this.defaultPPr = child(child(defaults, 'w:pPrDefault'), 'w:pPr');
  }

  style(id: string): XmlElement | undefined {
    return this.byId.get(id);
  }

  /** The style and the styles it is based on, nearest first; "Normal" when none is given. */
  chain(id: string | undefined): XmlElement[] {
    const chain: XmlElement[] = [];
    let current = this.byId.get(id ?? 'Normal');
    while (current !== undefined && !chain.includes(current)) {
      chain.push(current);
      const based = val(child(current, 'w:basedOn'));
      current = based === undefined ? undefined : this.byId.get(based);
    }
    return chain;
  }

  /** The first value of a run property found in: direct rPr, the style chain, the defaults. */
  runProperty(
    direct: XmlElement | undefined,
    styleId: string | undefined,
    name: string,
  ): XmlElement | undefined {
    const sources = [direct, ...this.chain(styleId).map((s) => child(s, 'w:rPr')), this.defaultRPr];
    for (const source of sources) {
      const found = child(source, name);
      if (found !== undefined) return found;
    }
    return undefined;
  }

  paragraphProperty(
    direct: XmlElement | undefined,
    styleId: string | undefined,
    name: string,
  ): XmlElement | undefined {
    const sources = [direct, ...this.chain(styleId).map((s) => child(s, 'w:pPr')), this.defaultPPr];
    for (const source of sources) {
      const found = child(source, name);
      if (found !== undefined) return found;
    }
    return undefined;
  }

  /** A spacing or indent attribute, looked up attribute by attribute like Word does. */
  paragraphAttr(
    direct: XmlElement | undefined,
    styleId: string | undefined,
    name: string,
    attr: string,
  ): string | undefined {
    const sources = [direct, ...this.chain(styleId).map((s) => child(s, 'w:pPr')), this.defaultPPr];
    for (const source of sources) {
      const value = child(source, name)?.attrs[attr];
      if (value !== undefined) return value;
    }
    return undefined;
  }

  paragraph(p: XmlElement): ParagraphInfo {
    const pPr = child(p, 'w:pPr');
    const style = val(child(pPr, 'w:pStyle'));
    const runs = findAll(p, 'w:r').map((r): RunInfo => {
      const rPr = child(r, 'w:rPr');
      const prop = (name: string): XmlElement | undefined => this.runProperty(rPr, style, name);
      return {
        // A line break reads as "\n", so a title set on two lines reads as its words.
        text: r.children
          .map((c) => (c.name === 'w:t' ? c.text : c.name === 'w:br' ? '\n' : c.name === 'w:tab' ? '\t' : ''))
          .join(''),
        size: num(prop('w:sz')) ?? 20,
        bold: onOff(prop('w:b')) ?? false,
        italic: onOff(prop('w:i')) ?? false,
        underline: (val(prop('w:u')) ?? 'none') !== 'none',
        font: prop('w:rFonts')?.attrs['w:ascii'] ?? '',
        color: val(prop('w:color')) ?? 'auto',
        hasBreak: child(r, 'w:br') !== undefined,
      };
    });
    const attr = (name: string, a: string): number => Number(this.paragraphAttr(pPr, style, name, a) ?? 0);
    const borders: Record<string, string> = {};
    for (const side of child(pPr, 'w:pBdr')?.children ?? []) borders[side.name.slice(2)] = val(side) ?? '';
    return {
      node: p,
      text: runs.map((r) => r.text).join(''),
      style,
      align: val(this.paragraphProperty(pPr, style, 'w:jc')) ?? 'left',
      runs,
      indent: {
        left: attr('w:ind', 'w:left'),
        right: attr('w:ind', 'w:right'),
        firstLine: attr('w:ind', 'w:firstLine'),
        hanging: attr('w:ind', 'w:hanging'),
      },
      spacing: {
        before: attr('w:spacing', 'w:before'),
        after: attr('w:spacing', 'w:after'),
        line: Number(this.paragraphAttr(pPr, style, 'w:spacing', 'w:line') ?? 240),
        lineRule: this.paragraphAttr(pPr, style, 'w:spacing', 'w:lineRule') ?? 'auto',
      },
      keepNext: onOff(this.paragraphProperty(pPr, style, 'w:keepNext')) ?? false,
      keepLines: onOff(this.paragraphProperty(pPr, style, 'w:keepLines')) ?? false,
      borders,
      markSize: num(this.runProperty(child(pPr, 'w:rPr'), style, 'w:sz')) ?? 20,
    };
  }
}

/** The document's paragraphs and tables at the top level of the body, in order. */
export function bodyBlocks(docx: OpenedDocx): XmlElement[] {
  return docx.body.children.filter((c) => c.name === 'w:p' || c.name === 'w:tbl');
}

export interface SectionInfo {
  sectPr: XmlElement;
  /** The top-level blocks (paragraphs and tables) of the section. */
  blocks: XmlElement[];
}

/** The sections: each ends with the paragraph holding its w:sectPr, the last with the body's. */
export function sections(docx: OpenedDocx): SectionInfo[] {
  const result: SectionInfo[] = [];
  let blocks: XmlElement[] = [];
  for (const block of docx.body.children) {
    if (block.name === 'w:sectPr') {
      result.push({ sectPr: block, blocks });
      blocks = [];
      continue;
    }
    if (block.name !== 'w:p' && block.name !== 'w:tbl') continue;
    blocks.push(block);
    const sectPr = child(child(block, 'w:pPr'), 'w:sectPr');
    if (block.name === 'w:p' && sectPr !== undefined) {
      result.push({ sectPr, blocks });
      blocks = [];
    }
  }
  return result;
}

/** The rows of a table, each a list of cells, each a list of its paragraphs. */
export function tableCells(table: XmlElement): XmlElement[][][] {
  return children(table, 'w:tr').map((tr) => children(tr, 'w:tc').map((tc) => children(tc, 'w:p')));
}

export interface BuiltDocx {
  bytes: Buffer;
  docx: OpenedDocx;
  sheet: StyleSheet;
  sections: SectionInfo[];
  /** Every paragraph of the body, tables' included, in order. */
  paragraphs: ParagraphInfo[];
  /** The top-level tables of the body, in order. */
  tables: XmlElement[];
  /** The first paragraph whose text is `text` (or matches it). */
  paragraph: (text: string | RegExp) => ParagraphInfo;
  /** The parts a section's header references point to, by type ("default", "first"). */
  headers: (section: SectionInfo) => Record<string, XmlElement>;
}

export function readBuilt(bytes: Buffer): BuiltDocx {
  const docx = openDocx(bytes);
  const sheet = new StyleSheet(docx.styles);
  const paragraphs = findDeep(docx.body, 'w:p').map((p) => sheet.paragraph(p));
  return {
    bytes,
    docx,
    sheet,
    sections: sections(docx),
    paragraphs,
    tables: children(docx.body, 'w:tbl'),
    paragraph: (text) => {
      const found = paragraphs.find((p) => (typeof text === 'string' ? p.text === text : text.test(p.text)));
      if (found === undefined) throw new Error(`no paragraph ${String(text)}`);
      return found;
    },
    headers: (section) => {
      const result: Record<string, XmlElement> = {};
      for (const ref of children(section.sectPr, 'w:headerReference')) {
        result[ref.attrs['w:type'] ?? ''] = docx.xml(docx.target(ref.attrs['r:id'] ?? ''));
      }
      return result;
    },
  };
}

/** The width (twips) of a paragraph narrowed by its indents inside a column of `columnTwips`. */
export function narrowedWidth(p: ParagraphInfo, columnTwips: number): number {
  return columnTwips - p.indent.left - p.indent.right;
}

/** The grid of a table: its column widths in twips. */
export function gridColumns(table: XmlElement): number[] {
  return children(child(table, 'w:tblGrid'), 'w:gridCol').map((c) => Number(c.attrs['w:w']));
}

/** Builds each content and reads it back; a tuple in, a tuple out. */
export async function buildEach<T extends readonly DocumentContent[]>(
  ...contents: T
): Promise<{ -readonly [K in keyof T]: BuiltDocx }> {
  const built = await Promise.all(contents.map(async (c) => readBuilt(await buildDocument(c))));
  return built as { -readonly [K in keyof T]: BuiltDocx };
}

/** The bordered tables of a built document (the header and the signature block have none). */
export function borderedTables(built: BuiltDocx): XmlElement[] {
  return built.tables.filter(
    (t) => val(child(child(child(t, 'w:tblPr'), 'w:tblBorders'), 'w:top')) === 'single',
  );
}

/** A table's text, row by row, cell by cell. */
export function tableTexts(built: BuiltDocx, table: XmlElement): string[][] {
  return tableCells(table).map((row) =>
    row.map((cell) => cell.map((p) => built.sheet.paragraph(p).text).join('')),
  );
}
