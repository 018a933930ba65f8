/**
 * Test helper: writes a small performance plan into a SheetInput in a chosen layout (header
 * words, position, where the operator sits, repeated headers), so the same plan can be read in
 * every layout the sheet model must understand.
 */
import type { CellScalar } from "../../../src/core/types";
import type { CellArea, SheetInput } from "../../../src/core/sheet/sheet-types";

export interface KpiSpec {
  readonly indicator: string;
  readonly weight?: number | string | null;
  readonly operator?: string;
  readonly target: CellScalar;
  readonly actual?: CellScalar;
  readonly targetFormat?: string;
  readonly actualFormat?: string;
  readonly status?: string;
  readonly code?: string;
  readonly kpiPerformance?: CellScalar;
  readonly kpiPerformanceFormula?: string;
}

export interface ObjectiveSpec {
  /** Title cell text, code included ("A.1 - Attrattività"). */
  readonly title: string;
  readonly weight?: number | null;
  readonly objectivePerformance?: CellScalar;
  readonly objectivePerformanceFormula?: string;
  /** The first KPI on the objective's own row (objective+kpi). */
  readonly firstKpiOnRow?: boolean;
  readonly kpis: readonly KpiSpec[];
}

/** A row of text alone in the objective column (a section label), or a note. */
export type Extra = { readonly label: string } | { readonly note: string };
export type PlanItem = ObjectiveSpec | Extra;

export interface LayoutOptions {
  readonly language?: "it" | "en";
  /** Blank rows above the header (a title goes in the first one when given). */
  readonly headerRow?: number;
  /** Blank columns left of the table. */
  readonly leftColumn?: number;
  /** Where the operator is written. */
  readonly operator?: "column" | "unnamedColumn" | "mergedTarget" | "weight" | "target";
  /** Repeat the header before every n-th plan item. */
  readonly repeatHeaderEvery?: number;
  readonly title?: string;
  readonly withStatus?: boolean;
  readonly withCode?: boolean;
  readonly withNotes?: boolean;
  /** Give the input as a used range starting at the header (origin not A1). */
  readonly cropToTable?: boolean;
  /** Text cells in Italian style instead of numbers with formats. */
  readonly italianText?: boolean;
}

type Role =
  | "objective"
  | "code"
  | "indicator"
  | "status"
  | "weight"
  | "operator"
  | "target"
  | "actual"
  | "kpiPerformance"
  | "objectivePerformance"
  | "notes";

const HEADERS: Readonly<Record<"it" | "en", Readonly<Record<Role, string>>>> = {
  it: {
    objective: "Obiettivo",
    code: "Cod.",
    indicator: "Indicatore",
    status: "Esito validazione",
    weight: "Peso",
    operator: "Operatore",
    target: "Target",
    actual: "Consuntivo",
    kpiPerformance: "Performance KPI",
    objectivePerformance: "Performance Obiettivo",
    notes: "Note",
  },
  en: {
    objective: "Objective",
    code: "Code",
    indicator: "Indicator",
    status: "Validation status",
    weight: "Weight",
    operator: "Operator",
    target: "Target",
    actual: "Actual",
    kpiPerformance: "KPI performance",
    objectivePerformance: "Objective performance",
    notes: "Notes",
  },
};

export interface BuiltPlan {
  readonly input: SheetInput;
  /** 0-based sheet column of each role. */
  readonly columns: Readonly<Partial<Record<Role, number>>>;
  /** 0-based sheet row of each objective (by title) and KPI (by indicator). */
  readonly objectiveRows: ReadonlyMap<string, number>;
  readonly kpiRows: ReadonlyMap<string, number>;
  readonly headerRows: readonly number[];
}

function italianPercent(value: number): string {
  return `${(value * 100).toFixed(2).replace(".", ",")}%`;
}

