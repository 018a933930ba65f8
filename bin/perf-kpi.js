#!/usr/bin/env node
/**
 * Launcher of the `perf-kpi` command line. It runs the compiled CLI (build/src/cli/main.js, made by
 * `npm run build` or `npm run build:cli`). Without a build, with a build older than the sources, or
 * with PERF_KPI_FROM_SOURCE=1, it runs the TypeScript sources through ts-node (a development
 * dependency) instead, so neither a fresh clone nor a forgotten rebuild gives a surprise.
 */
"use strict";
const fs = require("fs");
const path = require("path");

const root = path.join(__dirname, "..");
const compiled = path.join(root, "build", "src", "cli", "main.js");

/** Latest modification time of the .ts files the CLI is built from. */
function newestSource(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(full));
    else if (entry.name.endsWith(".ts")) newest = Math.max(newest, fs.statSync(full).mtimeMs);
  }
  return newest;
}

function buildIsCurrent() {
  if (!fs.existsSync(compiled)) return false;
  const sources = path.join(root, "src");
  if (!fs.existsSync(sources)) return true; // an installed package: only the build is there
  const built = fs.statSync(compiled).mtimeMs;
  return ["cli", "core"].every((dir) => newestSource(path.join(sources, dir)) <= built);
}

function loadCli() {
  if (process.env.PERF_KPI_FROM_SOURCE !== "1" && buildIsCurrent()) return require(compiled);
  try {
    require("ts-node").register({
      transpileOnly: true,
      project: path.join(root, "tsconfig.cli.json"),
    });
  } catch {
    if (fs.existsSync(compiled)) return require(compiled);
    process.stderr.write(
      "perf-kpi: CLI non compilato: eseguire `npm run build:cli`.\n" +
        "perf-kpi: the CLI is not built: run `npm run build:cli`.\n"
    );
    process.exit(70);
  }
  return require(path.join(root, "src", "cli", "main.ts"));
}

const cli = loadCli();
// Ctrl-C or a kill mid-write removes the temporary files before the process dies.
cli.installSignalCleanup();
cli.main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr }).then((code) => {
  process.exitCode = code;
});
