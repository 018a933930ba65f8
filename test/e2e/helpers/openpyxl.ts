/**
 * A Python that has openpyxl, for the round trip on a workbook openpyxl writes: Debian's
 * /usr/bin/python3 first (where `apt-get install python3-openpyxl` puts it, as `npm run setup`
 * does), then `python3` on PATH ($PERF_KPI_PYTHON first when set). Missing, the test FAILS saying
 * what to install; it never skips.
 */
import { spawnSync } from "child_process";

export function pythonWithOpenpyxl(): string {
  const candidates = [process.env.PERF_KPI_PYTHON, "/usr/bin/python3", "python3", "python"].filter(
    (candidate): candidate is string => candidate !== undefined && candidate !== ""
  );
  for (const candidate of candidates) {
    const probe = spawnSync(candidate, ["-c", "import openpyxl"], { stdio: "ignore" });
    if (probe.status === 0) return candidate;
  }
  throw new Error(
    "manca openpyxl / openpyxl is missing: Debian/Ubuntu `apt-get install python3-openpyxl` " +
      "(npm run setup lo installa / installs it), altrove / elsewhere `pip install openpyxl`; " +
      "oppure / or set PERF_KPI_PYTHON to a Python that has it."
  );
}
