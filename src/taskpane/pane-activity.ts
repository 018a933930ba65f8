/**
 * What the pane does with Excel only while a person can see it. With the shared runtime Excel
 * loads the page to calculate PIANO formulas even when the pane is closed: the first read of the
 * sheet waits until the pane is shown, and the selection handler (an Excel.run per selection
 * change) is registered while the pane is visible and removed when it is hidden.
 */
import type { ExcelHost, SelectedCell } from "./excel-host";

export interface PaneActivityHooks {
  /** Once, the first time the pane is visible (the preview read). */
  readonly onFirstShown: () => void;
  readonly onSelection: (cell: SelectedCell) => void;
}

type VisibilityEvent = { visibilityMode?: string };
type AddinEvents = {
  onVisibilityModeChanged?: (
    handler: (event: VisibilityEvent) => void
  ) => Promise<() => Promise<void>>;
};

export class PaneActivity {
  private visible = false;
  private shownOnce = false;
  private removeSelection: (() => Promise<void>) | null = null;
  /** Serialises show/hide so a quick hide-show never leaves two handlers. */
  private pending: Promise<void> = Promise.resolve();

  constructor(
    private readonly host: ExcelHost,
    private readonly hooks: PaneActivityHooks
  ) {}

  /** Starts following the pane's visibility; `initiallyVisible` is the page's state at load. */
  async start(initiallyVisible: boolean): Promise<void> {
    const addin = (Office as unknown as { addin?: AddinEvents }).addin;
    if (typeof addin?.onVisibilityModeChanged === "function") {
      await addin.onVisibilityModeChanged((event) => {
        this.setVisible(event.visibilityMode !== "Hidden");
      });
    } else {
      // No shared runtime: the page lives only while the pane is open.
      initiallyVisible = true;
    }
    this.setVisible(initiallyVisible);
    await this.pending;
  }

  get isVisible(): boolean {
    return this.visible;
  }

  /** Resolves when the last show or hide has been applied. */
  settled(): Promise<void> {
    return this.pending;
  }

  private setVisible(visible: boolean): void {
    this.pending = this.pending.then(async () => {
      if (visible === this.visible) return;
      this.visible = visible;
      if (visible) {
        this.removeSelection = await this.host.onSelectionChanged((cell) => {
          if (this.visible) this.hooks.onSelection(cell);
        });
        if (!this.shownOnce) {
          this.shownOnce = true;
          this.hooks.onFirstShown();
        }
      } else {
        const remove = this.removeSelection;
        this.removeSelection = null;
        if (remove !== null) await remove();
      }
    });
  }
}
