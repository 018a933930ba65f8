/**
 * Reading the parts of a zip package (fflate's streaming unzip), with a guard against zip bombs:
 * the inflated bytes are counted as they come, whatever sizes the zip claims, and reading stops
 * as soon as the total passes the limit. Part order is kept, so writing back keeps it too.
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

export function readPackage(zip: Uint8Array, limit = MAX_INFLATED_BYTES): ReadPackageOutcome {
  const parts: PackageParts = new Map();
  let total = 0;
  let failure: ReadPackageOutcome | null = null;
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
      if (final) parts.set(file.name, joined(chunks, size));
    };
    file.start();
  });
  unzip.register(UnzipInflate);
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
