/**
 * The programs the end-to-end tests drive, found the way `npm run setup` finds them
 * (scripts/system-programs.cjs). When one is missing the test FAILS with a message saying what to
 * install or which variable to set; it never skips.
 */
import { findBrowser, findSoffice, type Found } from "../../../scripts/system-programs.cjs";

function required(found: Found): string {
  if ("path" in found) return found.path;
  throw new Error(found.missing);
}

/** Chromium, Chrome or Edge ($PERF_KPI_CHROMIUM or $CHROME_PATH first). */
export const browserPath = (): string => required(findBrowser());

/** LibreOffice's soffice ($SOFFICE_PATH first). */
export const sofficePath = (): string => required(findSoffice());
