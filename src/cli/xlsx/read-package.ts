/**
 * Reading the parts of a zip package (fflate's streaming unzip), with a guard against zip bombs:
 * the inflated bytes are counted as they come, whatever sizes the zip claims, and reading stops
 * as soon as the total passes the limit. Part order is kept, so writing back keeps it too. The
 * deflated bytes of each part are kept beside it, so that an unchanged part is not deflated again.
 */
import { Unzip, UnzipInflate } from "fflate";

/** Inflated bytes one workbook may hold: far above any real plan (10,000 KPIs are 2 MB of XML). */
export const MAX_INFLATED_BYTES = 200 * 1024 * 1024;

export type PackageParts = Map<string, Uint8Array>;

export type ReadPackageOutcome =
  | { readonly ok: true; readonly parts: PackageParts }
  | { readonly ok: false; readonly reason: "tooLarge"; readonly inflated: number }
  | { readonly ok: false; readonly reason: "corrupt"; readonly detail: string };

function joined(chunks: readonly Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1 && chunks[0] !== undefined) return chunks[0];
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

/**
 * The deflated bytes each part came in, by the part's inflated bytes: a part written back unchanged
 * is stored with them instead of being deflated again (write-package.ts). Only parts whose local
 * header gave both sizes and whose streams had exactly those sizes are kept.
 */
const deflatedParts = new WeakMap<Uint8Array, Uint8Array>();

/** The deflated bytes a part was read from, if it is still the very bytes readPackage gave. */
export function deflatedBytesOf(part: Uint8Array): Uint8Array | undefined {
  return deflatedParts.get(part);
}

interface DeflatedStream {
  readonly chunks: Uint8Array[];
  readonly size: number | undefined;
  readonly originalSize: number | undefined;
}

export function readPackage(zip: Uint8Array, limit = MAX_INFLATED_BYTES): ReadPackageOutcome {
  const parts: PackageParts = new Map();
  let total = 0;
  let failure: ReadPackageOutcome | null = null;
  const streams = new Map<string, DeflatedStream>();
  /** fflate's inflater for zip entries, keeping a copy of the deflated bytes it is given. */
  class KeepingInflate extends UnzipInflate {
    private readonly chunks: Uint8Array[] = [];
    constructor(name: string, size?: number, originalSize?: number) {
      super();
      streams.set(name, { chunks: this.chunks, size, originalSize });
    }
    override push(chunk: Uint8Array, final: boolean): void {
      this.chunks.push(chunk.slice());
      super.push(chunk, final);
    }
  }
  const unzip = new Unzip((file) => {
    const chunks: Uint8Array[] = [];
    let size = 0;
    file.ondata = (error, data, final) => {
      if (failure !== null) return;
      if (error !== null) {
        failure = { ok: false, reason: "corrupt", detail: error.message };
        return;
      }
      size += data.length;
      total += data.length;
      if (total > limit) {
        failure = { ok: false, reason: "tooLarge", inflated: total };
        file.terminate();
        return;
      }
      chunks.push(data);
      if (!final) return;
      const part = joined(chunks, size);
      parts.set(file.name, part);
      const stream = streams.get(file.name);
      streams.delete(file.name);
      if (stream === undefined || stream.originalSize !== size || stream.size === undefined) return;
      const deflatedSize = stream.chunks.reduce((sum, chunk) => sum + chunk.length, 0);
      if (deflatedSize === stream.size)
        deflatedParts.set(part, joined(stream.chunks, deflatedSize));
    };
    file.start();
  });
  unzip.register(KeepingInflate);
  try {
    unzip.push(zip, true);
  } catch (error) {
    return { ok: false, reason: "corrupt", detail: error instanceof Error ? error.message : "" };
  }
  if (failure !== null) return failure;
  if (parts.size === 0) return { ok: false, reason: "corrupt", detail: "empty zip" };
  return { ok: true, parts };
}

/** What kind of package the parts make: an Excel workbook, an OpenDocument file, or something else. */
export type PackageKind = "workbook" | "macroWorkbook" | "openDocument" | "otherZip";

export function packageKind(parts: PackageParts): PackageKind {
  if (parts.has("mimetype") && parts.has("content.xml")) return "openDocument";
  const types = parts.get("[Content_Types].xml");
  if (types === undefined) return "otherZip";
  const text = Buffer.from(types.buffer, types.byteOffset, types.byteLength).toString("utf8");
  if (/application\/vnd\.ms-excel\.(sheet|template)\.macroEnabled\.main\+xml/.test(text))
    return "macroWorkbook";
  if (
    /application\/vnd\.openxmlformats-officedocument\.spreadsheetml\.(sheet|template)\.main\+xml/.test(
      text
    )
  )
    return "workbook";
  return "otherZip";
}
