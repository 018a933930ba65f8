// `npm run mutate:core`: the engine (src/core) against the engine's own specs (test/core) only —
// the command-line, task-pane and end-to-end suites also run core code but are slow to repeat for
// every mutant. The score is a lower bound of what the whole suite would give.
import base from "./stryker.config.mjs";

export default {
  ...base,
  mutate: ["src/core/**/*.ts", "!src/**/*.d.ts"],
  jest: {
    ...base.jest,
    config: { roots: ["<rootDir>/test/core"], testPathIgnorePatterns: ["/node_modules/"] },
  },
  incrementalFile: "reports/mutation/stryker-core-incremental.json",
  htmlReporter: { fileName: "reports/mutation/core.html" },
  jsonReporter: { fileName: "reports/mutation/core.json" },
};
