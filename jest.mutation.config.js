/**
 * Jest for mutation runs only (stryker*.config.mjs): the unit specs of jest.config.js with
 * @swc/jest as the transform (TypeScript stripped, no type information, like ts-jest with the
 * tsconfig's isolatedModules). Types are checked by `npm run typecheck`, not per mutant.
 * About three times as many mutants a minute as with ts-jest (README, "Qualità dei test").
 */
const base = require("./jest.config.js");

const tsJest = base.transform["^.+\\.ts$"];

module.exports = {
  ...base,
  preset: undefined,
  transform: {
    // swc's CommonJS exports are getters that cannot be redefined, so jest.spyOn on a module's
    // export fails; test/cli/jobs.spec.ts spies on runInWorkers: that module keeps ts-jest.
    "src/cli/worker-pool\\.ts$": tsJest,
    "^.+\\.ts$": [
      "@swc/jest",
      {
        jsc: { parser: { syntax: "typescript" }, target: "es2020" },
        module: { type: "commonjs" },
        sourceMaps: "inline",
      },
    ],
  },
};
