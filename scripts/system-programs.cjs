// Where the two programs the end-to-end tests need live on each system: a Chromium-family browser
// (Chromium, Chrome or Edge) for the task pane test, and LibreOffice's soffice for the reviewer's
// test. Plain CommonJS with no dependency, so `npm run setup` can use it before `npm ci`, and the
// tests (test/e2e/helpers/system-programs.ts) use the same search.
"use strict";
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");

/** An executable file (on Windows: an existing file). */
function isExecutable(file) {
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile()) return false;
    if (process.platform === "win32") return true;
    fs.accessSync(file, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Ubuntu's /usr/bin/chromium-browser is a stub that only says to install the snap. */
function isSnapStub(file) {
  try {
    if (fs.statSync(file).size > 16384) return false;
    const text = fs.readFileSync(file, "latin1");
    return (
      /snap (install|run)|requires the chromium snap/.test(text) &&
      !isExecutable("/snap/bin/chromium")
    );
  } catch {
    return false;
  }
}

/** `name` found on PATH (with Windows' executable extensions), or null. */
function onPath(name, env) {
  const dirs = (env.PATH ?? env.Path ?? "").split(path.delimiter).filter((dir) => dir !== "");
  const extensions = process.platform === "win32" ? ["", ".exe", ".com", ".cmd"] : [""];
  for (const dir of dirs)
    for (const extension of extensions) {
      const file = path.join(dir, name + extension);
      if (isExecutable(file)) return file;
    }
  return null;
}

function windowsRoots(env) {
  return [
    env.PROGRAMFILES,
    env["PROGRAMFILES(X86)"],
    env.LOCALAPPDATA,
    "C:\\Program Files",
    "C:\\Program Files (x86)",
  ].filter((root) => typeof root === "string" && root !== "");
}

/** Playwright's own Chromium, when `npx playwright-core install chromium` downloaded it. */
function playwrightChromium() {
  try {
    const { chromium } = require("playwright-core");
    const file = chromium.executablePath();
    return isExecutable(file) ? file : null;
  } catch {
    return null;
  }
}

/**
 * The browser for the task pane test: $PERF_KPI_CHROMIUM or $CHROME_PATH when set (and then only
 * that), else the first Chromium, Chrome or Edge installed where the system puts it.
 * Returns { path } or { missing: message }.
 */
function findBrowser(env = process.env) {
  for (const variable of ["PERF_KPI_CHROMIUM", "CHROME_PATH"]) {
    const value = env[variable];
    if (value !== undefined && value !== "") {
      return isExecutable(value)
        ? { path: value }
        : {
            missing: `${variable}=${value}: il file non esiste o non è eseguibile / the file does not exist or is not executable.`,
          };
    }
  }
  const candidates = [];
  if (process.platform === "win32") {
    for (const root of windowsRoots(env))
      candidates.push(
        path.join(root, "Google", "Chrome", "Application", "chrome.exe"),
        path.join(root, "Microsoft", "Edge", "Application", "msedge.exe"),
        path.join(root, "Chromium", "Application", "chrome.exe")
      );
  } else if (process.platform === "darwin") {
    for (const root of ["/Applications", path.join(os.homedir(), "Applications")])
      candidates.push(
        path.join(root, "Google Chrome.app", "Contents", "MacOS", "Google Chrome"),
        path.join(root, "Chromium.app", "Contents", "MacOS", "Chromium"),
        path.join(root, "Microsoft Edge.app", "Contents", "MacOS", "Microsoft Edge")
      );
  } else {
    for (const name of [
      "chromium",
      "chromium-browser",
      "google-chrome",
      "google-chrome-stable",
      "microsoft-edge",
      "microsoft-edge-stable",
    ]) {
      const found = onPath(name, env);
      if (found !== null) candidates.push(found);
    }
    candidates.push(
      "/usr/bin/chromium",
      "/usr/lib/chromium/chromium",
      "/snap/bin/chromium",
      "/opt/google/chrome/chrome"
    );
  }
  for (const file of candidates) if (isExecutable(file) && !isSnapStub(file)) return { path: file };
  const downloaded = playwrightChromium();
  if (downloaded !== null) return { path: downloaded };
  return { missing: browserAdvice() };
}

/**
 * LibreOffice's soffice for the reviewer's test: $SOFFICE_PATH when set, else where each system
 * installs it. Returns { path } or { missing: message }.
 */
function findSoffice(env = process.env) {
  const value = env.SOFFICE_PATH;
  if (value !== undefined && value !== "") {
    return isExecutable(value)
      ? { path: value }
      : {
          missing: `SOFFICE_PATH=${value}: il file non esiste o non è eseguibile / the file does not exist or is not executable.`,
        };
  }
  const candidates = [];
  if (process.platform === "win32") {
    for (const root of windowsRoots(env))
      candidates.push(path.join(root, "LibreOffice", "program", "soffice.exe"));
  } else if (process.platform === "darwin") {
    for (const root of ["/Applications", path.join(os.homedir(), "Applications")])
      candidates.push(path.join(root, "LibreOffice.app", "Contents", "MacOS", "soffice"));
  } else {
    for (const name of ["soffice", "libreoffice"]) {
      const found = onPath(name, env);
      if (found !== null) candidates.push(found);
    }
    candidates.push(
      "/usr/bin/soffice",
      "/usr/lib/libreoffice/program/soffice",
      "/opt/libreoffice/program/soffice",
      "/snap/bin/libreoffice"
    );
    try {
      for (const dir of fs.readdirSync("/opt"))
        if (/^libreoffice/i.test(dir))
          candidates.push(path.join("/opt", dir, "program", "soffice"));
    } catch {
      // no /opt
    }
  }
  for (const file of candidates) if (isExecutable(file)) return { path: file };
  return { missing: sofficeAdvice() };
}

function browserAdvice() {
  const common =
    "oppure indicate il percorso con PERF_KPI_CHROMIUM o CHROME_PATH / or set PERF_KPI_CHROMIUM or CHROME_PATH to its path.";
  if (process.platform === "win32")
    return `Nessun browser Chromium trovato (Edge, Chrome o Chromium): installate Microsoft Edge o Google Chrome, ${common}`;
  if (process.platform === "darwin")
    return `Nessun browser Chromium trovato: installate Google Chrome (o \`brew install --cask chromium\`), ${common}`;
  return (
    "Nessun browser Chromium trovato / no Chromium-family browser found: `npm run setup` lo installa / installs it " +
    "(Debian: `sudo apt-get install chromium`; Ubuntu e altre / and others: `npx playwright-core install --with-deps chromium`), " +
    common
  );
}

function sofficeAdvice() {
  const common = "oppure indicate il percorso con SOFFICE_PATH / or set SOFFICE_PATH to its path.";
  if (process.platform === "win32")
    return `LibreOffice (soffice.exe) non trovato / not found: \`winget install TheDocumentFoundation.LibreOffice\` o https://www.libreoffice.org, ${common}`;
  if (process.platform === "darwin")
    return `LibreOffice (soffice) non trovato / not found: \`brew install --cask libreoffice\` o https://www.libreoffice.org, ${common}`;
  return (
    "LibreOffice (soffice) non trovato / not found: `npm run setup` lo installa / installs it " +
    "(Debian/Ubuntu: `sudo apt-get install libreoffice-calc-nogui`), " +
    common
  );
}

module.exports = { findBrowser, findSoffice };
