/**
 * A page of a PDF as pixels (`pdftoppm -png`), decoded with pngjs, to find what pdftotext
 * does not report: the drawn rules under the issuing body, the motto and the summary.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PNG } from 'pngjs';
import { findTool, runTool } from './poppler';

/** 8-bit grey levels, row by row (0 black, 255 white). */
export interface GrayImage {
  width: number;
  height: number;
  data: Uint8Array;
}

/** Decodes a PNG (any colour type and depth pngjs reads) to grey levels. */
export function decodePng(png: Buffer): GrayImage {
  const image = PNG.sync.read(png);
  const { width, height } = image;
  const data = new Uint8Array(width * height);
  for (let i = 0; i < width * height; i += 1) {
    const p = i * 4;
    const [r, g, b] = [image.data[p] ?? 0, image.data[p + 1] ?? 0, image.data[p + 2] ?? 0];
    data[i] = Math.round(0.299 * r + 0.587 * g + 0.114 * b);
  }
  return { width, height, data };
}

export function findPdftoppm(): string | null {
  return findTool('pdftoppm');
}

/** Page `page` (1-based) of `pdf` at `dpi` dots per inch. */
export async function rasterizePage(pdf: Buffer, page: number, dpi = 150): Promise<GrayImage> {
  const tool = findPdftoppm();
  if (tool === null) throw new Error('pdftoppm (poppler-utils) is not installed');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'to-cnscd-raster-'));
  try {
    const file = path.join(dir, 'van-ban.pdf');
    fs.writeFileSync(file, pdf);
    const png = await runTool(tool, [
      '-png',
      '-gray',
      '-r',
      String(dpi),
      '-f',
      String(page),
      '-l',
      String(page),
      file,
    ]);
    return decodePng(png);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** A horizontal rule found in an image, in pixels: its row (the middle of its thickness) and ends. */
export interface Rule {
  y: number;
  x0: number;
  x1: number;
  thickness: number;
}

/**
 * The dark horizontal runs at least `minLength` pixels long inside a region, rows that continue
 * one another merged into one rule. Letters never make such runs (their strokes are short and
 * separated), so what is found is drawn: a border, a rule.
 */
export function horizontalRules(
  image: GrayImage,
  region: { x0: number; x1: number; y0: number; y1: number },
  minLength: number,
  threshold = 128,
): Rule[] {
  const found: { y: number; x0: number; x1: number }[] = [];
  const x0 = Math.max(0, Math.floor(region.x0));
  const x1 = Math.min(image.width - 1, Math.ceil(region.x1));
  for (
    let y = Math.max(0, Math.floor(region.y0));
    y <= Math.min(image.height - 1, Math.ceil(region.y1));
    y += 1
  ) {
    let start = -1;
    for (let x = x0; x <= x1 + 1; x += 1) {
      const dark = x <= x1 && (image.data[y * image.width + x] ?? 255) < threshold;
      if (dark && start < 0) start = x;
      if (!dark && start >= 0) {
        if (x - start >= minLength) found.push({ y, x0: start, x1: x - 1 });
        start = -1;
      }
    }
  }
  const rules: Rule[] = [];
  for (const run of found) {
    const previous = rules.find(
      (r) =>
        run.y - (r.y + (r.thickness - 1) / 2) <= 1.01 &&
        Math.abs(r.x0 - run.x0) <= 2 &&
        Math.abs(r.x1 - run.x1) <= 2,
    );
    if (previous === undefined) {
      rules.push({ y: run.y, x0: run.x0, x1: run.x1, thickness: 1 });
    } else {
      const top = previous.y - (previous.thickness - 1) / 2;
      previous.thickness += 1;
      previous.y = top + (previous.thickness - 1) / 2;
      previous.x0 = Math.min(previous.x0, run.x0);
      previous.x1 = Math.max(previous.x1, run.x1);
    }
  }
  return rules;
}
