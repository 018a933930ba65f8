/**
 * Task-pane entry: registers the Fluent components, waits for Office, puts the pane in Office's
 * theme and language, and wires the page to the Excel host adapter (excel-host.ts, the only
 * module that calls Office.js for the workbook).
 *
 * The page: a sticky header with the main action, its progress (a live region) and any error;
 * then four screens as Fluent tabs (arrow keys move between them): Risultati (summary, objectives
 * by band and by area, which filter the objectives list; technical figures folded away), Verifica
 * (the audit grouped by kind, filterable, paged), Spiegazione (the selected row) and Impostazioni
 * (the settings form and the column mapping).
 */
import {
  fluentButton,
  fluentCheckbox,
  fluentOption,
  fluentProgress,
  fluentSelect,
  fluentTab,
  fluentTabPanel,
  fluentTabs,
  fluentTextField,
  provideFluentDesignSystem,
} from "@fluentui/web-components";
import { columnIndex, isOurFormula, type Finding, type SheetRecompute } from "../core/sheet";
import { inLanguage, SETTING_FIELDS, type SettingIssue, type Settings } from "../core";
import { auditList } from "./audit-list";
import { AuditModel, NO_FILTER, type AuditFilter } from "./audit-model";
import { areaChart, bandChart } from "./band-chart";
import { byId, customElement, element, replaceChildren } from "./dom";
import type { FindingFix } from "./finding-kinds";
import { objectivesList } from "./objectives-list";
import { applyTheme, officeThemeColours } from "./office-theme";
import { paneTheme } from "./pane-theme";
import {
  filterObjectives,
  NO_RESULTS_FILTER,
  resultsModel,
  type ResultsFilter,
  type ResultsModel,
} from "./results-model";
import { PaneActivity } from "./pane-activity";
import { ExcelHost, type RecomputeStep } from "./excel-host";
import { explainView } from "./explain-panel";
import { hostErrors, type HostError } from "./host-errors";
import { languageFor, translator, type StringKey, type Translator } from "./i18n";
import { MappingForm } from "./mapping-form";
import { SettingsForm } from "./settings-form";
import { summaryView, technicalView } from "./summary-view";

provideFluentDesignSystem().register(
  fluentButton(),
  fluentCheckbox(),
  fluentOption(),
  fluentProgress(),
  fluentSelect(),
  fluentTab(),
  fluentTabPanel(),
  fluentTabs(),
  fluentTextField()
);

export type Screen = "results" | "audit" | "explain" | "settings";

/** Typing in the audit search waits this long for the next key before filtering. */
const SEARCH_DELAY_MS = 150;

const STEPS: readonly RecomputeStep[] = ["read", "compute", "write"];

type Disableable = HTMLElement & { disabled: boolean };
type WithValue = HTMLElement & { value: string };

class Pane {
  private readonly host = new ExcelHost();
  private readonly form: SettingsForm;
  private readonly mapping: MappingForm;
  private last: SheetRecompute | null = null;
  /** The last run's results and audit, with the filters the person chose. */
  private results: ResultsModel | null = null;
  private resultsFilter: ResultsFilter = NO_RESULTS_FILTER;
  private audit: AuditModel | null = null;
  private auditFilter: AuditFilter = NO_FILTER;
  private searchTimer: ReturnType<typeof setTimeout> | null = null;
  /** The audit item last opened: it carries the link to the explanation. */
  private openedItem: HTMLElement | null = null;
  private retryAction: (() => Promise<void>) | null = null;
  private busy = false;
  /** The settings form's fields that cannot be used: recompute and save wait for them. */
  private formIssues: readonly SettingIssue[] = [];
  private readonly recomputeButton = byId<Disableable>("recompute");
  private readonly undoButton = byId<Disableable>("undo");
  private readonly retryButton = byId<Disableable>("retry");

  constructor(private readonly t: Translator) {
    this.form = new SettingsForm(t, {
      onValidity: (issues) => {
        this.formIssues = issues;
        this.updateActions();
      },
      onOpenMapping: () => this.openMapping(),
    });
    this.mapping = new MappingForm(t);
  }

