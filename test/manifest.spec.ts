/**
 * The add-in manifest and the production build it points to. Builds once, in production mode,
 * into a temporary directory (the same command as `npm run build`, so a stale dist/ cannot make
 * this pass), then checks the manifest XML and that every file it names was produced.
 */
import { execFile } from "child_process";
import { mkdtempSync, readFileSync, existsSync, rmSync } from "fs";
import { tmpdir } from "os";
import path from "path";
import { promisify } from "util";
import vm from "vm";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { DESCRIPTIONS_IT } from "../src/functions/descriptions.it";
import { localizeMetadata, type FunctionsMetadata } from "../src/functions/localize-metadata";

const ROOT = path.join(__dirname, "..");
const DEV_URL = "https://localhost:3000/";
const PROD_URL = "https://piano.example.test/addin/";
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An element as the parser gives it: attributes as "@name", children as arrays by tag, text as "#text". */
interface XmlElement {
  readonly [key: string]: unknown;
}

function parseXml(xml: string): XmlElement {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@",
    parseAttributeValue: false,
    parseTagValue: false,
    isArray: (_tag, _path, _leaf, isAttribute) => !isAttribute,
  });
  return parser.parse(xml) as XmlElement;
}

/** Every element with this tag, anywhere below node, in document order. */
function findAll(node: unknown, tag: string): XmlElement[] {
  const found: XmlElement[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      value.forEach(visit);
      return;
    }
    if (value === null || typeof value !== "object") return;
    for (const [key, child] of Object.entries(value as XmlElement)) {
      if (key.startsWith("@") || key === "#text") continue;
      if (key === tag) (child as unknown[]).forEach((element) => found.push(element as XmlElement));
      visit(child);
    }
  };
  visit(node);
  return found;
}

const attr = (element: XmlElement, name: string): string | undefined =>
  element[`@${name}`] as string | undefined;
/** Text of an element: a leaf without attributes is parsed as a plain string. */
const text = (element: XmlElement | string): string =>
  (typeof element === "string" ? element : String(element["#text"] ?? "")).trim();

/** Every URL of a manifest: attribute values and element texts that start with a scheme. */
function urlsOf(xml: string): string[] {
  const values = [...xml.matchAll(/(?:DefaultValue|Value)="([a-z][a-z0-9+.-]*:\/\/[^"]*)"/gi)].map(
    (m) => m[1]
  );
  const texts = [...xml.matchAll(/>\s*([a-z][a-z0-9+.-]*:\/\/[^<\s]*)\s*</gi)].map((m) => m[1]);
  return [...values, ...texts];
}

function checkManifest(xml: string): XmlElement {
  expect(XMLValidator.validate(xml)).toBe(true);
  const doc = parseXml(xml);
  const [app] = findAll(doc, "OfficeApp");
  expect(app).toBeDefined();
  return doc;
}

const sourceXml = readFileSync(path.join(ROOT, "manifest.xml"), "utf8");

