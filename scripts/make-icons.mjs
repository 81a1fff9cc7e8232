#!/usr/bin/env node
// Draws the SellerLens mark and writes public/icon/{16,32,48,96,128}.png.
// Dependency-free on purpose: icons must be reproducible on any machine with
// Node, without native image libraries. Run: node scripts/make-icons.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 32, 48, 96, 128];
const SUPERSAMPLE = 4;

const TEAL = [0x0f, 0x76, 0x6e];
const WHITE = [0xff, 0xff, 0xff];
const AMBER = [0xf5, 0x9e, 0x0b];

// Geometry in unit space (0..1). Strokes get a pixel floor so the ring and
// handle stay visible at small sizes instead of dissolving into the background.
function geometry(size) {
  if (size <= 16) return GEOMETRY_16;
  const px = 1 / size;
  return {
    cornerRadius: 0.22,
    lens: { cx: 0.43, cy: 0.43, r: 0.235 },
    ringWidth: Math.max(0.085, 1.6 * px),
    handle: { x0: 0.6, y0: 0.6, x1: 0.79, y1: 0.79, width: Math.max(0.12, 2.2 * px) },
    dotRadius: Math.max(0.085, 1.4 * px),
  };
}

// At 16 px the proportional shapes land between pixels and blur the dot into
// the ring, so this size is laid out on the pixel grid by hand (units of 1/16).
const P16 = 1 / 16;
const GEOMETRY_16 = {
  cornerRadius: 3.5 * P16,
  lens: { cx: 7 * P16, cy: 7 * P16, r: 3.6 * P16 },
  ringWidth: 1.3 * P16,
  handle: { x0: 9.8 * P16, y0: 9.8 * P16, x1: 12.6 * P16, y1: 12.6 * P16, width: 2 * P16 },
  dotRadius: 1.15 * P16,
};

function insideRoundedSquare(x, y, radius) {
  // Distance from the inner rectangle shrunk by the corner radius.
  const dx = Math.max(Math.abs(x - 0.5) - (0.5 - radius), 0);
  const dy = Math.max(Math.abs(y - 0.5) - (0.5 - radius), 0);
  return dx * dx + dy * dy <= radius * radius && Math.abs(x - 0.5) <= 0.5 && Math.abs(y - 0.5) <= 0.5;
}

function distanceToSegment(x, y, seg) {
  const vx = seg.x1 - seg.x0;
  const vy = seg.y1 - seg.y0;
  const t = Math.min(1, Math.max(0, ((x - seg.x0) * vx + (y - seg.y0) * vy) / (vx * vx + vy * vy)));
  return Math.hypot(x - (seg.x0 + t * vx), y - (seg.y0 + t * vy));
}

// Colour of the topmost shape at a point, or null where the icon is transparent.
function colourAt(x, y, g) {
  if (!insideRoundedSquare(x, y, g.cornerRadius)) return null;
  const d = Math.hypot(x - g.lens.cx, y - g.lens.cy);
  if (d <= g.dotRadius) return AMBER;
  if (Math.abs(d - g.lens.r) <= g.ringWidth / 2) return WHITE;
  // The handle starts outside the ring so it does not poke into the lens.
  if (d > g.lens.r && distanceToSegment(x, y, g.handle) <= g.handle.width / 2) return WHITE;
  return TEAL;
}

function render(size) {
  const g = geometry(size);
  const rgba = new Uint8Array(size * size * 4);
  const n = SUPERSAMPLE * SUPERSAMPLE;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      // Average premultiplied colour so edges against transparency stay clean.
      let r = 0;
      let gr = 0;
      let b = 0;
      let covered = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const x = (px + (sx + 0.5) / SUPERSAMPLE) / size;
          const y = (py + (sy + 0.5) / SUPERSAMPLE) / size;
          const c = colourAt(x, y, g);
          if (c === null) continue;
          r += c[0];
          gr += c[1];
          b += c[2];
          covered++;
        }
      }
      const i = (py * size + px) * 4;
      if (covered > 0) {
        rgba[i] = Math.round(r / covered);
        rgba[i + 1] = Math.round(gr / covered);
        rgba[i + 2] = Math.round(b / covered);
        rgba[i + 3] = Math.round((covered / n) * 255);
      }
    }
  }
  return rgba;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const out = Buffer.alloc(8 + data.length + 4);
  out.writeUInt32BE(data.length, 0);
  typeAndData.copy(out, 4);
  out.writeUInt32BE(crc32(typeAndData), 8 + data.length);
  return out;
}

function encodePng(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  ihdr[10] = 0; // deflate
  ihdr[11] = 0; // adaptive filtering
  ihdr[12] = 0; // no interlace
  // Filter type 0 (None) on every row: icons are tiny, smarter filters gain nothing.
  const stride = size * 4;
  const raw = Buffer.alloc((stride + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (stride + 1)] = 0;
    Buffer.from(rgba.buffer, y * stride, stride).copy(raw, y * (stride + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const outDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'public', 'icon');
mkdirSync(outDir, { recursive: true });
for (const size of SIZES) {
  const file = join(outDir, `${size}.png`);
  writeFileSync(file, encodePng(size, render(size)));
  console.log(`wrote ${file}`);
}
