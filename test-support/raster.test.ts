import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { parseBboxLayout } from './pdf-layout';
import { decodePng, horizontalRules, type GrayImage } from './raster';

/** A PNG of `rows` (grey levels) written by pngjs in the colour type and row filter given. */
function png(rows: number[][], filterType: number, colorType: 0 | 2): Buffer {
  const image = new PNG({ width: rows[0]?.length ?? 0, height: rows.length });
  rows.flat().forEach((value, i) => image.data.set([value, value, value, 255], i * 4));
  return PNG.sync.write(image, { colorType, filterType });
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
      for (const filterType of [0, 1, 2, 3, 4]) {
        const image = decodePng(png(rows, filterType, colorType));
        expect(image.width).toBe(6);
        expect(image.height).toBe(4);
        expect([...image.data]).toEqual(rows.flat());
      }
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
