/**
 * The JSON report (`--json`), a stable contract for other programs: see the README.
 * Rows are 1-based Excel rows; performances are fractions (0.805 for 80,50%); null where not
 * evaluated; asOf is "YYYY-MM-DD". Fields are picked one by one so the contract does not drift
 * when the sheet model grows.
 */
import { type Band, type Method, ymdFromSerial } from "../core";
import type { ColumnUse, FindingCode, RowKind, SheetRecompute } from "../core/sheet";

export interface JsonReportRow {
  readonly row: number;
  readonly kind: RowKind;
  readonly code: string | null;
  /** The objective's title on objective rows (the name of an objective without a code), else null. */
  readonly title: string | null;
  readonly kpiCode: string | null;
  readonly kpi: number | null;
  readonly objective: number | null;
  readonly metaActual: number | null;
  readonly band: Band | null;
  /** Present where a validated figure counts instead of the computed one. */
  readonly kpiComputed?: number | null;
  readonly objectiveComputed?: number | null;
  /** Present on deadline KPIs: days late (negative: early), "late" | "onTime" | "early". */
  readonly timing?: { readonly daysLate: number; readonly class: "late" | "onTime" | "early" };
}

export interface JsonReportFinding {
  readonly row: number;
  readonly column: string;
  readonly code: FindingCode;
  readonly message: string;
  readonly messageEn: string;
  readonly published: number | string | null;
  readonly computed: number | string | null;
}

/** Where a setting came from: saved in the workbook by the task pane, --settings FILE, an option. */
export type SettingSource = "workbook" | "settingsFile" | "option";

export interface JsonReportSheet {
  /** The input file, as given on the command line. */
  readonly file: string;
  readonly name: string;
  readonly settings: { readonly method: Method; readonly planYear: number; readonly asOf: string };
  /** Each setting that was not the default (or detected), with where it came from. */
  readonly settingSources: Readonly<Record<string, SettingSource>>;
  /** The column used for each role, and what decided it (header, values, mapping). */
  readonly columns: readonly ColumnUse[];
  /** The monitoring period used (header, end date, chosen by default), or null. */
  readonly period: {
    readonly header: string;
    readonly end: string;
    readonly byDefault: boolean;
  } | null;
  readonly rows: readonly JsonReportRow[];
  readonly findings: readonly JsonReportFinding[];
}

export interface JsonReport {
  readonly sheets: readonly JsonReportSheet[];
}

export function isoDateFromSerial(serial: number): string {
  const { year, month, day } = ymdFromSerial(Math.floor(serial));
  const pad = (n: number, width: number): string => String(n).padStart(width, "0");
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

export function jsonReportSheet(
  file: string,
  result: SheetRecompute,
  settingSources: Readonly<Record<string, SettingSource>> = {}
): JsonReportSheet {
  return {
    file,
    name: result.name,
    settings: {
      method: result.method,
      planYear: result.settings.planYear,
      asOf: isoDateFromSerial(result.settings.asOf),
    },
    settingSources,
    columns: result.summary.columns.map((use) => ({
      role: use.role,
      column: use.column,
      header: use.header,
      source: use.source,
    })),
    period:
      result.period === null
        ? null
        : {
            header: result.period.header,
            end: isoDateFromSerial(result.period.end),
            byDefault: result.period.byDefault,
          },
    rows: result.rows.map((row) => ({
      row: row.row,
      kind: row.kind,
      code: row.code,
      title: row.kind === "kpi" ? null : row.title,
      kpiCode: row.kpiCode,
      kpi: row.kpi,
      objective: row.objective,
      metaActual: row.metaActual,
      band: row.band,
      ...(row.kpiComputed === undefined ? {} : { kpiComputed: row.kpiComputed }),
      ...(row.objectiveComputed === undefined ? {} : { objectiveComputed: row.objectiveComputed }),
      ...(row.timing === undefined ? {} : { timing: row.timing }),
    })),
    findings: result.findings.map((finding) => ({
      row: finding.row,
      column: finding.column,
      code: finding.code,
      // The published report keeps its documented two fields (README: "Rapporto JSON").
      message: finding.text.it,
      messageEn: finding.text.en,
      published: finding.published,
      computed: finding.computed,
    })),
  };
}

export function renderJsonReport(sheets: readonly JsonReportSheet[]): string {
  const report: JsonReport = { sheets };
  return `${JSON.stringify(report, null, 2)}\n`;
}
