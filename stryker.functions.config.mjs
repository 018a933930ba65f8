// `npm run mutate:functions`: the custom functions (src/functions) against their own specs
// (test/functions) only, like mutate:core for the engine — a lower bound of the whole suite's score.
import base from "./stryker.config.mjs";

export default {
  ...base,
  mutate: ["src/functions/**/*.ts", "!src/functions/descriptions.it.ts"],
  jest: {
    ...base.jest,
    config: { roots: ["<rootDir>/test/functions"], testPathIgnorePatterns: ["/node_modules/"] },
  },
  incrementalFile: "reports/mutation/stryker-functions-incremental.json",
  htmlReporter: { fileName: "reports/mutation/functions.html" },
  jsonReporter: { fileName: "reports/mutation/functions.json" },
};
