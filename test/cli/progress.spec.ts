import { createProgress, progressLine } from "../../src/cli/progress";
import { collectingStream } from "../support/doubles/cli-io";

describe("createProgress", () => {
  it("prints nothing for a single file", () => {
    const stream = collectingStream(true);
    const progress = createProgress(stream, 1);
    progress.start(0, "piano.xlsx");
    progress.finish();
    expect(stream.text).toBe("");
  });

  it("prints one plain line per file when stderr is not a terminal", () => {
    const stream = collectingStream(false);
    const progress = createProgress(stream, 2);
    progress.start(0, "a.xlsx");
    progress.start(1, "b.xlsx");
    progress.finish();
    expect(stream.text).toBe("perf-kpi: [1/2] a.xlsx\nperf-kpi: [2/2] b.xlsx\n");
  });

  it("redraws a bar in place on a terminal and ends with a full bar and a newline", () => {
    const stream = collectingStream(true);
    const progress = createProgress(stream, 4);
    progress.start(2, "c.xlsx");
    progress.finish();
    expect(stream.text).toContain(`\r[############------------] 2/4 c.xlsx\x1b[K`);
    expect(stream.text.endsWith(`\r[########################] 4/4\x1b[K\n`)).toBe(true);
  });
});

describe("progress on a terminal of unknown width", () => {
  it("draws the bar 80 columns wide when the terminal reports 0 columns", () => {
    const stream = {
      text: "",
      isTTY: true,
      columns: 0,
      write: (chunk: string) => (stream.text += chunk),
    };
    createProgress(stream, 2).start(0, "a.xlsx");
    expect(stream.text).toBe("\r[------------------------] 0/2 a.xlsx\x1b[K");
  });
});

describe("progressLine", () => {
  it("cuts the line to the terminal width", () => {
    expect(progressLine(1, 10, "un-nome-molto-lungo.xlsx", 30).length).toBeLessThanOrEqual(29);
  });
});
