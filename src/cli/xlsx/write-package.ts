/**
 * Writing a zip package: fflate's Zip builds the container (local headers, central directory,
 * ZIP64 when needed) and Node's native zlib deflates each part, several times faster than a
 * deflate written in JavaScript; a part read from the input and left unchanged is stored with the
 * deflated bytes it came in (read-package.ts), not deflated again. Parts keep their order; folder
 * entries ("xl/") stay as they were.
 */
import * as zlib from "zlib";
import { Zip, type ZipInputFile } from "fflate";
import { deflatedBytesOf } from "./read-package";

/** Level 6: zlib's default, the usual balance of size and time (Excel's own files are alike). */
const LEVEL = 6;

const CRC_TABLE = ((): Uint32Array => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 of the zip format: zlib's native one where Node has it (20.15+), else a table. */
function crc32(data: Uint8Array): number {
  const native = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;
  if (native !== undefined) return native(data) >>> 0;
  let crc = 0xffffffff;
  for (const byte of data) crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

export function writePackage(entries: Iterable<readonly [string, Uint8Array]>): Uint8Array {
  const chunks: Uint8Array[] = [];
  const failures: Error[] = [];
  const zip = new Zip((error, data) => {
    if (error !== null) failures.push(error);
    else chunks.push(data);
  });
  for (const [name, data] of entries) {
    const folder = name.endsWith("/") && data.length === 0;
    // A part read from the input and not changed keeps the deflated bytes it came in.
    const kept = folder ? undefined : deflatedBytesOf(data);
    const compressed =
      folder || kept !== undefined
        ? (kept ?? data)
        : new Uint8Array(zlib.deflateRawSync(data, { level: LEVEL }));
    const file: ZipInputFile = {
      filename: name,
      size: data.length,
      crc: folder ? 0 : crc32(data),
      compression: folder ? 0 : 8,
    };
    zip.add(file);
    file.ondata?.(null, compressed as Uint8Array<ArrayBuffer>, true);
  }
  zip.end();
  const [failure] = failures;
  if (failure !== undefined) throw failure;
  const total = chunks.reduce((sum, chunk) => sum + chunk.length, 0);
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}