describe("manifest.xml (source)", () => {
  const doc = checkManifest(sourceXml);

  it("is well-formed XML with a GUID id", () => {
    const [id] = findAll(doc, "Id");
    expect(text(id)).toMatch(GUID);
  });

  it("asks for Excel, ReadWriteDocument and the shared runtime", () => {
    expect(findAll(doc, "Host").some((host) => attr(host, "Name") === "Workbook")).toBe(true);
    expect(text(findAll(doc, "Permissions")[0])).toBe("ReadWriteDocument");
    const sets = findAll(doc, "Set").map(
      (set) => `${attr(set, "Name")} ${attr(set, "MinVersion")}`
    );
    expect(sets).toContain("SharedRuntime 1.1");
    const runtimes = findAll(doc, "Runtime");
    expect(runtimes).toHaveLength(1);
    expect(attr(runtimes[0], "resid")).toBe("Taskpane.Url");
    expect(attr(runtimes[0], "lifetime")).toBe("long");
  });

  it("declares the custom functions in the PIANO namespace, with Italian metadata", () => {
    const point = findAll(doc, "ExtensionPoint").find(
      (element) => attr(element, "xsi:type") === "CustomFunctions"
    );
    expect(point).toBeDefined();
    const resid = (tag: string): string | undefined => {
      const [element] = findAll(point, tag);
      return element === undefined
        ? undefined
        : attr(findAll(element, "SourceLocation")[0] ?? element, "resid");
    };
    expect(resid("Script")).toBe("Functions.Script.Url");
    expect(resid("Page")).toBe("Taskpane.Url");
    expect(resid("Metadata")).toBe("Functions.Metadata.Url");
    const namespace = attr(findAll(point, "Namespace")[0], "resid");
    const strings = findAll(doc, "bt:String");
    expect(strings.find((s) => attr(s, "id") === namespace)?.["@DefaultValue"]).toBe("PIANO");
    const metadata = findAll(doc, "bt:Url").find(
      (url) => attr(url, "id") === "Functions.Metadata.Url"
    );
    expect(metadata && attr(metadata, "DefaultValue")).toBe(`${DEV_URL}functions.json`);
    const overrides = findAll(metadata, "bt:Override").map((o) => [
      attr(o, "Locale"),
      attr(o, "Value"),
    ]);
    // Every Italian locale of Office (Italy and Switzerland) gets the Italian metadata.
    expect(overrides).toEqual([
      ["it-IT", `${DEV_URL}functions.it-IT.json`],
      ["it-CH", `${DEV_URL}functions.it-IT.json`],
    ]);
  });

  it("resolves every resid to a resource of the right kind", () => {
    const ids = (tag: string): Set<string> =>
      new Set(
        findAll(
          findAll(doc, tag),
          tag === "bt:Images" ? "bt:Image" : tag === "bt:Urls" ? "bt:Url" : "bt:String"
        ).map((e) => attr(e, "id") ?? "")
      );
    const images = ids("bt:Images");
    const urls = ids("bt:Urls");
    const strings = new Set([...ids("bt:ShortStrings"), ...ids("bt:LongStrings")]);
    const all = new Set([...images, ...urls, ...strings]);
    const resids = [...sourceXml.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]);
    expect(resids.length).toBeGreaterThan(10);
    for (const resid of resids) expect(all).toContain(resid);
    for (const image of findAll(findAll(doc, "Icon"), "bt:Image"))
      expect(images).toContain(attr(image, "resid"));
    for (const tag of ["SourceLocation", "LearnMoreUrl", "FunctionFile", "Runtime"]) {
      for (const element of findAll(findAll(doc, "VersionOverrides"), tag))
        expect(urls).toContain(attr(element, "resid"));
    }
    for (const tag of ["Label", "Title", "Description", "Namespace"]) {
      for (const element of findAll(findAll(doc, "VersionOverrides"), tag)) {
        if (attr(element, "resid") !== undefined) expect(strings).toContain(attr(element, "resid"));
      }
    }
  });

  it("uses https for every URL", () => {
    const urls = urlsOf(sourceXml).filter(
      (url) =>
        !url.startsWith("http://schemas.microsoft.com/") && !url.startsWith("http://www.w3.org/")
    );
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(url).toMatch(/^https:\/\//);
  });

  it("keeps strings within the manifest's length limits and gives every text an Italian override", () => {
    const check = (group: string, max: number): void => {
      for (const element of findAll(findAll(doc, group), "bt:String")) {
        const values = [
          attr(element, "DefaultValue") ?? "",
          ...findAll(element, "bt:Override").map((o) => attr(o, "Value") ?? ""),
        ];
        for (const value of values) expect(value.length).toBeLessThanOrEqual(max);
        if (attr(element, "id") !== "Functions.Namespace") {
          expect(findAll(element, "bt:Override").map((o) => attr(o, "Locale"))).toEqual([
            "it-IT",
            "it-CH",
          ]);
        }
      }
    };
    check("bt:ShortStrings", 125);
    check("bt:LongStrings", 250);
    for (const tag of ["DisplayName", "Description"]) {
      const [element] = findAll(doc, tag);
      expect(findAll(element, "Override").map((o) => attr(o, "Locale"))).toEqual([
        "it-IT",
        "it-CH",
      ]);
    }
    const button = findAll(doc, "bt:String").find((s) => attr(s, "id") === "RecomputeButton.Label");
    expect(button && attr(button, "DefaultValue")).toBe("Recompute performance");
    expect(button && attr(findAll(button, "bt:Override")[0], "Value")).toBe(
      "Ricalcola performance"
    );
  });
});

