/**
 * Why a file cannot be opened as a workbook, told from its first bytes before ExcelJS sees it:
 * an xlsx is a zip ("PK\x03\x04"); a password-protected xlsx is an OLE compound file
 * (D0 CF 11 E0 A1 B1 1A E1) holding an "EncryptionInfo" stream; an OLE file without it is an old .xls.
 */
export type InputKind = "zip" | "encrypted" | "legacyXls" | "other";

const OLE_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP_SIGNATURE = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
/** Stream names in an OLE directory are UTF-16LE. */
const ENCRYPTION_INFO = Buffer.from("EncryptionInfo", "utf16le");

export function classifyInput(bytes: Buffer): InputKind {
  if (bytes.subarray(0, ZIP_SIGNATURE.length).equals(ZIP_SIGNATURE)) return "zip";
  if (bytes.subarray(0, OLE_SIGNATURE.length).equals(OLE_SIGNATURE)) {
    return bytes.includes(ENCRYPTION_INFO) ? "encrypted" : "legacyXls";
  }
  return "other";
}
