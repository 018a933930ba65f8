/**
 * scripts/system-programs.cjs: the search `npm run setup` and the e2e tests share. A variable
 * naming the program wins (and only it counts); a missing program gives the message that says
 * what to install, which the e2e helpers throw so the test fails instead of skipping.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { findBrowser, findSoffice } from "../../scripts/system-programs.cjs";
import { browserPath, sofficePath } from "../e2e/helpers/system-programs";

// An executable that exists on every machine running the tests: node itself.
const EXECUTABLE = process.execPath;
const MISSING = "/nonexistent/perf-kpi/program";

describe("findBrowser", () => {
  it.each(["PERF_KPI_CHROMIUM", "CHROME_PATH"])("takes the path in %s", (variable) => {
    expect(findBrowser({ PATH: "", [variable]: EXECUTABLE })).toEqual({ path: EXECUTABLE });
  });

  it("prefers PERF_KPI_CHROMIUM to CHROME_PATH", () => {
    expect(findBrowser({ PERF_KPI_CHROMIUM: EXECUTABLE, CHROME_PATH: MISSING })).toEqual({
      path: EXECUTABLE,
    });
  });

  it("does not fall back to a search when the variable names a missing file", () => {
    const found = findBrowser({ PATH: process.env.PATH, CHROME_PATH: MISSING });
    expect(found).toEqual({
      missing: expect.stringContaining(`CHROME_PATH=${MISSING}`) as unknown,
    });
  });

  it("finds a browser on PATH before the places systems install it", () => {
    const bin = fakeBin("chromium");
    expect(findBrowser({ PATH: bin })).toEqual({
      path: path.join(bin, executableName("chromium")),
    });
  });
});

describe("findSoffice", () => {
  it("takes the path in SOFFICE_PATH", () => {
    expect(findSoffice({ SOFFICE_PATH: EXECUTABLE })).toEqual({ path: EXECUTABLE });
  });

  it("says the variable is wrong when it names a missing file", () => {
    expect(findSoffice({ SOFFICE_PATH: MISSING })).toEqual({
      missing: expect.stringContaining(`SOFFICE_PATH=${MISSING}`) as unknown,
    });
  });

  it("finds soffice on PATH before the places systems install it", () => {
    const bin = fakeBin("soffice");
    expect(findSoffice({ PATH: bin })).toEqual({ path: path.join(bin, executableName("soffice")) });
  });
});

describe("the e2e helpers", () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  it("fail with what to do when the browser is missing", () => {
    process.env.PERF_KPI_CHROMIUM = MISSING;
    expect(() => browserPath()).toThrow(`PERF_KPI_CHROMIUM=${MISSING}`);
  });

  it("fail with what to do when soffice is missing", () => {
    process.env.SOFFICE_PATH = MISSING;
    expect(() => sofficePath()).toThrow(`SOFFICE_PATH=${MISSING}`);
  });

  it("give the path when the program is there", () => {
    process.env.SOFFICE_PATH = EXECUTABLE;
    expect(sofficePath()).toBe(EXECUTABLE);
  });
});

/** A temporary directory with an executable file `name` in it, for a PATH of its own. */
function fakeBin(name: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "perf-kpi-bin-"));
  const file = path.join(dir, executableName(name));
  fs.writeFileSync(file, "#!/bin/sh\nexit 0\n");
  fs.chmodSync(file, 0o755);
  return dir;
}

const executableName = (name: string): string =>
  process.platform === "win32" ? `${name}.exe` : name;
