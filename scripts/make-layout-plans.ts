/**
 * Writes the layout workbooks of test/support/builders/layout-workbooks.ts to samples/layouts/, one
 * .xlsx per layout family of docs/layouts.md: `npx ts-node --transpile-only scripts/make-layout-plans.ts`.
 */
import { mkdirSync } from "fs";
import * as path from "path";
import { layoutWorkbooks } from "../test/support/builders/layout-workbooks";

async function main(): Promise<void> {
  const dir = path.join(__dirname, "..", "samples", "layouts");
  mkdirSync(dir, { recursive: true });
  for (const { name, workbook } of layoutWorkbooks()) {
    const file = path.join(dir, `${name}.xlsx`);
    await workbook.xlsx.writeFile(file);
    process.stdout.write(`${file}\n`);
  }
}

void main();
