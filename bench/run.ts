/**
 * `npm run bench`: every benchmark of the project in one run. Figures are printed, never asserted.
 * Each bench module exports `run()`, which prints its own table.
 */
const suites: { name: string; load: () => Promise<{ run: () => Promise<void> }> }[] = [
  { name: "engine", load: () => import("./engine.bench") },
  { name: "custom functions", load: () => import("./functions.bench") },
  { name: "sheet model", load: () => import("./sheet.bench") },
  { name: "command line", load: () => import("./cli.bench") },
  { name: "task pane", load: () => import("./taskpane.bench") },
  { name: "pane UI", load: () => import("./pane-ui.bench") },
];

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  for (const suite of suites) {
    if (only.length > 0 && !only.some((word) => suite.name.includes(word))) continue;
    console.log(`\n== ${suite.name} ==`);
    const module = await suite.load();
    await module.run();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
