/**
 * Where the words of a PDF are: `pdftotext -bbox-layout` (Poppler) gives, page by page, lines
 * and words with their boxes in points, from the top-left corner of the page. Used to check a
 * rendered document (margins, page numbers, what shares a page or a line).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findTool, runTool } from './poppler';

export interface Box {
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

export interface PdfWord extends Box {
  text: string;
}

export interface PdfLine extends Box {
  text: string;
  words: PdfWord[];
}

export interface PdfPage {
  /** 1-based. */
  number: number;
  width: number;
  height: number;
  lines: PdfLine[];
  words: PdfWord[];
}

function unescapeXml(value: string): string {
  return value
    .replace(/&lt;/gu, '<')
    .replace(/&gt;/gu, '>')
    .replace(/&quot;/gu, '"')
    .replace(/&apos;/gu, "'")
    .replace(/&#(\d+);/gu, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&amp;/gu, '&');
}

function box(attrs: string): Box {
  const get = (name: string): number => {
    const m = new RegExp(`${name}="([-0-9.]+)"`, 'u').exec(attrs);
    return m === null ? Number.NaN : Number(m[1]);
  };
  return { xMin: get('xMin'), yMin: get('yMin'), xMax: get('xMax'), yMax: get('yMax') };
}

/** Reads the XHTML of `pdftotext -bbox-layout` into pages, lines and words. */
export function parseBboxLayout(xhtml: string): PdfPage[] {
  const pages: PdfPage[] = [];
  const pagePattern = /<page width="([0-9.]+)" height="([0-9.]+)">([\s\S]*?)<\/page>/gu;
  for (const pageMatch of xhtml.matchAll(pagePattern)) {
    const lines: PdfLine[] = [];
    for (const lineMatch of (pageMatch[3] ?? '').matchAll(/<line ([^>]*)>([\s\S]*?)<\/line>/gu)) {
      const words = [...(lineMatch[2] ?? '').matchAll(/<word ([^>]*)>([\s\S]*?)<\/word>/gu)].map(
        (w): PdfWord => ({ ...box(w[1] ?? ''), text: unescapeXml(w[2] ?? '') }),
      );
      lines.push({ ...box(lineMatch[1] ?? ''), words, text: words.map((w) => w.text).join(' ') });
    }
    pages.push({
      number: pages.length + 1,
      width: Number(pageMatch[1]),
      height: Number(pageMatch[2]),
      lines,
      words: lines.flatMap((l) => l.words),
    });
  }
  return pages;
}

export function findPdftotext(): string | null {
  return findTool('pdftotext');
}

/** The layout of every page of `pdf`. */
export async function readPdfLayout(pdf: Buffer): Promise<PdfPage[]> {
  const tool = findPdftotext();
  if (tool === null) throw new Error('pdftotext (poppler-utils) is not installed');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'to-cnscd-layout-'));
  try {
    const file = path.join(dir, 'van-ban.pdf');
    fs.writeFileSync(file, pdf);
    const xhtml = await runTool(tool, ['-bbox-layout', '-enc', 'UTF-8', file, '-']);
    return parseBboxLayout(xhtml.toString('utf8'));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Points per millimetre. */
export const PT_PER_MM = 72 / 25.4;