  start(): void {
    const stored = this.host.loadSettings();
    this.form.fill(stored);
    this.mapping.show([], stored.mapping ?? null);
    this.recomputeButton.addEventListener("click", () => void this.guard(() => this.recompute()));
    this.undoButton.addEventListener("click", () => void this.guard(() => this.undo()));
    this.retryButton.addEventListener("click", () => {
      const action = this.retryAction;
      if (action !== null) void this.guard(action);
    });
    byId<HTMLFormElement>("settings-form").addEventListener("submit", (event) => {
      event.preventDefault();
      void this.guard(() => this.saveSettings());
    });
    byId("open-mapping").addEventListener("click", () => this.openMapping());
    byId("audit-kind").addEventListener("change", () => {
      const value = byId<WithValue>("audit-kind").value;
      const kind = this.audit?.kinds.find((k) => k.code === value)?.code ?? null;
      this.filterAudit({ ...this.auditFilter, kind });
    });
    byId("audit-search").addEventListener("input", () => {
      if (this.searchTimer !== null) clearTimeout(this.searchTimer);
      this.searchTimer = setTimeout(() => {
        this.searchTimer = null;
        this.filterAudit({ ...this.auditFilter, text: byId<WithValue>("audit-search").value });
      }, SEARCH_DELAY_MS);
    });
    this.updateActions();
    // Nothing is read from the sheet while the pane is hidden (shared runtime): see pane-activity.ts.
    const activity = new PaneActivity(this.host, {
      onFirstShown: () => void this.guard(() => this.previewDefaults()),
      onSelection: (cell) => {
        if (this.last === null || cell.sheetName !== this.last.name) return;
        this.showExplanation(cell.row);
      },
    });
    void activity.start(document.visibilityState !== "hidden");
  }

