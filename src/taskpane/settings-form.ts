/**
 * The settings form (the Impostazioni screen): every setting of the core's settings model but the
 * column mapping (which has its own form, linked from «Avanzate»), grouped so that the common ones
 * come first: «Essenziali» (method, plan year, evaluation date, what to write) open, then
 * «Punteggio», «Aggregazione», «Legenda» and «Avanzate» folded in <details>. The step scale and
 * the legend bands are small tables (a row per step or band, with add and remove buttons).
 *
 * Checked as the person types (input and change events) through the core's readers
 * (settings-form-model.ts): a field that cannot be read shows the core's message beside it, in
 * the pane's language, and is marked aria-invalid with the message in its aria-describedby; the
 * pane disables «Ricalcola» and says which setting to correct (onValidity).
 *
 * Labels come from the settings model (SETTING_FIELDS[key].label): one name per setting in the
 * form, in messages and in the "Regole" block.
 */
import {
  formatDateIt,
  inLanguage,
  SETTING_FIELDS,
  serialFromYmd,
  type Bilingual,
  type SettingIssue,
  type Settings,
  ymdFromSerial,
} from "../core";
import { byId, customElement, element, replaceChildren } from "./dom";
import type { StringKey, Translator } from "./i18n";
import {
  classicBandRows,
  formValues,
  readForm,
  TEXT_KEYS,
  type BandRow,
  type FormKey,
  type FormReading,
  type FormValues,
  type LegendFields,
  type StepRow,
  type TextKey,
} from "./settings-form-model";

type Choice = { readonly value: string; readonly label: Bilingual };

type Widget =
  | { readonly kind: "text"; readonly inputmode?: "numeric" | "decimal"; readonly hint?: StringKey }
  | { readonly kind: "choice"; readonly options: readonly Choice[]; readonly hint?: StringKey }
  | { readonly kind: "check"; readonly hint?: StringKey }
  | { readonly kind: "steps" }
  | { readonly kind: "bands" }
  | { readonly kind: "legend" };

interface FieldSpec {
  readonly key: FormKey;
  readonly widget: Widget;
}

interface GroupSpec {
  readonly id: string;
  readonly title: StringKey;
  /** Folded in <details> (all but the first group). */
  readonly folded: boolean;
  readonly fields: readonly FieldSpec[];
  /** The link to the column mapping's own form. */
  readonly mappingLink?: boolean;
}

const METHODS: readonly Choice[] = [
  { value: "proportional", label: { it: "Proporzionale", en: "Proportional" } },
  {
    value: "binary",
    label: { it: "Binario (raggiunto / non raggiunto)", en: "Binary (met / not met)" },
  },
  {
    value: "threshold",
    label: { it: "A soglia (dalla soglia al target)", en: "Threshold to target" },
  },
  { value: "steps", label: { it: "A scaglioni", en: "Step scale" } },
];

const WRITE_MODES: readonly Choice[] = [
  {
    value: "values",
    label: {
      it: "Valori (leggibili anche senza il componente aggiuntivo)",
      en: "Values (readable without the add-in)",
    },
  },
  {
    value: "formulas",
    label: {
      it: "Formule PIANO.PERF_KPI / PERF_ROLLUP",
      en: "PIANO.PERF_KPI / PERF_ROLLUP formulas",
    },
  },
];

const ROLLUPS: readonly Choice[] = [
  { value: "weightedMean", label: { it: "Media ponderata", en: "Weighted mean" } },
  { value: "minimum", label: { it: "Minimo (il KPI peggiore)", en: "Minimum (the worst KPI)" } },
  { value: "allMet", label: { it: "Tutti raggiunti (100% o 0%)", en: "All met (100% or 0%)" } },
];

const MISSING: readonly Choice[] = [
  { value: "notEvaluated", label: { it: "Non valutato", en: "Not evaluated" } },
  {
    value: "zero",
    label: { it: "Zero dopo la fine del periodo", en: "Zero after the end of the period" },
  },
];

