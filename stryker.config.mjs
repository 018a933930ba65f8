// Mutation testing (StrykerJS): `npm run mutate` mutates the engine and the adapters and runs the
// jest specs against each mutant; the clear-text report ends with the score of every folder.
// Slow (not part of npm test). One folder: `npm run mutate -- --mutate "src/functions/**/*.ts"`;
// the engine with its own specs only (faster): `npm run mutate:core`.
/** @type {import("@stryker-mutator/api/core").PartialStrykerOptions} */
export default {
  packageManager: "npm",
  testRunner: "jest",
  // jest.mutation.config.js: the unit specs with @swc/jest instead of ts-jest (about 3 times as
  // many mutants a minute, measured on src/core/parse-weight.ts); only the specs related to the
  // mutated file run (enableFindRelatedTests), and of those only the tests covering the mutant
  // (coverageAnalysis perTest); static mutants are skipped (ignoreStatic).
  jest: {
    projectType: "custom",
    configFile: "jest.mutation.config.js",
    enableFindRelatedTests: true,
  },
  mutate: [
    "src/core/**/*.ts",
    "src/functions/**/*.ts",
    "src/taskpane/**/*.ts",
    "src/cli/**/*.ts",
    "!src/**/*.d.ts",
    // texts, not logic
    "!src/functions/descriptions.it.ts",
    "!src/cli/help-text.ts",
  ],
  ignorePatterns: [
    "dist",
    "build",
    "reports",
    "test-artifacts",
    "coverage",
    "samples/*.ricalcolato.xlsx",
  ],
  disableTypeChecks: "src/**/*.ts",
  coverageAnalysis: "perTest",
  ignoreStatic: true,
  incremental: true,
  incrementalFile: "reports/mutation/stryker-incremental.json",
  // One test runner at a time: the shared machine (2 cores) stays usable. Run it under `nice -n 19`.
  concurrency: 1,
  // A mutant that loops for ever is "timed out" (counted as detected) after the dry run's time of
  // its tests × timeoutFactor + timeoutMS. Generous, so that load on the machine does not turn a
  // slow survivor into a "timeout" (which would count as detected and inflate the score).
  timeoutMS: 30000,
  timeoutFactor: 3,
  reporters: ["clear-text", "progress-append-only", "html", "json"],
  htmlReporter: { fileName: "reports/mutation/mutation.html" },
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  clearTextReporter: { allowColor: false, logTests: false, maxTestsToLog: 0 },
  thresholds: { high: 90, low: 80, break: null },
  tempDirName: ".stryker-tmp",
};
