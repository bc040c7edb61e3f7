import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parseBboxLayout } from './pdf-layout';
import { decodePng, horizontalRules, type GrayImage } from './raster';

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  return Buffer.concat([head, data, Buffer.alloc(4)]);
}

/** A PNG of `rows` (grey levels), each row written with the filter given for it. */
function png(rows: number[][], filters: number[], colorType: 0 | 2): Buffer {
  const width = rows[0]?.length ?? 0;
  const channels = colorType === 2 ? 3 : 1;
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(rows.length, 4);
  ihdr[8] = 8;
  ihdr[9] = colorType;
  const raw: number[] = [];
  const full = rows.map((r) => r.flatMap((v) => Array<number>(channels).fill(v)));
  full.forEach((row, y) => {
    const filter = filters[y % filters.length] ?? 0;
    raw.push(filter);
    row.forEach((value, x) => {
      const a = x >= channels ? (row[x - channels] ?? 0) : 0;
      const b = y > 0 ? (full[y - 1]?.[x] ?? 0) : 0;
      const c = x >= channels && y > 0 ? (full[y - 1]?.[x - channels] ?? 0) : 0;
      const p = a + b - c;
      const paeth =
        Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c)
          ? a
          : Math.abs(p - b) <= Math.abs(p - c)
            ? b
            : c;
      const predicted = [0, a, b, (a + b) >> 1, paeth][filter] ?? 0;
      raw.push((value - predicted + 256) & 0xff);
    });
  });
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(Buffer.from(raw))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

describe('decodePng', () => {
  const rows = [
    [255, 250, 10, 0, 128, 77],
    [3, 200, 201, 202, 90, 255],
    [0, 0, 255, 255, 12, 13],
    [100, 110, 120, 130, 140, 150],
  ];

  it('reads grey and RGB PNGs through every row filter', () => {
    for (const colorType of [0, 2] as const) {
      const image = decodePng(png(rows, [0, 1, 2, 3, 4], colorType));
      expect(image.width).toBe(6);
      expect(image.height).toBe(4);
      expect([...image.data]).toEqual(rows.flat());
    }
  });
});

describe('horizontalRules', () => {
  it('finds long dark runs, merges a thick rule’s rows, and ignores short strokes', () => {
    const width = 100;
    const height = 20;
    const data = new Uint8Array(width * height).fill(255);
    for (let x = 10; x < 70; x += 1) {
      data[5 * width + x] = 0;
      data[6 * width + x] = 20;
    }
    for (let x = 80; x < 86; x += 1) data[12 * width + x] = 0; // a letter's stroke
    const image: GrayImage = { width, height, data };
    const rules = horizontalRules(image, { x0: 0, x1: 99, y0: 0, y1: 19 }, 20);
    expect(rules).toEqual([{ y: 5.5, x0: 10, x1: 69, thickness: 2 }]);
  });
});

describe('parseBboxLayout', () => {
  it('reads pages, lines and words with their boxes in points', () => {
    const xhtml = `<doc><page width="595.3" height="841.9"><flow><block xMin="1" yMin="2" xMax="3" yMax="4">
      <line xMin="85.1" yMin="56.5" xMax="200" yMax="73.4"><word xMin="85.1" yMin="56.5" xMax="120" yMax="73.4">Sở</word>
      <word xMin="123" yMin="56.5" xMax="200" yMax="73.4">KH&amp;CN</word></line></block></flow></page>
      <page width="595.3" height="841.9"></page></doc>`;
    const pages = parseBboxLayout(xhtml);
    expect(pages).toHaveLength(2);
    expect(pages[0]?.lines[0]).toMatchObject({ text: 'Sở KH&CN', xMin: 85.1, yMax: 73.4 });
    expect(pages[0]?.words.map((w) => w.text)).toEqual(['Sở', 'KH&CN']);
    expect(pages[1]).toMatchObject({ number: 2, lines: [], words: [] });
  });
});
