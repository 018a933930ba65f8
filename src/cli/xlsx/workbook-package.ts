/**
 * A workbook package in memory: its parts, where its sheets are, its shared strings and the number
 * format of each style. Opened once per input; sheets are read from it and the edited package is
 * written from it (edit-workbook.ts), every part the plan does not change kept as it was.
 */
import { indexPackage, partText, type PackageIndex, type SheetEntry } from "./package-index";
import type { PackageParts } from "./read-package";
import { readSheet, type ReadSheet } from "./read-sheet";
import { readSharedStrings } from "./shared-strings";
import { styleFills, type StyleFill } from "./cell-fills";
import { cellFormats } from "./styles";

export interface WorkbookPackage {
  readonly parts: PackageParts;
  readonly index: PackageIndex;
  readonly sharedStrings: readonly string[];
  readonly formats: readonly string[];
  /** Fill by style index: the swatches of a typed legend give its colours. */
  readonly fills: readonly StyleFill[];
  /** True for a macro-enabled workbook (.xlsm): its vbaProject.bin is kept and the output stays .xlsm. */
  readonly macroEnabled: boolean;
}

export function workbookPackage(
  parts: PackageParts,
  macroEnabled: boolean
): WorkbookPackage | null {
  const index = indexPackage(parts);
  if (index === null) return null;
  const sharedStrings =
    index.sharedStringsPart === null
      ? []
      : readSharedStrings(partText(parts, index.sharedStringsPart));
  const styles = index.stylesPart === null ? null : partText(parts, index.stylesPart);
  const formats = styles === null ? [] : cellFormats(styles);
  const fills = styles === null ? [] : styleFills(styles);
  return { parts, index, sharedStrings, formats, fills, macroEnabled };
}

/** The worksheets of the workbook in tab order (chart sheets and missing parts left out). */
export function worksheets(pkg: WorkbookPackage): SheetEntry[] {
  return pkg.index.sheets.filter((sheet) => sheet.part !== null);
}

export function readWorksheet(pkg: WorkbookPackage, sheet: SheetEntry): ReadSheet {
  const xml = sheet.part === null ? null : partText(pkg.parts, sheet.part);
  return readSheet(sheet.name, xml ?? "", {
    sharedStrings: pkg.sharedStrings,
    formats: pkg.formats,
    fills: pkg.fills,
    date1904: pkg.index.date1904,
  });
}
