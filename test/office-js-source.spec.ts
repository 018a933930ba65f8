/**
 * The self-hosted office.js build switch (scripts/office-js-source.js, used by webpack.config.js):
 * the CDN stays the default; OFFICE_JS=self points the page and its CSP at the add-in's own copy.
 */
import fs from "fs";
import path from "path";

interface OfficeJsSource {
  CDN_OFFICE_JS: string;
  SELF_OFFICE_JS: string;
  selfHosted(env?: Record<string, string>): boolean;
  selfHostedPage(html: string): string;
  keepOfficeJsFile(relativePath: string): boolean;
}

// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS build script
const source = require("../scripts/office-js-source.js") as OfficeJsSource;
const page = fs.readFileSync(
  path.join(__dirname, "..", "src", "taskpane", "taskpane.html"),
  "utf8"
);

describe("office.js source", () => {
  it("is the CDN unless OFFICE_JS=self, and refuses anything else", () => {
    expect(page).toContain(`src="${source.CDN_OFFICE_JS}"`);
    expect(source.selfHosted({})).toBe(process.env.OFFICE_JS === "self");
    expect(source.selfHosted({ OFFICE_JS: "self" })).toBe(true);
    expect(source.selfHosted({ OFFICE_JS: "cdn" })).toBe(false);
    expect(() => source.selfHosted({ OFFICE_JS: "local" })).toThrow(/OFFICE_JS/);
  });

  it("self-hosted, loads office.js from the add-in's origin and allows no other origin", () => {
    const html = source.selfHostedPage(page);
    expect(html).toContain(`src="${source.SELF_OFFICE_JS}"`);
    expect(html).not.toContain("appsforoffice.microsoft.com");
    const csp = /content="(default-src[^"]*)"/.exec(html)?.[1] ?? "";
    expect(csp).toMatch(/script-src 'self';/);
    expect(csp).toMatch(/connect-src 'self';/);
  });

  it("copies the loader, the Excel libraries and the pane's locales, not every language", () => {
    expect(source.keepOfficeJsFile("office.js")).toBe(true);
    expect(source.keepOfficeJsFile("excel-web-16.00.js")).toBe(true);
    expect(source.keepOfficeJsFile("excel-web-16.00.debug.js")).toBe(false);
    expect(source.keepOfficeJsFile(path.join("it-it", "office_strings.js"))).toBe(true);
    expect(source.keepOfficeJsFile(path.join("it-ch", "office_strings.js"))).toBe(true);
    expect(source.keepOfficeJsFile(path.join("de-de", "office_strings.js"))).toBe(false);
    expect(source.keepOfficeJsFile(path.join("telemetry", "oteljs.js"))).toBe(true);
  });
});