  /** One action at a time; buttons disabled while it runs. */
  private async guard(action: () => Promise<void>): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    this.recomputeButton.disabled = true;
    this.undoButton.disabled = true;
    try {
      await action();
    } finally {
      this.busy = false;
      this.updateActions();
      await this.refreshUndo();
    }
  }

  /**
   * Recompute and save are enabled when nothing runs and every setting can be used; while one
   * cannot, the header says which to correct (the message itself is beside the field).
   */
  private updateActions(): void {
    const invalid = this.formIssues.length > 0;
    this.recomputeButton.disabled = this.busy || invalid;
    byId<Disableable>("save-settings").disabled = invalid;
    const blocked = byId("recompute-blocked");
    const quoted = (name: string): string => (this.t.language === "it" ? `«${name}»` : `“${name}”`);
    const names = [
      ...new Set(
        this.formIssues.map((issue) =>
          issue.field === null ? "" : quoted(SETTING_FIELDS[issue.field].label[this.t.language])
        )
      ),
    ].filter((name) => name !== "");
    blocked.textContent = invalid ? `${this.t("recomputeBlocked")}: ${names.join(", ")}.` : "";
    blocked.hidden = !invalid;
  }

  /** Reads the sheet without writing: shows the detected plan year and date as the defaults. */
  private async previewDefaults(): Promise<void> {
    const stored = this.host.loadSettings();
    const preview = await this.host.preview(stored);
    if (preview.ok) {
      this.form.showDetected(preview.value.settings.planYear, preview.value.settings.asOf);
      this.last = preview.value;
      this.mapping.show(preview.value.summary.columns, stored.mapping ?? null);
    }
    this.setStatus(this.t("ready"));
  }

  /** The settings typed in the form, or null after showing which field is invalid. */
  private readForm(): Partial<Settings> | null {
    const read = this.form.read();
    const mapping = this.mapping.read();
    if (!mapping.ok) {
      this.showError({ code: "UNEXPECTED", ...mapping.error, retry: false });
      return null;
    }
    // The core's message names the setting by its label ("Impostazione «Anno del piano»: …").
    const issue = read.issues[0];
    if (issue !== undefined) {
      this.showError({ code: "UNEXPECTED", text: issue.text, retry: false });
      return null;
    }
    // The column mapping is saved and used with the other settings.
    return mapping.value === null ? read.settings : { ...read.settings, mapping: mapping.value };
  }

  private async recompute(): Promise<void> {
    const settings = this.readForm();
    if (settings === null) return;
    this.clearError();
    const saved = await this.host.saveSettings(settings);
    if (!saved.ok) {
      this.showError(saved.error, null);
      return;
    }
    this.form.saved(settings);
    this.progress(true);
    const outcome = await this.host.recompute(settings, (step) => this.markStep(step));
    this.progress(false);
    if (!outcome.ok) {
      this.markStep(null);
      this.showError(outcome.error, () => this.recompute());
      return;
    }
    this.markStep("done");
    const { recompute, cellsWritten, syncs } = outcome.value;
    this.last = recompute;
    this.form.showDetected(recompute.settings.planYear, recompute.settings.asOf);
    this.mapping.show(recompute.summary.columns, settings.mapping ?? null);
    this.render(recompute);
    replaceChildren(byId("technical-figures"), [technicalView({ cellsWritten, syncs }, this.t)]);
    const s = recompute.summary;
    this.setStatus(
      `${this.t("done")}: ${s.kpis} KPI, ${s.objectives} ${this.t("objectives").toLowerCase()}, ${s.findings} ${this.t("findings").toLowerCase()}.`
    );
  }

  private async undo(): Promise<void> {
    this.clearError();
    this.progress(true);
    const outcome = await this.host.undo();
    this.progress(false);
    if (!outcome.ok) {
      this.showError(outcome.error, () => this.undo());
      return;
    }
    const { cellsRestored, skipped, skippedCount } = outcome.value;
    const left =
      skippedCount === 0
        ? ""
        : ` ${skippedCount} ${this.t("undoSkipped")}: ${skipped.join(", ")}${skippedCount > skipped.length ? "…" : ""}.`;
    this.setStatus(`${this.t("undone")} (${cellsRestored}).${left}`);
  }

  private async saveSettings(): Promise<void> {
    const settings = this.readForm();
    if (settings === null) return;
    const saved = await this.host.saveSettings(settings);
    if (saved.ok) {
      this.form.saved(settings);
      this.setStatus(this.t("saved"));
    } else this.showError(saved.error, () => this.saveSettings());
  }

  private async refreshUndo(): Promise<void> {
    const available = await this.host.undoAvailable();
    this.undoButton.disabled = available === null;
    const info = byId("undo-info");
    info.textContent =
      available === null
        ? ""
        : `${this.t("undoAvailable")}: ${available.sheetName}, ${new Date(available.takenAt).toLocaleString(this.t.language === "it" ? "it-IT" : "en-GB")}`;
  }

  private render(recompute: SheetRecompute): void {
    replaceChildren(byId("summary"), [summaryView(recompute.summary, this.t)]);
    this.results = resultsModel(recompute.rows);
    this.resultsFilter = NO_RESULTS_FILTER;
    this.renderResults();
    this.audit = new AuditModel(recompute.findings, this.t.language);
    this.auditFilter = { kind: null, text: byId<WithValue>("audit-search").value };
    this.fillKindFilter();
    this.renderAudit();
    const count = byId("audit-count");
    count.textContent = recompute.findings.length.toLocaleString(this.locale());
    count.hidden = false;
  }

  private locale(): string {
    return this.t.language === "it" ? "it-IT" : "en-GB";
  }

  /** The charts and the objectives list, under the band or area filter pressed. */
  private renderResults(): void {
    const model = this.results;
    const recompute = this.last;
    if (model === null || recompute === null) return;
    const legend = recompute.settings.legend;
    const change = (filter: ResultsFilter): void => {
      this.resultsFilter = filter;
      const focused = document.activeElement;
      const selector =
        focused instanceof HTMLElement && focused.classList.contains("band-tile")
          ? `button.band-tile[data-band="${CSS.escape(focused.dataset.band ?? "")}"]`
          : focused instanceof HTMLElement && focused.classList.contains("area")
            ? `button.area[data-area="${CSS.escape(focused.dataset.area ?? "")}"]`
            : null;
      this.renderResults();
      // Keep the focus on the control just pressed (it was re-rendered).
      if (selector !== null) document.querySelector<HTMLElement>(selector)?.focus();
    };
    replaceChildren(byId("bands"), [bandChart(model, legend, this.resultsFilter, this.t, change)]);
    replaceChildren(byId("chart"), [areaChart(model, legend, this.resultsFilter, this.t, change)]);
    const items = filterObjectives(model.objectives, this.resultsFilter);
    const filtered = this.resultsFilter.band !== null || this.resultsFilter.area !== null;
    const heading = byId("objectives-title");
    heading.textContent = `${this.t("objectivesList")} (${items.length.toLocaleString(this.locale())}${filtered ? `, ${this.t("objectivesFiltered")}` : ""})`;
    const parts: Node[] = [];
    if (filtered) {
      const clear = customElement("fluent-button", { appearance: "outline", id: "clear-filter" }, [
        this.t("clearFilter"),
      ]);
      clear.addEventListener("click", () => {
        this.resultsFilter = NO_RESULTS_FILTER;
        this.renderResults();
        byId("objectives-title").focus();
      });
      parts.push(clear);
    }
    parts.push(
      objectivesList(items, legend, this.t, (item) => {
        this.selectCell(recompute.name, item.row - 1, 0);
        this.showExplanation(item.row);
      })
    );
    replaceChildren(byId("objectives"), parts);
  }

  private fillKindFilter(): void {
    const model = this.audit;
    if (model === null) return;
    const number = new Intl.NumberFormat(this.locale());
    const select = byId<WithValue>("audit-kind");
    const all = customElement("fluent-option", { value: "" }, [
      `${this.t("auditAllKinds")} (${number.format(model.findings.length)})`,
    ]);
    const options = model.kinds.map((kind) =>
      customElement("fluent-option", { value: kind.code }, [
        `${kind.name} (${number.format(kind.total)})`,
      ])
    );
    select.replaceChildren(all, ...options);
    select.value = "";
    byId("audit-filters").hidden = model.findings.length === 0;
  }

  private filterAudit(filter: AuditFilter): void {
    this.auditFilter = filter;
    this.renderAudit();
  }

  private renderAudit(): void {
    const model = this.audit;
    const recompute = this.last;
    if (model === null || recompute === null) return;
    this.openedItem = null;
    replaceChildren(byId("audit"), [
      auditList(model.view(this.auditFilter), this.t, {
        open: (finding, row0, column0, item) => {
          this.selectCell(recompute.name, row0, column0);
          this.showExplanation(finding.row);
          this.markOpened(item, finding.row);
        },
        fix: (finding, fix, button) => void this.guard(() => this.applyFix(finding, fix, button)),
      }),
    ]);
  }

  /** The opened finding gets a link to its row's explanation (one, so the tab order stays short). */
  private markOpened(item: HTMLElement, row: number): void {
    this.openedItem?.querySelector(".to-explanation")?.remove();
    this.openedItem?.querySelector("button.finding")?.removeAttribute("aria-current");
    this.openedItem = item;
    item.querySelector("button.finding")?.setAttribute("aria-current", "true");
    const link = customElement(
      "fluent-button",
      { appearance: "stealth", class: "to-explanation", "data-row": String(row) },
      [`${this.t("toExplanation")} ${row} ›`]
    );
    link.addEventListener("click", () => {
      this.showScreen("explain");
      byId("explain-title").focus();
    });
    const actions = item.querySelector(".finding-actions");
    if (actions !== null) actions.append(link);
    else item.append(element("div", { class: "finding-actions" }, [link]));
  }

  private async applyFix(finding: Finding, fix: FindingFix, button: HTMLElement): Promise<void> {
    const recompute = this.last;
    const index = columnIndex(finding.column);
    if (recompute === null || index === null) return;
    this.clearError();
    // Only over the user formula the audit saw (its message quotes it), never over ours.
    const stillFlagged = (formula: string): boolean =>
      !isOurFormula(formula) && finding.text.it.includes(`(${formula})`);
    const outcome = await this.host.replaceFormulaWithValue(
      recompute.name,
      finding.row - 1,
      index,
      stillFlagged,
      fix.value
    );
    if (!outcome.ok) {
      this.showError(outcome.error, null);
      return;
    }
    button.remove();
    this.setStatus(
      `${this.t("fixDone")} (${finding.column}${finding.row}); ${this.t("fixWas")} ${outcome.value.replaced}.`
    );
  }

  private selectCell(sheetName: string, row0: number, column0: number): void {
    void this.host.selectCell(sheetName, row0, column0).then((result) => {
      if (!result.ok) this.showError(result.error, null);
    });
  }

  private showExplanation(row: number): void {
    if (this.last === null) return;
    replaceChildren(byId("explain"), [explainView(row, this.last.explanations.get(row), this.t)]);
  }

  showScreen(screen: Screen): void {
    byId<HTMLElement & { activeid: string }>("screens").activeid = `tab-${screen}`;
  }

  /** From the "headers not found" error: the settings screen with the column mapping open. */
  private openMapping(): void {
    this.showScreen("settings");
    const mapping = byId<HTMLDetailsElement>("mapping");
    mapping.open = true;
    mapping.querySelector("summary")?.focus();
  }

  private progress(running: boolean): void {
    byId("progress").setAttribute("aria-busy", String(running));
    byId("progress-bar").hidden = !running;
  }

  /** Marks the current step (and the ones before it as done); null resets, "done" completes all. */
  private markStep(step: RecomputeStep | "done" | null): void {
    const reached = step === "done" ? STEPS.length : step === null ? -1 : STEPS.indexOf(step);
    for (const item of Array.from(byId("steps").querySelectorAll<HTMLElement>("li"))) {
      const index = STEPS.indexOf(item.dataset.step as RecomputeStep);
      item.classList.toggle("done", index < reached);
      if (index === reached) item.setAttribute("aria-current", "step");
      else item.removeAttribute("aria-current");
    }
    if (step !== null && step !== "done") this.setStatus(`${this.t(stepKey(step))}…`);
  }

  private setStatus(text: string): void {
    byId("status").textContent = text;
  }

  private showError(error: HostError, retry?: (() => Promise<void>) | null): void {
    const primary = inLanguage(error.text, this.t.language);
    const other = inLanguage(error.text, this.t.language === "it" ? "en" : "it");
    byId("error-message").textContent = primary;
    const second = byId("error-message-other");
    second.textContent = other;
    second.setAttribute("lang", this.t.language === "it" ? "en" : "it");
    this.retryAction = error.retry && retry !== undefined && retry !== null ? retry : null;
    this.retryButton.hidden = this.retryAction === null;
    byId("open-mapping").hidden = error.code !== "LAYOUT";
    byId("error").hidden = false;
    this.setStatus(this.t("error"));
  }

  private clearError(): void {
    byId("error").hidden = true;
    this.retryAction = null;
  }
}

