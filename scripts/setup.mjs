// `npm run setup`: everything a fresh clone needs, then the demo. Runs before `npm ci`, so it uses
// Node's own modules only.
//   1. the programs the end-to-end tests drive (a Chromium-family browser, LibreOffice's soffice):
//      on Debian/Ubuntu installed with apt-get (with sudo when not root) when missing; on Windows
//      and macOS named, with how to install them; Debian's python3-openpyxl for the round trip on
//      a workbook openpyxl writes; libxml2-utils (xmllint) for the OOXML validator the tests run
//      (test/support/tools/validate-ooxml.sh, which also needs python3);
//   2. `npm ci` (no native build: see .npmrc), `npm run build`, `npm run demo`.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);
const { findBrowser, findSoffice } = require("./system-programs.cjs");
const root = path.resolve(import.meta.dirname, "..");

const say = (text) => process.stdout.write(`setup: ${text}\n`);

function fail(text) {
  process.stderr.write(`setup: ${text}\n`);
  process.exit(1);
}

function run(command, args, options = {}) {
  say(`$ ${[command, ...args].join(" ")}`);
  const result = spawnSync(command, args, { stdio: "inherit", cwd: root, ...options });
  if (result.error) fail(`${command}: ${result.error.message}`);
  if (result.status !== 0)
    fail(`${command} ${args.join(" ")}: uscito con / exited with ${result.status}`);
}

/** npm itself, the same version that runs this script (`npx npm@10 run setup` stays on npm 10). */
function npm(args) {
  const cli = process.env.npm_execpath;
  if (cli !== undefined && /\.c?js$/.test(cli)) run(process.execPath, [cli, ...args]);
  else
    run(process.platform === "win32" ? "npm.cmd" : "npm", args, {
      shell: process.platform === "win32",
    });
}

const commandExists = (name) =>
  spawnSync("sh", ["-c", `command -v ${name}`], { stdio: "ignore" }).status === 0;

function osRelease() {
  try {
    return readFileSync("/etc/os-release", "utf8");
  } catch {
    return "";
  }
}

/** Whether apt can install `name` (Ubuntu's chromium is a snap stub, so not that one). */
function aptHas(name) {
  const policy = spawnSync("apt-cache", ["policy", name], { encoding: "utf8" });
  const candidate = /Candidate:\s*(\S+)/.exec(policy.stdout ?? "")?.[1];
  return candidate !== undefined && candidate !== "(none)";
}

const [major] = process.versions.node.split(".").map(Number);
if (major < 20)
  fail(
    `serve Node.js 20 o successivo / Node.js 20 or later is needed (this is ${process.version}).`
  );

let browser = findBrowser();
let soffice = findSoffice();
const usesApt = process.platform === "linux" && commandExists("apt-get");
let browserByPlaywright = false;

// openpyxl, for the round trip on a workbook a Python writer makes (test/e2e/other-writers.e2e.ts).
const hasOpenpyxl = ["/usr/bin/python3", "python3"].some(
  (python) => spawnSync(python, ["-c", "import openpyxl"], { stdio: "ignore" }).status === 0
);

// xmllint, for the schema checks of the OOXML validator (test/support/tools/validator.ts).
const hasXmllint = commandExists("xmllint");

if (usesApt && ("missing" in browser || "missing" in soffice || !hasOpenpyxl || !hasXmllint)) {
  const packages = [];
  if ("missing" in soffice) packages.push("libreoffice-calc-nogui");
  if (!hasOpenpyxl) packages.push("python3-openpyxl");
  if (!hasXmllint) packages.push("libxml2-utils");
  if ("missing" in browser) {
    const ubuntu = /^ID(_LIKE)?=.*ubuntu/m.test(osRelease());
    // Debian ships Chromium as a package; Ubuntu only as a snap, which containers lack: there the
    // browser is Playwright's own Chromium build, downloaded after npm ci.
    if (!ubuntu) packages.push("chromium");
    else browserByPlaywright = true;
  }
  if (packages.length > 0) {
    const sudo = process.getuid?.() === 0 ? [] : ["sudo"];
    if (sudo.length > 0 && !commandExists("sudo"))
      fail(
        `mancano / missing: ${packages.join(", ")}. Installateli da root / install them as root: apt-get install -y ${packages.join(" ")}`
      );
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    const apt = (args) =>
      sudo.length > 0
        ? run("sudo", ["env", "DEBIAN_FRONTEND=noninteractive", "apt-get", ...args])
        : run("apt-get", args, { env });
    apt(["update", "-qq"]);
    const installable = packages.filter((name) => name !== "chromium" || aptHas(name));
    if (installable.length < packages.length) browserByPlaywright = true;
    if (installable.length > 0) apt(["install", "-y", "-qq", ...installable]);
  }
}

npm(["ci", "--no-audit", "--no-fund"]);
if (browserByPlaywright) {
  const cli = path.join(root, "node_modules", "playwright-core", "cli.js");
  if (existsSync(cli)) run(process.execPath, [cli, "install", "--with-deps", "chromium"]);
}
npm(["run", "build"]);
npm(["run", "demo"]);

browser = findBrowser();
soffice = findSoffice();
for (const found of [browser, soffice])
  if ("missing" in found) say(`ATTENZIONE / WARNING: ${found.missing}`);
const validatorNeeds = ["python3", "xmllint"].filter((name) => !commandExists(name));
if (validatorNeeds.length > 0)
  say(
    `ATTENZIONE / WARNING: il validatore OOXML dei test richiede / the tests' OOXML validator needs ${validatorNeeds.join(", ")} (Debian/Ubuntu: python3, libxml2-utils; macOS: xcode-select --install; Windows: Python 3 e / and libxml2's xmllint nel / on the PATH).`
  );
if ("path" in browser && "path" in soffice && validatorNeeds.length === 0)
  say(`pronto / ready: browser ${browser.path}, LibreOffice ${soffice.path}. Ora / now: npm test`);
else say("`npm test` fallirà finché mancano / will fail while these are missing.");
