/**
 * Builds for the end-to-end tests: the add-in itself (the project's webpack.config.js, production
 * mode, into a temporary directory) in a child process, because copy-webpack-plugin loads ESM with
 * a dynamic import that jest's module sandbox refuses; and the Excel emulator's browser bundle with webpack's
 * Node API.
 */
import { execFile } from "child_process";
import path from "path";
import webpack, { type Configuration } from "webpack";

const ROOT = path.resolve(__dirname, "..", "..", "..");

function compile(config: Configuration): Promise<void> {
  return new Promise((resolve, reject) => {
    webpack(config, (error, stats) => {
      if (error) reject(error);
      else if (stats?.hasErrors()) reject(new Error(stats.toString({ all: false, errors: true })));
      else resolve();
    });
  });
}

export function buildAddin(outputPath: string): Promise<void> {
  const cli = path.join(ROOT, "node_modules", "webpack-cli", "bin", "cli.js");
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [cli, "--mode", "production", "--env", `outputPath=${outputPath}`, "--no-devtool"],
      { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) =>
        error ? reject(new Error(`webpack failed: ${stdout}\n${stderr}`)) : resolve()
    );
  });
}

/** The Excel emulator's browser bundle (served after the real excel-web client library). */
export async function buildExcelEmulator(outputPath: string): Promise<string> {
  await compile({
    mode: "development",
    devtool: false,
    context: ROOT,
    target: "web",
    entry: { "excel-emulator": "./test/support/excel-emulator/browser-entry.ts" },
    output: { path: outputPath, filename: "[name].js" },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          loader: "ts-loader",
          options: { transpileOnly: true, compilerOptions: { target: "ES2019" } },
        },
      ],
    },
  });
  return path.join(outputPath, "excel-emulator.js");
}
