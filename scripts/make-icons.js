#!/usr/bin/env node
/**
 * Draws the add-in icons (assets/icon-16.png … icon-80.png) without any image library:
 * a blue rounded tile with three bars in the legend's colours (red, yellow, green), written
 * as RGBA PNGs with zlib. Run `node scripts/make-icons.js` after changing the drawing;
 * the PNGs are committed so the build needs nothing but this repository.
 */
"use strict";
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const SIZES = [16, 20, 24, 32, 40, 48, 64, 80];
const TILE = [0x1f, 0x4e, 0x79]; // dark blue
const BARS = [
  { color: [0xe0, 0x4b, 0x4b], height: 0.35 }, // red
  { color: [0xf2, 0xc1, 0x2e], height: 0.6 }, // yellow
  { color: [0x3c, 0xb3, 0x71], height: 0.85 }, // green
];

/** CRC-32 as PNG chunks need it (polynomial 0xEDB88320). */
const CRC_TABLE = new Uint32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** RGBA pixels of one icon: a rounded tile and three bars standing on a common baseline. */
function draw(size) {
  const pixels = Buffer.alloc(size * size * 4); // transparent
  const radius = Math.max(2, Math.round(size * 0.18));
  const set = (x, y, [r, g, b]) => {
    const i = (y * size + x) * 4;
    pixels[i] = r;
    pixels[i + 1] = g;
    pixels[i + 2] = b;
    pixels[i + 3] = 255;
  };
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      // distance outside the rounded corner, if any
      const dx = Math.max(radius - x - 0.5, x + 0.5 - (size - radius), 0);
      const dy = Math.max(radius - y - 0.5, y + 0.5 - (size - radius), 0);
      if (dx * dx + dy * dy <= radius * radius) set(x, y, TILE);
    }
  }
  const margin = Math.round(size * 0.17);
  const inner = size - 2 * margin;
  const gap = Math.max(1, Math.round(inner * 0.1));
  const barWidth = Math.floor((inner - 2 * gap) / 3);
  const left = margin + Math.floor((inner - (3 * barWidth + 2 * gap)) / 2);
  const baseline = size - margin;
  BARS.forEach((bar, index) => {
    const x0 = left + index * (barWidth + gap);
    const top = baseline - Math.max(2, Math.round(inner * bar.height));
    for (let y = top; y < baseline; y++)
      for (let x = x0; x < x0 + barWidth; x++) set(x, y, bar.color);
  });
  return pixels;
}

function png(size) {
  const pixels = draw(size);
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    rows[y * (size * 4 + 1)] = 0; // filter: none
    pixels.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(rows, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const outDir = path.join(__dirname, "..", "assets");
fs.mkdirSync(outDir, { recursive: true });
for (const size of SIZES) {
  const file = path.join(outDir, `icon-${size}.png`);
  fs.writeFileSync(file, png(size));
  console.log(`${path.relative(process.cwd(), file)} (${size}×${size})`);
}