export const GROUPS: readonly GroupSpec[] = [
  {
    id: "essential",
    title: "groupEssential",
    folded: false,
    fields: [
      { key: "method", widget: { kind: "choice", options: METHODS } },
      { key: "planYear", widget: { kind: "text", inputmode: "numeric", hint: "planYearHint" } },
      { key: "asOf", widget: { kind: "text", hint: "asOfHint" } },
      { key: "writeMode", widget: { kind: "choice", options: WRITE_MODES } },
    ],
  },
  {
    id: "scoring",
    title: "groupScoring",
    folded: true,
    fields: [
      { key: "capAtOne", widget: { kind: "check" } },
      { key: "ceiling", widget: { kind: "text", inputmode: "decimal", hint: "ceilingHint" } },
      { key: "dateLadder", widget: { kind: "text", hint: "dateLadderHint" } },
      { key: "stepScale", widget: { kind: "steps" } },
      { key: "missingActual", widget: { kind: "choice", options: MISSING } },
      { key: "earlyDays", widget: { kind: "text", inputmode: "numeric", hint: "earlyDaysHint" } },
    ],
  },
  {
    id: "rollup",
    title: "groupRollup",
    folded: true,
    fields: [
      { key: "rollup", widget: { kind: "choice", options: ROLLUPS } },
      {
        key: "childWeight",
        widget: { kind: "text", inputmode: "decimal", hint: "childWeightHint" },
      },
    ],
  },
  {
    id: "legend",
    title: "groupLegend",
    folded: true,
    fields: [
      { key: "legend", widget: { kind: "legend" } },
      { key: "legendBands", widget: { kind: "bands" } },
      { key: "legendFromSheet", widget: { kind: "check", hint: "legendFromSheetHint" } },
    ],
  },
  {
    id: "advanced",
    title: "groupAdvanced",
    folded: true,
    fields: [
      { key: "period", widget: { kind: "text", hint: "periodHint" } },
      { key: "useValidated", widget: { kind: "check", hint: "useValidatedHint" } },
    ],
    mappingLink: true,
  },
];

/** "planYear" → "plan-year": the ids of a setting's control and message. */
const kebab = (key: string): string => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
export const controlId = (key: FormKey): string => `setting-${kebab(key)}`;
export const messageId = (key: FormKey): string => `message-${kebab(key)}`;
const hintId = (key: FormKey): string => `hint-${kebab(key)}`;

/** A Fluent field (or native input): both expose value. */
type ValueElement = HTMLElement & { value: string };
type CheckElement = HTMLElement & { checked: boolean };

export interface SettingsFormEvents {
  /** After every check: the issues now (empty when every field is valid). */
  readonly onValidity: (issues: readonly SettingIssue[]) => void;
  /** The «Colonne del piano» link. */
  readonly onOpenMapping: () => void;
}

/** The form, built into #settings-fields of taskpane.html. */
export class SettingsForm {
  private readonly root = byId("settings-fields");
  private readonly text = new Map<TextKey, ValueElement | CheckElement>();
  private readonly legend: Record<keyof LegendFields, HTMLInputElement>;
  private readonly stepsBody = element("tbody");
  private readonly bandsBody = element("tbody");
  private stored: Partial<Settings> = {};
  private last: FormReading = { settings: {}, issues: [] };
  /** While fill() sets the fields (each set fires change events): one check at its end. */
  private filling = false;

  constructor(
    private readonly t: Translator,
    private readonly events: SettingsFormEvents
  ) {
    const input = (id: string, type = "text"): HTMLInputElement =>
      element("input", { type, id, autocomplete: "off" });
    this.legend = {
      greenAbove: input("setting-green-above"),
      yellowFrom: input("setting-yellow-from"),
      green: input("setting-colour-green", "color"),
      yellow: input("setting-colour-yellow", "color"),
      red: input("setting-colour-red", "color"),
    };
    replaceChildren(
      this.root,
      GROUPS.map((group) => this.group(group))
    );
    const form = byId<HTMLFormElement>("settings-form");
    const check = (): void => {
      if (!this.filling) this.check();
    };
    form.addEventListener("input", check);
    form.addEventListener("change", check);
  }

  private label(key: FormKey): string {
    return SETTING_FIELDS[key].label[this.t.language];
  }