export function buildPlan(items: readonly PlanItem[], options: LayoutOptions = {}): BuiltPlan {
  const language = options.language ?? "it";
  const operatorMode = options.operator ?? "unnamedColumn";
  const roles: Role[] = ["objective"];
  if (options.withCode === true) roles.push("code");
  roles.push("indicator");
  if (options.withStatus === true) roles.push("status");
  roles.push("weight");
  if (
    operatorMode === "column" ||
    operatorMode === "unnamedColumn" ||
    operatorMode === "mergedTarget"
  ) {
    roles.push(operatorMode === "mergedTarget" ? "operator" : "operator");
  }
  roles.push("target", "actual", "kpiPerformance", "objectivePerformance");
  if (options.withNotes === true) roles.push("notes");

  const left = options.leftColumn ?? 0;
  const headerRow = options.headerRow ?? 0;
  const columns: Partial<Record<Role, number>> = {};
  roles.forEach((role, i) => (columns[role] = left + i));
  const width = left + roles.length;

  const values: CellScalar[][] = [];
  const formats: string[][] = [];
  const formulas: (string | null)[][] = [];
  const merges: CellArea[] = [];
  const newRow = (): number => {
    values.push(new Array<CellScalar>(width).fill(null));
    formats.push(new Array<string>(width).fill("General"));
    formulas.push(new Array<string | null>(width).fill(null));
    return values.length - 1;
  };
  const set = (
    row: number,
    role: Role,
    value: CellScalar,
    format?: string,
    formula?: string
  ): void => {
    const column = columns[role];
    if (column === undefined) return;
    values[row][column] = value;
    if (format !== undefined) formats[row][column] = format;
    if (formula !== undefined) formulas[row][column] = formula;
  };

  for (let i = 0; i < headerRow; i++) newRow();
  if (options.title !== undefined && headerRow > 0) values[0][left] = options.title;

  const headerRows: number[] = [];
  const writeHeader = (): void => {
    const row = newRow();
    headerRows.push(row);
    for (const role of roles) {
      let text: string | null = HEADERS[language][role];
      if (role === "operator" && operatorMode === "unnamedColumn") text = null;
      if (role === "operator" && operatorMode === "mergedTarget") text = HEADERS[language].target;
      if (role === "target" && operatorMode === "mergedTarget") text = null;
      set(row, role, text);
    }
    if (operatorMode === "mergedTarget") {
      const op = columns.operator as number;
      merges.push({ top: row, left: op, bottom: row, right: op + 1 });
    }
  };
  writeHeader();

  const objectiveRows = new Map<string, number>();
  const kpiRows = new Map<string, number>();
  const percent = "0.00%";

  const writeKpi = (row: number, kpi: KpiSpec): void => {
    kpiRows.set(kpi.indicator, row);
    set(row, "indicator", kpi.indicator);
    if (kpi.code !== undefined) set(row, "code", kpi.code);
    if (kpi.status !== undefined) set(row, "status", kpi.status);
    const op = kpi.operator ?? ">=";
    let weight: CellScalar = kpi.weight ?? null;
    if (options.italianText === true && typeof weight === "number") weight = italianPercent(weight);
    if (operatorMode === "weight")
      weight =
        `${weight === null ? "" : typeof weight === "number" ? italianPercent(weight) : weight} ${op}`.trim();
    set(row, "weight", weight, typeof weight === "number" ? "0%" : undefined);
    if (
      operatorMode === "column" ||
      operatorMode === "unnamedColumn" ||
      operatorMode === "mergedTarget"
    ) {
      set(row, "operator", op);
    }
    let target = kpi.target;
    let targetFormat = kpi.targetFormat;
    if (options.italianText === true)
      ({ value: target, format: targetFormat } = italianCell(target, targetFormat));
    if (operatorMode === "target")
      target = `${op} ${typeof target === "number" ? textOf(target, targetFormat) : String(target)}`;
    set(row, "target", target, targetFormat);
    let actual = kpi.actual ?? null;
    let actualFormat = kpi.actualFormat;
    if (options.italianText === true)
      ({ value: actual, format: actualFormat } = italianCell(actual, actualFormat));
    set(row, "actual", actual, actualFormat);
    if (kpi.kpiPerformance !== undefined || kpi.kpiPerformanceFormula !== undefined) {
      set(row, "kpiPerformance", kpi.kpiPerformance ?? null, percent, kpi.kpiPerformanceFormula);
    }
  };

  items.forEach((item, index) => {
    if (
      options.repeatHeaderEvery !== undefined &&
      index > 0 &&
      index % options.repeatHeaderEvery === 0
    )
      writeHeader();
    if ("label" in item) {
      set(newRow(), "objective", item.label);
      return;
    }
    if ("note" in item) {
      const row = newRow();
      if (columns.notes !== undefined) set(row, "notes", item.note);
      else set(row, "objective", null);
      return;
    }
    const row = newRow();
    objectiveRows.set(item.title, row);
    set(row, "objective", item.title);
    if (item.weight !== undefined && item.weight !== null) set(row, "weight", item.weight, "0%");
    if (item.objectivePerformance !== undefined || item.objectivePerformanceFormula !== undefined) {
      set(
        row,
        "objectivePerformance",
        item.objectivePerformance ?? null,
        percent,
        item.objectivePerformanceFormula
      );
    }
    item.kpis.forEach((kpi, k) =>
      writeKpi(k === 0 && item.firstKpiOnRow === true ? row : newRow(), kpi)
    );
  });

  let input: SheetInput = {
    name: "Piano",
    origin: { row: 0, column: 0 },
    values,
    numberFormats: formats,
    formulas,
    merges,
  };
  if (options.cropToTable === true) {
    input = {
      ...input,
      origin: { row: headerRow, column: left },
      values: values.slice(headerRow).map((line) => line.slice(left)),
      numberFormats: formats.slice(headerRow).map((line) => line.slice(left)),
      formulas: formulas.slice(headerRow).map((line) => line.slice(left)),
    };
  }
  return { input, columns, objectiveRows, kpiRows, headerRows };
}

function textOf(value: number, format: string | undefined): string {
  if (format !== undefined && format.includes("%")) return italianPercent(value);
  if (format !== undefined && /d/.test(format)) return italianDate(value);
  return String(value).replace(".", ",");
}

function italianDate(serial: number): string {
  const date = new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000);
  const dd = String(date.getUTCDate()).padStart(2, "0");
  const mm = String(date.getUTCMonth() + 1).padStart(2, "0");
  return `${dd}/${mm}/${date.getUTCFullYear()}`;
}

/** A number with a format as Italian text ("15,00%", "31/12/2021", "1.587,10"), format General. */
function italianCell(
  value: CellScalar,
  format: string | undefined
): { value: CellScalar; format: string | undefined } {
  if (typeof value !== "number") return { value, format };
  if (format !== undefined && format.includes("%"))
    return { value: italianPercent(value), format: undefined };
  if (format !== undefined && /d/.test(format))
    return { value: italianDate(value), format: undefined };
  const [whole, fraction] = value.toFixed(2).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return { value: `${grouped},${fraction}`, format: undefined };
}

/** A sheet whose cells are given row by row (A1 at values[0][0]). */
export function sheetOf(
  values: readonly (readonly CellScalar[])[],
  extra: Partial<SheetInput> = {}
): SheetInput {
  return { name: "Foglio", origin: { row: 0, column: 0 }, values, ...extra };
}
