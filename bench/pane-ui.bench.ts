/**
 * Pane-UI bench: the audit screen with 5,000 findings in headless Chromium (the pane's own
 * modules and stylesheet, bundled by webpack): the time to build the model and lay out the
 * grouped, paged list; to filter it by kind and by words; and to show the next page. Each figure
 * is the median of several runs and includes style and layout. Printed, never asserted.
 */
import fs from "fs";
import os from "os";
import path from "path";
import { chromium } from "playwright-core";
import webpack from "webpack";
import { browserPath } from "../test/e2e/helpers/system-programs";

const ROOT = path.resolve(__dirname, "..");
const RUNS = 7;

function bundle(outputPath: string): Promise<string> {
  return new Promise((resolve, reject) => {
    webpack(
      {
        mode: "production",
        devtool: false,
        context: ROOT,
        target: "web",
        entry: { "pane-ui-bench": "./bench/pane-ui/entry.ts" },
        output: { path: outputPath, filename: "[name].js" },
        resolve: { extensions: [".ts", ".js"] },
        module: {
          rules: [{ test: /\.ts$/, loader: "ts-loader", options: { transpileOnly: true } }],
        },
      },
      (error, stats) => {
        if (error) reject(error);
        else if (stats?.hasErrors())
          reject(new Error(stats.toString({ all: false, errors: true })));
        else resolve(path.join(outputPath, "pane-ui-bench.js"));
      }
    );
  });
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
};

interface Bench {
  render(count: number): { ms: number; nodes: number };
  filter(filter: { kind: string | null; text: string }): { ms: number; matching: number };
  showMore(): number;
}

export async function run(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pane-ui-bench-"));
  const script = fs.readFileSync(await bundle(dir), "utf8");
  const css = fs.readFileSync(path.join(ROOT, "src", "taskpane", "taskpane.css"), "utf8");
  const browser = await chromium.launch({
    executablePath: browserPath(),
    args: ["--headless", "--no-sandbox", "--disable-gpu"],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 320, height: 800 } });
    await page.setContent(
      `<!doctype html><html lang="it"><head><style>${css}</style></head><body><div id="root"></div></body></html>`
    );
    await page.addScriptTag({ content: script });
    const figures = await page.evaluate(
      ({ runs }) => {
        const bench = (window as unknown as { __paneBench: Bench }).__paneBench;
        const out: Record<string, number[]> = {
          render: [],
          nodes: [],
          kind: [],
          kindMatching: [],
          words: [],
          wordsMatching: [],
          clear: [],
          more: [],
        };
        for (let i = 0; i < runs; i++) {
          const rendered = bench.render(5000);
          out.render.push(rendered.ms);
          out.nodes.push(rendered.nodes);
          out.more.push(bench.showMore());
          const kind = bench.filter({ kind: "ZERO_WEIGHT", text: "" });
          out.kind.push(kind.ms);
          out.kindMatching.push(kind.matching);
          const words = bench.filter({ kind: null, text: "obiettivo A.3" });
          out.words.push(words.ms);
          out.wordsMatching.push(words.matching);
          out.clear.push(bench.filter({ kind: null, text: "" }).ms);
        }
        return out;
      },
      { runs: RUNS }
    );
    const ms = (key: string): string => `${median(figures[key] ?? []).toFixed(1)} ms`;
    console.log(
      [
        `audit of 5,000 findings (8 kinds), Chromium at 320 px, median of ${RUNS} runs (style and layout included):`,
        `  model + first render of the grouped list: ${ms("render")} (${median(figures.nodes ?? [])} DOM nodes: one page of 50 per kind)`,
        `  next page of a group ("Mostra altre"): ${ms("more")}`,
        `  filter by kind (${median(figures.kindMatching ?? [])} matching): ${ms("kind")}`,
        `  filter by words "obiettivo A.3" (${median(figures.wordsMatching ?? [])} matching): ${ms("words")}`,
        `  clear the filter: ${ms("clear")}`,
      ].join("\n")
    );
  } finally {
    await browser.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