  private group(spec: GroupSpec): HTMLElement {
    const fields: Node[] = spec.fields.map((field) => this.field(field));
    if (spec.mappingLink === true) {
      const link = element(
        "button",
        { type: "button", id: "settings-open-mapping", class: "link" },
        [`${this.t("mapping")} ›`]
      );
      link.addEventListener("click", () => this.events.onOpenMapping());
      fields.push(element("p", {}, [link]));
    }
    if (!spec.folded)
      return element(
        "section",
        {
          class: "settings-group",
          id: `settings-${spec.id}`,
          "aria-labelledby": `settings-${spec.id}-title`,
        },
        [element("h3", { id: `settings-${spec.id}-title` }, [this.t(spec.title)]), ...fields]
      );
    return element("details", { class: "settings-group", id: `settings-${spec.id}` }, [
      element("summary", {}, [this.t(spec.title)]),
      element("div", { class: "settings-body" }, fields),
    ]);
  }

  private message(key: FormKey): HTMLElement {
    return element("p", { class: "field-message", id: messageId(key), hidden: "" });
  }

  private hint(key: FormKey, hint: StringKey | undefined): HTMLElement[] {
    return hint === undefined
      ? []
      : [element("p", { class: "hint", id: hintId(key) }, [this.t(hint)])];
  }

  private field({ key, widget }: FieldSpec): HTMLElement {
    const id = controlId(key);
    const wrap = (children: Node[]): HTMLElement =>
      element("div", { class: "field", "data-field": key }, [...children, this.message(key)]);
    switch (widget.kind) {
      case "text": {
        const input = element("input", { type: "text", id, autocomplete: "off" });
        if (widget.inputmode !== undefined) input.setAttribute("inputmode", widget.inputmode);
        if (widget.hint !== undefined) input.setAttribute("aria-describedby", hintId(key));
        this.text.set(key as TextKey, input);
        return wrap([
          element("label", { for: id, id: `label-${kebab(key)}` }, [this.label(key)]),
          input,
          ...this.hint(key, widget.hint),
        ]);
      }
      case "choice": {
        const select = customElement(
          "fluent-select",
          { id, "aria-labelledby": `label-${kebab(key)}` },
          widget.options.map((option) =>
            customElement("fluent-option", { value: option.value }, [option.label[this.t.language]])
          )
        ) as ValueElement;
        if (widget.hint !== undefined) select.setAttribute("aria-describedby", hintId(key));
        this.text.set(key as TextKey, select);
        return wrap([
          element("label", { for: id, id: `label-${kebab(key)}` }, [this.label(key)]),
          select,
          ...this.hint(key, widget.hint),
        ]);
      }
      case "check": {
        const box = customElement("fluent-checkbox", { id }, [this.label(key)]) as CheckElement;
        if (widget.hint !== undefined) box.setAttribute("aria-describedby", hintId(key));
        this.text.set(key as TextKey, box);
        return wrap([box, ...this.hint(key, widget.hint)]);
      }
      case "legend":
        return wrap([this.legendFields()]);
      case "steps":
        return wrap(this.table("stepScale", "steps"));
      case "bands":
        return wrap(this.table("legendBands", "bands"));
    }
  }

  private legendFields(): HTMLElement {
    const l = this.legend;
    const labelled = (input: HTMLInputElement, text: StringKey): HTMLElement =>
      element("label", { for: input.id }, [this.t(text)]);
    l.greenAbove.setAttribute("inputmode", "decimal");
    l.yellowFrom.setAttribute("inputmode", "decimal");
    return element("fieldset", { class: "legend-fields", id: controlId("legend") }, [
      element("legend", {}, [this.label("legend")]),
      element("div", { class: "pair" }, [labelled(l.greenAbove, "greenAbove"), l.greenAbove]),
      element("div", { class: "pair" }, [labelled(l.yellowFrom, "yellowFrom"), l.yellowFrom]),
      element("div", { class: "colours" }, [
        element("label", {}, [l.green, this.t("legendGreen")]),
        element("label", {}, [l.yellow, this.t("legendYellow")]),
        element("label", {}, [l.red, this.t("legendRed")]),
      ]),
    ]);
  }

