/**
 * The settings form: method, plan year, evaluation date, lateness ladder, cap, legend thresholds
 * and colours, write mode. Fields left blank fall back to what the sheet says (the detected plan
 * year is shown as the placeholder) or to the defaults. Parsing is pure and exported for tests.
 */
import {
  type DateLadderStep,
  DEFAULT_DATE_LADDER,
  DEFAULT_LEGEND,
  failure,
  formatDateIt,
  type Method,
  ok,
  parseDateText,
  readPlanYear,
  type Result,
  serialFromYmd,
  settingFromText,
  type Settings,
  type WriteMode,
  ymdFromSerial,
} from "../core";
import { byId } from "./dom";
import type { Translator } from "./i18n";

/** "30:90%, 61:85%" → steps; null when a part cannot be read. */
export function parseLadder(text: string): DateLadderStep[] | null {
  const parts = text
    .split(/[;,]\s*(?=\d+\s*:)|;/)
    .map((part) => part.trim())
    .filter((part) => part !== "");
  const steps: DateLadderStep[] = [];
  for (const part of parts) {
    const match = /^(\d+)\s*:\s*(\d+(?:[.,]\d+)?)\s*%$/.exec(part);
    if (match === null) return null;
    const performance = Number(match[2]!.replace(",", ".")) / 100;
    if (performance > 1) return null;
    steps.push({ maxDaysLate: Number(match[1]), performance });
  }
  return steps.sort((a, b) => a.maxDaysLate - b.maxDaysLate);
}

export function formatLadder(steps: readonly DateLadderStep[]): string {
  return steps
    .map(
      (step) =>
        `${step.maxDaysLate}:${String(Math.round(step.performance * 10000) / 100).replace(".", ",")}%`
    )
    .join("; ");
}

/** "80" or "80,5" (percent) → 0.8 / 0.805; null when unreadable or outside 0–100. */
export function parsePercentField(text: string): number | null {
  const match = /^\s*(\d+(?:[.,]\d+)?)\s*%?\s*$/.exec(text);
  if (match === null) return null;
  const value = Number(match[1]!.replace(",", ".")) / 100;
  return value >= 0 && value <= 1 ? value : null;
}

/** The form field that could not be read: the pane names it next to its message. */
export interface FormFieldError {
  readonly field: keyof FormValues;
}

export type FormRead = Result<Partial<Settings>, FormFieldError>;

/** The values of the form as text, as the user typed them. */
export interface FormValues {
  readonly method: string;
  readonly planYear: string;
  readonly asOf: string;
  readonly dateLadder: string;
  readonly capAtOne: boolean;
  readonly greenAbove: string;
  readonly yellowFrom: string;
  readonly colors: { readonly green: string; readonly yellow: string; readonly red: string };
  readonly writeMode: string;
}

