/**
 * The emulator's workbook from an .xlsx file and back (ExcelJS), so a test starts from a real
 * workbook and hands what the task pane wrote to LibreOffice or the OOXML validator: values
 * (dates as serials, rich text as text, errors as their text), formulas with their cached results,
 * number formats, solid fills, sheet visibility and protection, custom conditional formats, names.
 */
import ExcelJS from "exceljs";
import { areaAddress, parseAreas, quotedSheetName } from "./addresses";
import {
  addSheet,
  cellKey,
  emptyWorkbook,
  parseCellKey,
  type StoredCell,
  type StoredScalar,
  type WorkbookState,
} from "./workbook";
import type { PlatformProfile } from "./profiles";

const EPOCH = Date.UTC(1899, 11, 30);

function scalar(value: unknown): StoredScalar | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === "number" || typeof value === "boolean") return value;
  if (typeof value === "string") return value === "" ? undefined : value;
  if (value instanceof Date) return (value.getTime() - EPOCH) / 86400000;
  if (typeof value === "object") {
    const v = value as Record<string, unknown>;
    if (Array.isArray(v.richText))
      return (v.richText as { text: string }[]).map((part) => part.text).join("") || undefined;
    if ("error" in v) return String(v.error);
    if ("formula" in v || "sharedFormula" in v) return scalar(v.result);
    if ("text" in v) return scalar(v.text);
  }
  return undefined;
}

export async function workbookFromXlsx(
  file: string,
  profile: PlatformProfile
): Promise<WorkbookState> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const state = emptyWorkbook(profile);
  workbook.eachSheet((worksheet) => {
    const sheet = addSheet(state, worksheet.name);
    if (worksheet.state === "hidden") sheet.visibility = "Hidden";
    if (worksheet.state === "veryHidden") sheet.visibility = "VeryHidden";
    sheet.protected =
      (worksheet as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet ===
      true;
    worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
        const stored: StoredCell = {};
        const value = scalar(cell.value);
        if (value !== undefined) stored.value = value;
        const formula: unknown = cell.formula;
        if (typeof formula === "string" && formula !== "") stored.formula = `=${formula}`;
        const numFmt = cell.numFmt;
        if (typeof numFmt === "string" && numFmt !== "" && numFmt !== "General")
          stored.numberFormat = numFmt;
        else if (cell.value instanceof Date) stored.numberFormat = "dd/mm/yyyy";
        const fill = cell.fill;
        if (
          fill?.type === "pattern" &&
          fill.pattern === "solid" &&
          typeof fill.fgColor?.argb === "string"
        )
          stored.fill = `#${fill.fgColor.argb.slice(-6).toUpperCase()}`;
        if (Object.keys(stored).length > 0)
          sheet.cells[cellKey(rowNumber - 1, columnNumber - 1)] = stored;
      });
    });
    const formats =
      (worksheet as unknown as { conditionalFormattings?: ExcelJS.ConditionalFormattingOptions[] })
        .conditionalFormattings ?? [];
    for (const cf of formats) {
      for (const rule of cf.rules) {
        if (rule.type !== "expression") continue;
        const formula: unknown = rule.formulae?.[0];
        const argb = (rule.style?.fill as ExcelJS.FillPattern | undefined)?.bgColor?.argb;
        sheet.conditionalFormats.push({
          id: `{cf-${state.nextId++}}`,
          type: "Custom",
          areas: parseAreas(cf.ref.replace(/ /g, ",")),
          formula: `=${String(formula ?? "").replace(/^=/, "")}`,
          fill: typeof argb === "string" ? `#${argb.slice(-6).toUpperCase()}` : null,
        });
      }
    }
  });
  return state;
}

export async function saveXlsx(state: WorkbookState, file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of state.sheets) {
    const worksheet = workbook.addWorksheet(sheet.name, {
      state:
        sheet.visibility === "Visible"
          ? "visible"
          : sheet.visibility === "Hidden"
            ? "hidden"
            : "veryHidden",
    });
    for (const [key, stored] of Object.entries(sheet.cells)) {
      const { row, column } = parseCellKey(key);
      const cell = worksheet.getCell(row + 1, column + 1);
      if (stored.formula !== undefined)
        cell.value = {
          formula: stored.formula.slice(1),
          result: stored.value,
        } as ExcelJS.CellFormulaValue;
      else if (stored.value !== undefined) cell.value = stored.value;
      if (stored.numberFormat !== undefined) cell.numFmt = stored.numberFormat;
      if (stored.fill !== undefined)
        cell.fill = {
          type: "pattern",
          pattern: "solid",
          fgColor: { argb: `FF${stored.fill.slice(1)}` },
        };
    }
    // Excel's priority: the first rule wins; ExcelJS numbers them in the order given.
    sheet.conditionalFormats.forEach((cf, index) => {
      worksheet.addConditionalFormatting({
        ref: cf.areas.map(areaAddress).join(" "),
        rules: [
          {
            type: "expression",
            priority: index + 1,
            formulae: [cf.formula.replace(/^=/, "")],
            style:
              cf.fill === null
                ? {}
                : {
                    fill: {
                      type: "pattern",
                      pattern: "solid",
                      bgColor: { argb: `FF${cf.fill.slice(1)}` },
                    },
                  },
          },
        ],
      });
    });
    if (sheet.protected) await worksheet.protect("", {});
  }
  for (const name of state.names) {
    const sheet = state.sheets.find((s) => s.id === name.sheetId);
    if (sheet === undefined) continue;
    const area = name.area;
    const absolute = areaAddress(area).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
    workbook.definedNames.add(`${quotedSheetName(sheet.name)}!${absolute}`, name.name);
  }
  await workbook.xlsx.writeFile(file);
}