  /** A small table: a row per step (from, to, score) or band (rule, colour), add and remove. */
  private table(key: "stepScale" | "legendBands", kind: "steps" | "bands"): Node[] {
    const columns: StringKey[] =
      kind === "steps" ? ["stepFrom", "stepTo", "stepScore"] : ["bandRule", "bandColour"];
    const captionId = `label-${kebab(key)}`;
    const table = element(
      "table",
      { class: "edit-table", id: controlId(key), "aria-labelledby": captionId },
      [
        element("thead", {}, [
          element("tr", {}, [
            ...columns.map((column) => element("th", { scope: "col" }, [this.t(column)])),
            element("th", { scope: "col" }, [
              element("span", { class: "visually-hidden" }, [this.t("rowActions")]),
            ]),
          ]),
        ]),
        kind === "steps" ? this.stepsBody : this.bandsBody,
      ]
    );
    const add = element(
      "button",
      { type: "button", class: "add-row", id: `${controlId(key)}-add` },
      [this.t(kind === "steps" ? "addStep" : "addBand")]
    );
    add.addEventListener("click", () => {
      if (kind === "steps") this.addStep({ from: "", to: "", score: "" });
      else if (this.bandsBody.rows.length === 0)
        for (const row of classicBandRows(this.legendValues())) this.addBand(row);
      else this.addBand({ rule: "", fill: "#FFFFFF" });
      const rows = (kind === "steps" ? this.stepsBody : this.bandsBody).rows;
      rows[rows.length - 1]?.querySelector("input")?.focus();
      this.check();
    });
    const hint = kind === "steps" ? "stepScaleHint" : "legendBandsHint";
    return [
      element("p", { class: "table-label", id: captionId }, [this.label(key)]),
      element("p", { class: "hint", id: hintId(key) }, [this.t(hint)]),
      element("div", { class: "table-wrap" }, [table]),
      add,
    ];
  }

  private cell(
    key: "stepScale" | "legendBands",
    column: StringKey,
    value: string,
    type = "text"
  ): HTMLTableCellElement {
    const input = element("input", { type, autocomplete: "off", "data-column": column });
    if (type === "text")
      input.setAttribute("inputmode", column === "bandRule" ? "text" : "decimal");
    input.value = value;
    input.dataset.setting = key;
    return element("td", {}, [input]);
  }

  private removeButton(
    body: HTMLTableSectionElement,
    row: HTMLTableRowElement
  ): HTMLTableCellElement {
    const button = element("button", { type: "button", class: "remove-row" }, ["×"]);
    button.addEventListener("click", () => {
      const index = Array.from(body.rows).indexOf(row);
      row.remove();
      this.relabel();
      // The focus goes to the row that took its place, or the table's add button.
      const next = body.rows[Math.min(index, body.rows.length - 1)];
      const add = body.closest(".field")?.querySelector<HTMLElement>(".add-row");
      (next?.querySelector("input") ?? add)?.focus();
      this.check();
    });
    return element("td", {}, [button]);
  }

  private addStep(step: StepRow): void {
    const row = element("tr");
    row.append(
      this.cell("stepScale", "stepFrom", step.from),
      this.cell("stepScale", "stepTo", step.to),
      this.cell("stepScale", "stepScore", step.score),
      this.removeButton(this.stepsBody, row)
    );
    this.stepsBody.append(row);
    this.relabel();
  }

  private addBand(band: BandRow): void {
    const row = element("tr");
    row.append(
      this.cell("legendBands", "bandRule", band.rule),
      this.cell("legendBands", "bandColour", band.fill.toLowerCase(), "color"),
      this.removeButton(this.bandsBody, row)
    );
    this.bandsBody.append(row);
    this.relabel();
  }

  /** Every cell named by its column and row ("Rapporto da, scaglione 2"), so a screen reader says which. */
  private relabel(): void {
    const name = (body: HTMLTableSectionElement, rowWord: StringKey): void => {
      Array.from(body.rows).forEach((row, index) => {
        const n = `${this.t(rowWord)} ${index + 1}`;
        for (const input of Array.from(row.querySelectorAll("input")))
          input.setAttribute("aria-label", `${this.t(input.dataset.column as StringKey)}, ${n}`);
        row.querySelector(".remove-row")?.setAttribute("aria-label", `${this.t("removeRow")} ${n}`);
      });
    };
    name(this.stepsBody, "stepRow");
    name(this.bandsBody, "bandRow");
  }

