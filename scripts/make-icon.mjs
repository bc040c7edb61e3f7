#!/usr/bin/env node
/**
 * Draws resources/icon.png (512×512): a blue rounded square with a white "community network"
 * (a centre linked to six neighbours). Written with zlib alone, so it can be regenerated
 * anywhere: node scripts/make-icon.mjs
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const SIZE = 512;
const SAMPLES = 4; // per axis: 16 samples a pixel smooth the edges
const BLUE = [22, 93, 178];
const WHITE = [255, 255, 255];

const centre = { x: 256, y: 256 };
const ring = Array.from({ length: 6 }, (_, i) => {
  const angle = -Math.PI / 2 + (i * Math.PI) / 3;
  return { x: 256 + 150 * Math.cos(angle), y: 256 + 150 * Math.sin(angle) };
});

function inRoundedSquare(x, y) {
  const margin = 24;
  const radius = 96;
  const lo = margin + radius;
  const hi = SIZE - margin - radius;
  const dx = Math.max(lo - x, 0, x - hi);
  const dy = Math.max(lo - y, 0, y - hi);
  return (
    x >= margin &&
    x <= SIZE - margin &&
    y >= margin &&
    y <= SIZE - margin &&
    dx * dx + dy * dy <= radius * radius
  );
}

function nearSegment(x, y, a, b, halfWidth) {
  const vx = b.x - a.x;
  const vy = b.y - a.y;
  const t = Math.max(0, Math.min(1, ((x - a.x) * vx + (y - a.y) * vy) / (vx * vx + vy * vy)));
  const px = a.x + t * vx - x;
  const py = a.y + t * vy - y;
  return px * px + py * py <= halfWidth * halfWidth;
}

function inCircle(x, y, c, r) {
  return (x - c.x) ** 2 + (y - c.y) ** 2 <= r * r;
}

function isWhite(x, y) {
  if (inCircle(x, y, centre, 64)) return true;
  for (let i = 0; i < ring.length; i += 1) {
    const node = ring[i];
    const next = ring[(i + 1) % ring.length];
    if (inCircle(x, y, node, 38)) return true;
    if (nearSegment(x, y, centre, node, 11)) return true;
    if (nearSegment(x, y, node, next, 7)) return true;
  }
  return false;
}

/** RGBA pixels, row by row. */
export function drawIcon() {
  const pixels = Buffer.alloc(SIZE * SIZE * 4);
  for (let y = 0; y < SIZE; y += 1) {
    for (let x = 0; x < SIZE; x += 1) {
      let inside = 0;
      let white = 0;
      for (let sy = 0; sy < SAMPLES; sy += 1) {
        for (let sx = 0; sx < SAMPLES; sx += 1) {
          const px = x + (sx + 0.5) / SAMPLES;
          const py = y + (sy + 0.5) / SAMPLES;
          if (!inRoundedSquare(px, py)) continue;
          inside += 1;
          if (isWhite(px, py)) white += 1;
        }
      }
      const offset = (y * SIZE + x) * 4;
      if (inside === 0) continue;
      const w = white / inside;
      for (let c = 0; c < 3; c += 1) pixels[offset + c] = Math.round(BLUE[c] * (1 - w) + WHITE[c] * w);
      pixels[offset + 3] = Math.round((255 * inside) / (SAMPLES * SAMPLES));
    }
  }
  return pixels;
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

export function encodePng(pixels, width, height) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // RGBA
  const rows = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y += 1) {
    rows[y * (width * 4 + 1)] = 0; // filter: none
    pixels.copy(rows, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const invokedDirectly =
  process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (invokedDirectly) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const file = path.join(root, 'resources', 'icon.png');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, encodePng(drawIcon(), SIZE, SIZE));
  console.log(`Đã ghi ${path.relative(root, file)} (${SIZE}×${SIZE}).`);
}
