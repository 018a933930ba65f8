/**
 * One file's work (recompute-file.ts): the JSON report's rows are built only when the run asks for
 * a report (--json), since a 10,000-KPI plan's rows cost time a run without --json would throw away.
 */
import * as path from "path";
import { recomputeFile, type FileJob } from "../../src/cli/recompute-file";
import { FIXTURES } from "../support/doubles/cli-io";

const JOB: FileJob = {
  input: path.join(FIXTURES, "albero-2024.xlsx"),
  sheets: [],
  fromFile: {},
  fromOptions: { planYear: 2024, asOf: 46_053 },
  mapping: null,
  write: false,
  report: false,
};

describe("recomputeFile", () => {
  it("builds no report rows when the run asks for no report, and the same summary", async () => {
    const without = await recomputeFile(JOB);
    const withReport = await recomputeFile({ ...JOB, report: true });
    if (!without.ok || !withReport.ok) throw new Error("the fixture did not recompute");
    expect(without.json).toEqual([]);
    expect(withReport.json).toHaveLength(1);
    expect(withReport.json[0]?.rows.length).toBeGreaterThan(0);
    expect(without.summary).toEqual(withReport.summary);
    expect(without.findings).toBe(withReport.findings);
  });
});
