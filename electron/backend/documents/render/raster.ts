/**
 * A page of a PDF as pixels (`pdftoppm -png`), decoded here with zlib, to find what pdftotext
 * does not report: the drawn rules under the issuing body, the motto and the summary.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { findTool, runTool } from './tools';

/** 8-bit grey levels, row by row (0 black, 255 white). */
export interface GrayImage {
  width: number;
  height: number;
  data: Uint8Array;
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** Decodes a non-interlaced 8-bit PNG (grey, grey+alpha, RGB or RGBA) to grey levels. */
export function decodePng(png: Buffer): GrayImage {
  if (png.readUInt32BE(0) !== 0x89504e47) throw new Error('not a PNG');
  let at = 8;
  let width = 0;
  let height = 0;
  let colorType = 0;
  const idat: Buffer[] = [];
  while (at < png.length) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      const depth = data[8];
      colorType = data[9] ?? 0;
      if (depth !== 8 || data[12] !== 0) throw new Error('only 8-bit non-interlaced PNGs are read');
    } else if (type === 'IDAT') {
      idat.push(data);
    } else if (type === 'IEND') {
      break;
    }
    at += 12 + length;
  }
  const channels = ({ 0: 1, 2: 3, 4: 2, 6: 4 } as Record<number, number>)[colorType];
  if (channels === undefined) throw new Error(`PNG colour type ${colorType} is not read`);
  const raw = zlib.inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const pixels = new Uint8Array(stride * height);
  for (let y = 0; y < height; y += 1) {
    const filter = raw[y * (stride + 1)] ?? 0;
    const src = y * (stride + 1) + 1;
    const row = y * stride;
    for (let x = 0; x < stride; x += 1) {
      const value = raw[src + x] ?? 0;
      const a = x >= channels ? (pixels[row + x - channels] ?? 0) : 0;
      const b = y > 0 ? (pixels[row - stride + x] ?? 0) : 0;
      const c = x >= channels && y > 0 ? (pixels[row - stride + x - channels] ?? 0) : 0;
      const predicted =
        filter === 1 ? a : filter === 2 ? b : filter === 3 ? (a + b) >> 1 : filter === 4 ? paeth(a, b, c) : 0;
      pixels[row + x] = (value + predicted) & 0xff;
    }
  }
  const data = new Uint8Array(width * height);
  for (let i = 0; i < width * height; i += 1) {
    const p = i * channels;
    data[i] =
      channels >= 3
        ? Math.round(0.299 * (pixels[p] ?? 0) + 0.587 * (pixels[p + 1] ?? 0) + 0.114 * (pixels[p + 2] ?? 0))
        : (pixels[p] ?? 0);
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
