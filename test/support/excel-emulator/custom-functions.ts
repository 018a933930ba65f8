/**
 * Custom functions as Excel runs them: the real runtime (@microsoft/office-js/dist/
 * custom-functions-runtime.js) records what the add-in's bundle associates, and the emulator
 * evaluates a formula that calls them with the profile's argument passing — a blank cell arrives
 * as null on the web and as 0 on desktop, in a scalar argument and inside a range alike.
 * The runtime's script loader part (which in a browser fetches MicrosoftAjax) has nothing to load
 * here; its asynchronous complaint about that is the one error swallowed.
 */
import fs from "fs";
import path from "path";
import vm from "vm";

const DIST = path.dirname(require.resolve("@microsoft/office-js/dist/office.js"));
const RUNTIME = "custom-functions-runtime.debug.js";

export interface CustomFunctionsRuntime {
  /** The CustomFunctions global the add-in's functions bundle calls associate() on. */
  readonly CustomFunctions: typeof CustomFunctions;
  /** Every associated function, by id in upper case (as the runtime keys them). */
  mappings(): Record<string, (...args: unknown[]) => unknown>;
}

let runtime: CustomFunctionsRuntime | null = null;

export function customFunctionsRuntime(): CustomFunctionsRuntime {
  if (runtime !== null) return runtime;
  const script = { src: `https://localhost:3000/${RUNTIME}`, getAttribute: () => null };
  const sandbox: Record<string, unknown> = {
    console,
    setTimeout: (fn: () => void, ms?: number) =>
      setTimeout(() => {
        try {
          fn();
        } catch (error) {
          if (!String(error).includes("MicrosoftAjax.js is not loaded")) throw error;
        }
      }, ms),
    clearTimeout,
    navigator: { userAgent: "Mozilla/5.0 (excel-emulator)", language: "it-IT" },
    location: { href: "https://localhost:3000/taskpane.html", search: "", hash: "" },
    history: { replaceState: () => undefined, pushState: () => undefined },
    sessionStorage: { getItem: () => null, setItem: () => undefined },
    document: {
      readyState: "complete",
      addEventListener: () => undefined,
      getElementsByTagName: (tag: string) =>
        tag === "script" ? [script] : tag === "head" ? [{ appendChild: () => undefined }] : [],
      createElement: () => ({ setAttribute: () => undefined, addEventListener: () => undefined }),
      querySelector: () => null,
    },
    addEventListener: () => undefined,
  };
  sandbox.window = sandbox;
  sandbox.self = sandbox;
  vm.createContext(sandbox);
  new vm.Script(fs.readFileSync(path.join(DIST, RUNTIME), "utf8"), {
    filename: RUNTIME,
  }).runInContext(sandbox);
  const customFunctions = sandbox.CustomFunctions as typeof CustomFunctions & {
    _association: { mappings: Record<string, (...args: unknown[]) => unknown> };
  };
  runtime = {
    CustomFunctions: customFunctions,
    mappings: () => customFunctions._association.mappings,
  };
  return runtime;
}