  /** Puts saved settings (over the defaults) in the fields, and checks them. */
  fill(stored: Partial<Settings>): void {
    this.stored = stored;
    this.filling = true;
    const values = formValues(stored);
    for (const key of TEXT_KEYS) {
      const control = this.text.get(key);
      if (control === undefined) continue;
      if (control.tagName === "FLUENT-CHECKBOX")
        (control as CheckElement).checked = values.text[key] === "sì";
      else (control as ValueElement).value = values.text[key];
    }
    for (const name of Object.keys(this.legend) as (keyof LegendFields)[])
      this.legend[name].value =
        name === "green" || name === "yellow" || name === "red"
          ? values.legend[name].toLowerCase()
          : values.legend[name];
    this.stepsBody.replaceChildren();
    for (const step of values.steps) this.addStep(step);
    this.bandsBody.replaceChildren();
    for (const band of values.bands) this.addBand(band);
    this.filling = false;
    this.check();
  }

  /** The settings saved: the fill's ones become the baseline of what "unchanged" means. */
  saved(settings: Partial<Settings>): void {
    this.stored = settings;
  }

  /** Shows what the sheet gives when the fields are blank (detected plan year, today's date). */
  showDetected(planYear: number, asOf: number): void {
    this.text.get("planYear")?.setAttribute("placeholder", `${planYear} (${this.t("detected")})`);
    const { year, month, day } = ymdFromSerial(asOf);
    this.text
      .get("asOf")
      ?.setAttribute("placeholder", formatDateIt(serialFromYmd(year, month, day)));
  }

  private legendValues(): LegendFields {
    const l = this.legend;
    return {
      greenAbove: l.greenAbove.value,
      yellowFrom: l.yellowFrom.value,
      green: l.green.value,
      yellow: l.yellow.value,
      red: l.red.value,
    };
  }

  private values(): FormValues {
    const text = {} as Record<TextKey, string>;
    for (const key of TEXT_KEYS) {
      const control = this.text.get(key);
      text[key] =
        control === undefined
          ? ""
          : control.tagName === "FLUENT-CHECKBOX"
            ? (control as CheckElement).checked
              ? "sì"
              : "no"
            : (control as ValueElement).value;
    }
    const cells = (row: HTMLTableRowElement): string[] =>
      Array.from(row.querySelectorAll("input")).map((input) => input.value);
    return {
      text,
      legend: this.legendValues(),
      steps: Array.from(this.stepsBody.rows).map((row) => {
        const [from = "", to = "", score = ""] = cells(row);
        return { from, to, score };
      }),
      bands: Array.from(this.bandsBody.rows).map((row) => {
        const [rule = "", fill = ""] = cells(row);
        return { rule, fill };
      }),
    };
  }

  /** The controls a setting's message describes (the table's and legend's inputs, or the field). */
  private controls(key: FormKey): HTMLElement[] {
    if (key === "legend") return [this.legend.greenAbove, this.legend.yellowFrom];
    if (key === "stepScale") return Array.from(this.stepsBody.querySelectorAll("input"));
    if (key === "legendBands")
      return Array.from(this.bandsBody.querySelectorAll<HTMLInputElement>("input[type='text']"));
    const control = this.text.get(key);
    return control === undefined ? [] : [control];
  }

  /** Reads every field through the core, and shows each message beside its field. */
  check(): FormReading {
    const reading = readForm(this.values(), this.stored);
    this.last = reading;
    const byKey = new Map<FormKey, SettingIssue>();
    for (const issue of reading.issues)
      if (issue.field !== null && issue.field !== "mapping" && !byKey.has(issue.field))
        byKey.set(issue.field, issue);
    for (const group of GROUPS) {
      for (const { key } of group.fields) {
        const issue = byKey.get(key);
        const message = byId(messageId(key));
        message.textContent = issue === undefined ? "" : inLanguage(issue.text, this.t.language);
        message.hidden = issue === undefined;
        for (const control of this.controls(key)) {
          const described = (control.getAttribute("aria-describedby") ?? "")
            .split(" ")
            .filter((id) => id !== "" && id !== messageId(key));
          if (issue === undefined) control.removeAttribute("aria-invalid");
          else {
            control.setAttribute("aria-invalid", "true");
            described.push(messageId(key));
          }
          if (key === "stepScale" || key === "legendBands") described.unshift(hintId(key));
          const ids = [...new Set(described)];
          if (ids.length === 0) control.removeAttribute("aria-describedby");
          else control.setAttribute("aria-describedby", ids.join(" "));
        }
      }
    }
    this.events.onValidity(reading.issues);
    return reading;
  }

  /** The settings to save, or the issues that stop them. */
  read(): FormReading {
    return this.check();
  }

  get issues(): readonly SettingIssue[] {
    return this.last.issues;
  }
}
