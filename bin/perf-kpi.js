#!/usr/bin/env node
/**
 * Launcher of the `perf-kpi` command line. It runs the compiled CLI (build/src/cli/main.js, made by
 * `npm run build` or `npm run build:cli`); without a build, or with PERF_KPI_FROM_SOURCE=1, it runs the
 * TypeScript sources through ts-node (a development dependency), so a fresh clone works either way.
 */
"use strict";
const fs = require("fs");
const path = require("path");

const root = path.join(__dirname, "..");
const compiled = path.join(root, "build", "src", "cli", "main.js");
const fromSource = process.env.PERF_KPI_FROM_SOURCE === "1" || !fs.existsSync(compiled);

function loadCli() {
  if (!fromSource) return require(compiled);
  try {
    require("ts-node").register({
      transpileOnly: true,
      project: path.join(root, "tsconfig.cli.json"),
    });
  } catch {
    process.stderr.write(
      "perf-kpi: CLI non compilato: eseguire `npm run build:cli`.\n" +
        "perf-kpi: the CLI is not built: run `npm run build:cli`.\n"
    );
    process.exit(70);
  }
  return require(path.join(root, "src", "cli", "main.ts"));
}

loadCli()
  .main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr })
  .then((code) => {
    process.exitCode = code;
  });