/** Pure: form text → the settings to save (blank plan year / date mean "detect" / "today"). */
export function settingsFromForm(values: FormValues): FormRead {
  const methodRead = settingFromText("method", values.method);
  const method: Method = methodRead.ok ? methodRead.value : "proportional";
  const writeMode: WriteMode = values.writeMode === "formulas" ? "formulas" : "values";
  let planYear: number | null = null;
  const year = readPlanYear(values.planYear);
  if (!year.ok) return failure({ field: "planYear" });
  planYear = year.value;
  let asOf: number | null = null;
  if (values.asOf.trim() !== "") {
    asOf = parseDateText(values.asOf.trim(), planYear);
    if (asOf === null) return failure({ field: "asOf" });
  }
  const dateLadder = parseLadder(values.dateLadder);
  if (dateLadder === null || dateLadder.length === 0) return failure({ field: "dateLadder" });
  const greenAbove = parsePercentField(values.greenAbove);
  const yellowFrom = parsePercentField(values.yellowFrom);
  if (greenAbove === null) return failure({ field: "greenAbove" });
  if (yellowFrom === null || yellowFrom > greenAbove) return failure({ field: "yellowFrom" });
  const colours = [values.colors.green, values.colors.yellow, values.colors.red];
  if (!colours.every((c) => /^#[0-9A-Fa-f]{6}$/.test(c))) return failure({ field: "colors" });
  return ok({
    method,
    planYear,
    asOf,
    dateLadder,
    capAtOne: values.capAtOne,
    legend: {
      greenAbove,
      yellowFrom,
      colors: {
        green: values.colors.green.toUpperCase(),
        yellow: values.colors.yellow.toUpperCase(),
        red: values.colors.red.toUpperCase(),
      },
    },
    writeMode,
  });
}

/** Pure: saved settings → form text. */
export function formFromSettings(settings: Partial<Settings>): FormValues {
  const legend = settings.legend ?? DEFAULT_LEGEND;
  const percent = (value: number): string =>
    String(Math.round(value * 10000) / 100).replace(".", ",");
  return {
    method: settings.method ?? "proportional",
    planYear:
      settings.planYear === null || settings.planYear === undefined
        ? ""
        : String(settings.planYear),
    asOf: settings.asOf === null || settings.asOf === undefined ? "" : formatDateIt(settings.asOf),
    dateLadder: formatLadder(settings.dateLadder ?? DEFAULT_DATE_LADDER),
    capAtOne: settings.capAtOne ?? true,
    greenAbove: percent(legend.greenAbove),
    yellowFrom: percent(legend.yellowFrom),
    colors: { ...legend.colors },
    writeMode: settings.writeMode ?? "values",
  };
}

/** A Fluent field (or native input): both expose value. */
type ValueElement = HTMLElement & { value: string };
type CheckElement = HTMLElement & { checked: boolean };

/** The form in taskpane.html. */
export class SettingsForm {
  private readonly method = byId<ValueElement>("setting-method");
  private readonly planYear = byId<ValueElement>("setting-plan-year");
  private readonly asOf = byId<ValueElement>("setting-as-of");
  private readonly ladder = byId<ValueElement>("setting-ladder");
  private readonly cap = byId<CheckElement>("setting-cap");
  private readonly greenAbove = byId<ValueElement>("setting-green-above");
  private readonly yellowFrom = byId<ValueElement>("setting-yellow-from");
  private readonly green = byId<ValueElement>("setting-colour-green");
  private readonly yellow = byId<ValueElement>("setting-colour-yellow");
  private readonly red = byId<ValueElement>("setting-colour-red");
  private readonly writeMode = byId<ValueElement>("setting-write-mode");

  constructor(private readonly t: Translator) {}

  fill(settings: Partial<Settings>): void {
    const values = formFromSettings(settings);
    this.method.value = values.method;
    this.planYear.value = values.planYear;
    this.asOf.value = values.asOf;
    this.ladder.value = values.dateLadder;
    this.cap.checked = values.capAtOne;
    this.greenAbove.value = values.greenAbove;
    this.yellowFrom.value = values.yellowFrom;
    this.green.value = values.colors.green;
    this.yellow.value = values.colors.yellow;
    this.red.value = values.colors.red;
    this.writeMode.value = values.writeMode;
  }

  /** Shows what the sheet gives when the fields are blank (detected plan year, today's date). */
  showDetected(planYear: number, asOf: number): void {
    this.planYear.setAttribute("placeholder", `${planYear} (${this.t("detected")})`);
    const { year, month, day } = ymdFromSerial(asOf);
    this.asOf.setAttribute("placeholder", formatDateIt(serialFromYmd(year, month, day)));
  }

  read(): FormRead {
    return settingsFromForm({
      method: this.method.value,
      planYear: this.planYear.value,
      asOf: this.asOf.value,
      dateLadder: this.ladder.value,
      capAtOne: this.cap.checked,
      greenAbove: this.greenAbove.value,
      yellowFrom: this.yellowFrom.value,
      colors: { green: this.green.value, yellow: this.yellow.value, red: this.red.value },
      writeMode: this.writeMode.value,
    });
  }
}