function stepKey(step: RecomputeStep): StringKey {
  return step === "read" ? "stepRead" : step === "compute" ? "stepCompute" : "stepWrite";
}

/** Puts the pane's words in the display language (the HTML holds the Italian ones). */
function translatePage(t: Translator): void {
  document.documentElement.lang = t.language;
  for (const node of Array.from(document.querySelectorAll<HTMLElement>("[data-i18n]"))) {
    node.textContent = t(node.dataset.i18n as StringKey);
  }
  for (const node of Array.from(document.querySelectorAll<HTMLElement>("[data-i18n-label]"))) {
    node.setAttribute("aria-label", t(node.dataset.i18nLabel as StringKey));
  }
}

function showStartupError(t: Translator, error: HostError): void {
  const box = byId("error");
  box.replaceChildren(
    element("p", {}, [inLanguage(error.text, t.language)]),
    element("p", { class: "muted" }, [inLanguage(error.text, t.language === "it" ? "en" : "it")])
  );
  box.hidden = false;
}

void Office.onReady(() => {
  applyTheme(paneTheme(officeThemeColours(), window.matchMedia("(forced-colors: active)").matches));
  const t = translator(languageFor(ExcelHost.displayLanguage()));
  translatePage(t);
  const missing = ExcelHost.missingApiSet();
  if (missing !== null) {
    showStartupError(t, hostErrors.apiMissing(missing));
    return;
  }
  new Pane(t).start();
});
