// The architecture as a lint rule: the core imports nothing outside itself (no package, no Node
// builtin, no adapter); adapters reach the core only through its entry files and never each other.
import path from "node:path";

const SRC = path.resolve(import.meta.dirname, "..", "src");
const CORE = path.join(SRC, "core");
const ADAPTERS = ["functions", "taskpane", "cli"];
/** The core's public entry files, as an import resolves them (with or without /index). */
const CORE_ENTRIES = new Set(
  ["", "index", "sheet", path.join("sheet", "index")].map((entry) => path.join(CORE, entry))
);

/** Which part of src a file (or a resolved import) lies in: "core", an adapter, or null. */
function layerOf(file) {
  const relative = path.relative(SRC, file);
  if (relative.startsWith("..") || path.isAbsolute(relative)) return null;
  const top = relative.split(path.sep)[0];
  if (top === "core") return "core";
  return ADAPTERS.includes(top) ? top : null;
}

const withoutExtension = (file) => file.replace(/\.(d\.)?[cm]?[jt]sx?$/, "");

/** @type {import("eslint").Rule.RuleModule} */
const importsRule = {
  meta: {
    type: "problem",
    docs: { description: "Dependencies point inwards: core ← adapters, adapters independent." },
    schema: [],
    messages: {
      coreOutside:
        "src/core is the pure engine: it imports only its own modules, not '{{source}}' (packages, Node builtins and adapters belong in src/functions, src/taskpane or src/cli).",
      coreInternals:
        "Adapters import the core through src/core/index.ts or src/core/sheet/index.ts only, not '{{source}}': export what you need from the entry file.",
      adapterToAdapter:
        "{{from}} must not import from {{to}} ('{{source}}'): adapters are independent; move what both need into src/core.",
    },
  },
  create(context) {
    const file = context.filename;
    const from = layerOf(file);
    if (from === null) return {};
    const check = (node, source) => {
      if (typeof source !== "string") return;
      const relative = source.startsWith(".");
      if (!relative) {
        if (from === "core") context.report({ node, messageId: "coreOutside", data: { source } });
        return;
      }
      const target = withoutExtension(path.resolve(path.dirname(file), source));
      const to = layerOf(target);
      if (from === "core") {
        if (to !== "core") context.report({ node, messageId: "coreOutside", data: { source } });
      } else if (to === "core") {
        if (!CORE_ENTRIES.has(target))
          context.report({ node, messageId: "coreInternals", data: { source } });
      } else if (to !== from) {
        context.report({
          node,
          messageId: "adapterToAdapter",
          data: { source, from: `src/${from}`, to: to === null ? "outside src" : `src/${to}` },
        });
      }
    };
    const fromSource = (node) => {
      if (node.source) check(node.source, node.source.value);
    };
    return {
      ImportDeclaration: fromSource,
      ExportAllDeclaration: fromSource,
      ExportNamedDeclaration: fromSource,
      ImportExpression: (node) => {
        if (node.source.type === "Literal") check(node.source, node.source.value);
      },
      TSImportEqualsDeclaration: (node) => {
        const ref = node.moduleReference;
        if (ref.type === "TSExternalModuleReference") check(ref.expression, ref.expression.value);
      },
      CallExpression: (node) => {
        if (node.callee.type === "Identifier" && node.callee.name === "require") {
          const [argument] = node.arguments;
          if (argument?.type === "Literal") check(argument, argument.value);
        }
      },
    };
  },
};

/** Globals the pure engine must not touch: the DOM, Office.js, the custom-functions runtime, Node. */
export const CORE_FORBIDDEN_GLOBALS = [
  "window",
  "document",
  "navigator",
  "localStorage",
  "fetch",
  "Office",
  "Excel",
  "OfficeExtension",
  "CustomFunctions",
  "OfficeRuntime",
  "process",
  "Buffer",
  "require",
  "module",
  "__dirname",
  "__filename",
  "global",
].map((name) => ({
  name,
  message: `src/core is pure: '${name}' belongs to a host (DOM, Office.js or Node); pass what you need in as data.`,
}));

export default { rules: { imports: importsRule } };
