/**
 * The emulator's workbook from an .xlsx file and back (ExcelJS), so a test starts from a real
 * workbook and hands what the task pane wrote to LibreOffice or the OOXML validator: values
 * (dates as serials, rich text as text, errors as their text), formulas with their cached results,
 * number formats, solid fills, merged areas, sheet visibility and protection, custom conditional
 * formats, names, and the add-in's document settings (Office.context.document.settings), which
 * Excel keeps in a web-extension part (xl/webextensions/webextension1.xml, one <we:property> per key whose value is
 * the JSON text). Custom functions are stored as Excel stores them (`_xldudf_PIANO_PERF_KPI(…)`,
 * without which Excel shows #NAME? until the cell is re-entered) and read back as Office.js shows
 * them (`PIANO.PERF_KPI(…)`).
 */
import { readFileSync, writeFileSync } from "fs";
import ExcelJS from "exceljs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { areaAddress, parseArea, parseAreas, quotedSheetName } from "./addresses";
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
/** The add-in's functions as a file stores them, and as Office.js shows them in a formula. */
const STORED_UDF = /_xldudf_PIANO_PERF_/g;
const SHOWN_UDF = /PIANO\.PERF_/g;

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
    const merges = (worksheet.model as { merges?: string[] }).merges ?? [];
    if (merges.length > 0) sheet.merges = merges.map(parseArea);
    worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
        // ExcelJS gives a merge's other cells the top-left cell's value; Excel keeps them blank.
        if (cell.type === ExcelJS.ValueType.Merge) return;
        const stored: StoredCell = {};
        const value = scalar(cell.value);
        if (value !== undefined) stored.value = value;
        const formula: unknown = cell.formula;
        if (typeof formula === "string" && formula !== "")
          stored.formula = `=${formula.replace(STORED_UDF, "PIANO.PERF_")}`;
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
  state.settings = savedSettings(file);
  return state;
}

/** The document settings of an .xlsx: every <we:property> of its web-extension parts. */
function savedSettings(file: string): Record<string, unknown> {
  const settings: Record<string, unknown> = {};
  const parts = unzipSync(readFileSync(file), {
    filter: (entry) => /^xl\/webextensions\/webextension[^/]*\.xml$/.test(entry.name),
  });
  for (const bytes of Object.values(parts)) {
    const xml = strFromU8(bytes);
    for (const match of xml.matchAll(/<we:property\s+name="([^"]*)"\s+value="([^"]*)"/g)) {
      const text = (match[2] ?? "")
        .replace(/&quot;/g, '"')
        .replace(/&lt;/g, "<")
        .replace(/&gt;/g, ">")
        .replace(/&amp;/g, "&");
      try {
        settings[(match[1] ?? "").replace(/&amp;/g, "&")] = JSON.parse(text) as unknown;
      } catch {
        // A value that is not JSON is not one Office.js could have saved.
      }
    }
  }
  return settings;
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
          formula: stored.formula.slice(1).replace(SHOWN_UDF, "_xldudf_PIANO_PERF_"),
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
    for (const merge of sheet.merges ?? [])
      worksheet.mergeCells(merge.top + 1, merge.left + 1, merge.bottom + 1, merge.right + 1);
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
  if (Object.keys(state.settings).length > 0) addSettingsPart(file, state.settings);
}

const PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
const RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const WEB_EXTENSION = "http://schemas.microsoft.com/office/webextensions/webextension/2010/11";
const TASKPANES = "http://schemas.microsoft.com/office/webextensions/taskpanes/2010/11";
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';

const xmlAttribute = (text: string): string =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/**
 * The document settings as Excel saves them: a web-extension part with one property per key, the
 * task-pane part that refers to it, both typed in [Content_Types].xml, the task panes related
 * from the package.
 */
function addSettingsPart(file: string, settings: Record<string, unknown>): void {
  const parts = unzipSync(readFileSync(file));
  const properties = Object.entries(settings)
    .map(
      ([name, value]) =>
        `<we:property name="${xmlAttribute(name)}" value="${xmlAttribute(JSON.stringify(value))}"/>`
    )
    .join("");
  parts["xl/webextensions/webextension1.xml"] = strToU8(
    `${XML_HEAD}<we:webextension xmlns:we="${WEB_EXTENSION}" id="{6A5D2B0E-3C41-4F7A-9E8B-1D2C3B4A5F60}">` +
      `<we:reference id="perf-kpi-emulated" version="0.2.0.0" store="developer" storeType="Registry"/>` +
      `<we:alternateReferences/><we:properties>${properties}</we:properties><we:bindings/>` +
      `<we:snapshot xmlns:r="${RELS}"/></we:webextension>`
  );
  parts["xl/webextensions/taskpanes.xml"] = strToU8(
    `${XML_HEAD}<wetp:taskpanes xmlns:wetp="${TASKPANES}"><wetp:taskpane dockstate="right" visibility="0" width="350" row="4">` +
      `<wetp:webextensionref xmlns:r="${RELS}" r:id="rId1"/></wetp:taskpane></wetp:taskpanes>`
  );
  parts["xl/webextensions/_rels/taskpanes.xml.rels"] = strToU8(
    `${XML_HEAD}<Relationships xmlns="${PACKAGE_RELS}"><Relationship Id="rId1" Type="http://schemas.microsoft.com/office/2011/relationships/webextension" Target="webextension1.xml"/></Relationships>`
  );
  const rels = strFromU8(parts["_rels/.rels"] ?? strToU8(""));
  parts["_rels/.rels"] = strToU8(
    rels.replace(
      "</Relationships>",
      '<Relationship Id="rIdPerfKpiTaskpanes" Type="http://schemas.microsoft.com/office/2011/relationships/webextensiontaskpanes" Target="xl/webextensions/taskpanes.xml"/></Relationships>'
    )
  );
  const types = strFromU8(parts["[Content_Types].xml"] ?? strToU8(""));
  parts["[Content_Types].xml"] = strToU8(
    types.replace(
      "</Types>",
      '<Override PartName="/xl/webextensions/taskpanes.xml" ContentType="application/vnd.ms-office.webextensiontaskpanes+xml"/>' +
        '<Override PartName="/xl/webextensions/webextension1.xml" ContentType="application/vnd.ms-office.webextension+xml"/></Types>'
    )
  );
  writeFileSync(file, zipSync(parts));
}
