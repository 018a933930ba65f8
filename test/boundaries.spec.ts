/**
 * The architecture's boundary rules (eslint.config.mjs, eslint/boundaries.mjs) run on probe
 * sources placed where a forbidden import would be written: each must fail the lint, and the
 * imports the architecture allows must pass.
 */
import { execFileSync } from "node:child_process";
import path from "node:path";

interface Probe {
  readonly file: string;
  readonly code: string;
  /** Substrings of the expected messages, one per expected error; [] when the probe is allowed. */
  readonly expected: readonly string[];
}

const CORE_OUTSIDE = "boundaries/imports: src/core is the pure engine";
const CORE_INTERNALS = "boundaries/imports: Adapters import the core through";
const GLOBAL = "no-restricted-globals: Unexpected use of";
const adapterToAdapter = (from: string): string =>
  `boundaries/imports: src/${from} must not import from`;

const probes: Probe[] = [
  // the core imports nothing outside itself
  {
    file: "src/core/probe.ts",
    code: 'import * as fs from "fs";\nexport const f = fs;\n',
    expected: [`${CORE_OUTSIDE}: it imports only its own modules, not 'fs'`],
  },
  {
    file: "src/core/probe.ts",
    code: 'import { readFile } from "node:fs/promises";\nexport const r = readFile;\n',
    expected: [`not 'node:fs/promises'`],
  },
  {
    file: "src/core/probe.ts",
    code: 'import ExcelJS from "exceljs";\nexport const e = ExcelJS;\n',
    expected: [`not 'exceljs'`],
  },
  {
    file: "src/core/sheet/probe.ts",
    code: 'import { byId } from "../../taskpane/dom";\nexport const b = byId;\n',
    expected: [`not '../../taskpane/dom'`],
  },
  {
    file: "src/core/probe.ts",
    code: 'export { main } from "../cli/main";\n',
    expected: [`not '../cli/main'`],
  },
  {
    file: "src/core/probe.ts",
    code: 'export const load = () => import("../functions/functions");\n',
    expected: [`not '../functions/functions'`],
  },
  {
    file: "src/core/probe.ts",
    code: 'const os = require("os");\nexport const o = os;\n',
    expected: [`${GLOBAL} 'require'`, `not 'os'`],
  },
  // no DOM, Office.js or Node globals in the core
  ...["document", "Office", "Excel", "CustomFunctions", "process", "Buffer"].map((name) => ({
    file: "src/core/probe.ts",
    code: `export const g = ${name};\n`,
    expected: [`${GLOBAL} '${name}'`],
  })),
  // adapters reach the core only through its entry files
  {
    file: "src/taskpane/probe.ts",
    code: 'import { rollUp } from "../core/rollup";\nexport const r = rollUp;\n',
    expected: [
      `${CORE_INTERNALS} src/core/index.ts or src/core/sheet/index.ts only, not '../core/rollup'`,
    ],
  },
  {
    file: "src/cli/probe.ts",
    code: 'import type { SheetInput } from "../core/sheet/sheet-types";\nexport type S = SheetInput;\n',
    expected: [`not '../core/sheet/sheet-types'`],
  },
  {
    file: "src/functions/probe.ts",
    code: 'import { classify } from "../core/sheet/../classify";\nexport const c = classify;\n',
    expected: [CORE_INTERNALS],
  },
  // adapters do not import each other, nor anything outside src
  {
    file: "src/taskpane/probe.ts",
    code: 'import { main } from "../cli/main";\nexport const m = main;\n',
    expected: [`${adapterToAdapter("taskpane")} src/cli`],
  },
  {
    file: "src/cli/probe.ts",
    code: 'import { NOT_EVALUATED } from "../functions/kpi-function";\nexport const n = NOT_EVALUATED;\n',
    expected: [`${adapterToAdapter("cli")} src/functions`],
  },
  {
    file: "src/functions/probe.ts",
    code: 'import { byId } from "../taskpane/dom";\nexport const b = byId;\n',
    expected: [`${adapterToAdapter("functions")} src/taskpane`],
  },
  {
    file: "src/functions/probe.ts",
    code: 'import { x } from "../../test/support/x";\nexport const y = x;\n',
    expected: [`${adapterToAdapter("functions")} outside src`],
  },
  // what the architecture allows
  {
    file: "src/core/sheet/probe.ts",
    code: 'import { rollUp } from "../rollup";\nimport { columnLetter } from "./a1";\nexport const r = [rollUp, columnLetter];\n',
    expected: [],
  },
  {
    file: "src/core/probe.ts",
    code: 'import type { Target } from "./types";\nexport type T = Target;\n',
    expected: [],
  },
  {
    file: "src/taskpane/probe.ts",
    code: 'import { rollUp } from "../core";\nimport { recomputeSheet } from "../core/sheet";\nimport { byId } from "./dom";\nexport const r = [rollUp, recomputeSheet, byId, document];\n',
    expected: [],
  },
  {
    file: "src/cli/probe.ts",
    code: 'import ExcelJS from "exceljs";\nimport { promises } from "node:fs";\nimport { ok } from "../core/index";\nimport { rangeAddress } from "../core/sheet/index";\nexport const e = [ExcelJS, promises, ok, rangeAddress, process];\n',
    expected: [],
  },
  {
    file: "test/core/probe.spec.ts",
    code: 'import { rollUp } from "../../src/core/rollup";\nimport * as fs from "fs";\nexport const r = [rollUp, fs];\n',
    expected: [],
  },
];

let results: string[][] = [];

beforeAll(() => {
  const script = path.join(__dirname, "support", "tools", "lint-probes.mjs");
  const stdout = execFileSync(process.execPath, [script], {
    input: JSON.stringify(probes.map(({ file, code }) => ({ file, code }))),
    encoding: "utf8",
  });
  results = JSON.parse(stdout) as string[][];
}, 60000);

describe("architecture boundaries (lint)", () => {
  it.each(probes.map((probe, index) => [probe.file, probe.code.split("\n")[0], index] as const))(
    "%s: %s",
    (_file, _firstLine, index) => {
      const { expected } = probes[index];
      const matchers: unknown[] = expected.map((text) => expect.stringContaining(text) as unknown);
      expect(results[index]).toEqual(matchers);
    }
  );
});