describe("production build (webpack, into a temporary directory)", () => {
  let out = "";

  beforeAll(async () => {
    out = mkdtempSync(path.join(tmpdir(), "perf-addin-build-"));
    const cli = path.join(ROOT, "node_modules/webpack-cli/bin/cli.js");
    await promisify(execFile)(
      process.execPath,
      [cli, "--mode", "production", "--env", `outputPath=${out}`],
      {
        cwd: ROOT,
        env: { ...process.env, ADDIN_URL_PROD: PROD_URL },
        maxBuffer: 16 * 1024 * 1024,
      }
    );
  }, 240_000);

  afterAll(() => {
    if (out !== "") rmSync(out, { recursive: true, force: true });
  });

  const read = (file: string): string => readFileSync(path.join(out, file), "utf8");

  it("copies the manifest with every dev URL turned into the production URL", () => {
    const built = read("manifest.xml");
    checkManifest(built);
    expect(built).not.toContain("localhost");
    expect(built).toContain(`${PROD_URL}taskpane.html`);
    expect(built.replace(new RegExp(PROD_URL.replace(/[.]/g, "\\."), "g"), DEV_URL)).toBe(
      sourceXml
    );
  });

  it("produces every file the manifest points to", () => {
    const built = read("manifest.xml");
    const local = urlsOf(built).filter((url) => url.startsWith(PROD_URL));
    expect(local.length).toBeGreaterThanOrEqual(8);
    for (const url of local) {
      const file = decodeURIComponent(url.slice(PROD_URL.length).split(/[?#]/)[0]);
      expect({ url, exists: existsSync(path.join(out, file)) }).toEqual({ url, exists: true });
    }
  });

  it("builds real PNG icons of the sizes the manifest names", () => {
    // Every size Office picks from by screen scale for ribbon buttons, in every Icon of the manifest.
    const sizes = [16, 20, 24, 32, 40, 48, 64, 80];
    const icons = [...read("manifest.xml").matchAll(/<Icon>([\s\S]*?)<\/Icon>/g)];
    expect(icons.length).toBeGreaterThan(0);
    for (const icon of icons)
      expect([...(icon[1] ?? "").matchAll(/size="(\d+)"/g)].map((m) => Number(m[1]))).toEqual(
        sizes
      );
    for (const size of sizes) {
      const png = readFileSync(path.join(out, `assets/icon-${size}.png`));
      expect(png.subarray(1, 4).toString("ascii")).toBe("PNG");
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
  });

  it("generates the English metadata from the JSDoc and the Italian metadata from descriptions.it.ts", () => {
    const english = JSON.parse(read("functions.json")) as FunctionsMetadata;
    expect(english.functions.map((fn) => fn.id)).toEqual([
      "PERF_KPI",
      "PERF_ROLLUP",
      "PERF_BAND",
      "PERF_SOGLIA",
      "PERF_SCAGLIONI",
      "PERF_TOLLERANZA",
    ]);
    const italian = JSON.parse(read("functions.it-IT.json")) as FunctionsMetadata;
    const expected = localizeMetadata(english, DESCRIPTIONS_IT);
    expect(expected.problems).toEqual([]);
    expect(italian).toEqual(expected.metadata);
  });

  it("loads the functions and the task pane bundles in one page (shared runtime), after Office.js", () => {
    const html = read("taskpane.html");
    const scripts = [...html.matchAll(/<script[^>]*\ssrc=["']?([^"'\s>]+)/g)].map((m) => m[1]);
    expect(scripts[0]).toBe("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    expect(scripts).toContain("functions.js");
    expect(scripts).toContain("taskpane.js");
  });

  it("registers each function once, under its metadata id, only when Excel's CustomFunctions exists", () => {
    const bundle = read("functions.js");
    // outside Excel: the bundle must load without the global
    expect(() => {
      vm.runInNewContext(bundle, {});
    }).not.toThrow();
    const associated: string[] = [];
    const CustomFunctions = {
      associate: (id: string, fn: unknown) => {
        expect(typeof fn).toBe("function");
        associated.push(id);
      },
    };
    vm.runInNewContext(bundle, { CustomFunctions });
    const ids = (JSON.parse(read("functions.json")) as FunctionsMetadata).functions.map(
      (fn) => fn.id
    );
    expect(associated.sort()).toEqual([...ids].sort());
  });
});
