/**
 * Task-pane entry: registers the Fluent components, waits for Office, and wires the page to the
 * Excel host adapter (excel-host.ts, the only module that calls Office.js for the workbook).
 */
import {
  fluentButton,
  fluentCheckbox,
  fluentOption,
  fluentProgress,
  fluentSelect,
  fluentTextField,
  provideFluentDesignSystem,
} from "@fluentui/web-components";
import type { SheetRecompute } from "../core/sheet";
import { inLanguage, type Settings } from "../core";
import { auditList } from "./audit-list";
import { areaChart } from "./band-chart";
import { byId, element, replaceChildren } from "./dom";
import { PaneActivity } from "./pane-activity";
import { ExcelHost, type RecomputeStep } from "./excel-host";
import { explainView } from "./explain-panel";
import { hostErrors, type HostError } from "./host-errors";
import { languageFor, translator, type StringKey, type Translator } from "./i18n";
import { MappingForm } from "./mapping-form";
import { SettingsForm } from "./settings-form";
import { summaryView } from "./summary-view";

provideFluentDesignSystem().register(
  fluentButton(),
  fluentCheckbox(),
  fluentOption(),
  fluentProgress(),
  fluentSelect(),
  fluentTextField()
);

const STEPS: readonly RecomputeStep[] = ["read", "compute", "write"];

type Disableable = HTMLElement & { disabled: boolean };

class Pane {
  private readonly host = new ExcelHost();
  private readonly form: SettingsForm;
  private readonly mapping: MappingForm;
  private last: SheetRecompute | null = null;
  private retryAction: (() => Promise<void>) | null = null;
  private busy = false;
  private readonly recomputeButton = byId<Disableable>("recompute");
  private readonly undoButton = byId<Disableable>("undo");
  private readonly retryButton = byId<Disableable>("retry");

  constructor(private readonly t: Translator) {
    this.form = new SettingsForm(t);
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
    this.recomputeButton.disabled = false;
    // Nothing is read from the sheet while the pane is hidden (shared runtime): see pane-activity.ts.
    const activity = new PaneActivity(this.host, {
      onFirstShown: () => void this.guard(() => this.previewDefaults()),
      onSelection: (cell) => {
        if (this.last === null || cell.sheetName !== this.last.name) return;
        replaceChildren(byId("explain"), [
          explainView(cell.row, this.last.explanations.get(cell.row), this.t),
        ]);
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
      this.recomputeButton.disabled = false;
      await this.refreshUndo();
    }
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
    // The column mapping is saved and used with the other settings.
    if (read.ok) return { ...read.value, mapping: mapping.value };
    this.showError({
      code: "UNEXPECTED",
      text: {
        it: `${translator("it")("invalidSetting")}: ${read.error.field}`,
        en: `${translator("en")("invalidSetting")}: ${read.error.field}`,
      },
      retry: false,
    });
    return null;
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
    this.render(recompute, { cellsWritten, syncs });
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
    if (saved.ok) this.setStatus(this.t("saved"));
    else this.showError(saved.error, () => this.saveSettings());
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

  private render(
    recompute: SheetRecompute,
    figures: { cellsWritten: number; syncs: number }
  ): void {
    replaceChildren(byId("summary"), [summaryView(recompute.summary, figures, this.t)]);
    replaceChildren(byId("chart"), [areaChart(recompute.rows, recompute.settings.legend, this.t)]);
    replaceChildren(byId("audit"), [
      auditList(recompute.findings, this.t, (row, column) => {
        void this.host.selectCell(recompute.name, row, column).then((result) => {
          if (!result.ok) this.showError(result.error, null);
        });
      }),
    ]);
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
  const t = translator(languageFor(ExcelHost.displayLanguage()));
  translatePage(t);
  const missing = ExcelHost.missingApiSet();
  if (missing !== null) {
    showStartupError(t, hostErrors.apiMissing(missing));
    return;
  }
  new Pane(t).start();
});
