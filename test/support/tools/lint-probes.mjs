// Lints probe sources with the project's ESLint config, as if each were the file it names, and
// prints the boundary rules' messages as JSON. A separate process: jest cannot load the ESM config.
// stdin: [{ "file": "src/core/x.ts", "code": "…" }, …]   stdout: [["rule: message", …], …]
import path from "node:path";
import { ESLint } from "eslint";

const BOUNDARY_RULES = new Set(["boundaries/imports", "no-restricted-globals"]);
const root = path.resolve(import.meta.dirname, "..", "..", "..");

let input = "";
for await (const chunk of process.stdin) input += chunk;
const probes = JSON.parse(input);
const eslint = new ESLint({
  cwd: root,
  // a probe is not on disk, so it has no type information: run only the boundary rules
  overrideConfig: { languageOptions: { parserOptions: { project: null } } },
  ruleFilter: ({ ruleId }) => BOUNDARY_RULES.has(ruleId),
});
const output = [];
for (const { file, code } of probes) {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  output.push(result.messages.map((m) => `${m.ruleId ?? "fatal"}: ${m.message}`));
}
process.stdout.write(JSON.stringify(output));
