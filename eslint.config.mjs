// Type-aware ESLint: the office-addins plugin's recommended set (the office-addin-lint
// conventions, Prettier included) plus typescript-eslint's type-checked rules.
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";
import boundaries, { CORE_FORBIDDEN_GLOBALS } from "./eslint/boundaries.mjs";

export default tseslint.config(
  { ignores: ["dist/**", "build/**", "node_modules/**", "coverage/**", "test-artifacts/**", "**/*.js", "**/*.mjs", "**/*.cjs", "**/*.d.cts"] },
  ...officeAddins.configs.recommended,
  // typescript-eslint's type-checked rules; its plugin is already registered by office-addins.
  ...tseslint.configs.recommendedTypeChecked
    .filter((config) => config.name !== "typescript-eslint/base")
    .map(({ rules, files }) => (files ? { files, rules } : { rules })),
  {
    languageOptions: {
      parser: tseslint.parser,
      // src/ is typed by tsconfig.src.json (noUncheckedIndexedAccess), tests and benches by tsconfig.json
      parserOptions: {
        project: ["./tsconfig.src.json", "./tsconfig.json"],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      "no-undef": "off", // TypeScript checks names; the rule does not know DOM/Office globals
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      // explicit options: typescript-eslint 8.8 (pinned by office-addins) reads them from ESLint 9's base rule
      "@typescript-eslint/no-unused-expressions": [
        "error",
        { allowShortCircuit: false, allowTernary: false, allowTaggedTemplates: false, enforceForJSX: false },
      ],
    },
  },
  {
    // Custom functions receive what Excel passes: `any[][]` is the documented shape of a range.
    files: ["src/functions/**/*.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  {
    // Architecture boundaries (eslint/boundaries.mjs); test/boundaries.spec.ts proves they bite.
    files: ["src/**/*.ts"],
    plugins: { boundaries },
    rules: { "boundaries/imports": "error" },
  },
  {
    files: ["src/core/**/*.ts"],
    rules: { "no-restricted-globals": ["error", ...CORE_FORBIDDEN_GLOBALS] },
  },
);
