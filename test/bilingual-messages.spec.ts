/**
 * Every user-facing message of every layer, in one bilingual shape (`Bilingual`: { it, en }), has
 * its Italian text and its English translation. The sample tables are typed by the catalogues, so
 * a message added without a sample here does not compile.
 */
import {
  messages,
  schemeMessages,
  settingMessages,
  type Bilingual,
  type Explained,
  type PerfError,
} from "../src/core";
import {
  explanationMessages,
  explanationParts,
  findingMessages,
  sheetWords,
} from "../src/core/sheet/sheet-messages";
import { TIMING_LABELS } from "../src/core/scoring/timing";
import { legendWords } from "../src/core/scoring/scheme-messages";
import { functionMessages } from "../src/functions/messages";
import { cliMessages } from "../src/cli/messages";
import { hostErrors } from "../src/taskpane/host-errors";
import { STRING_KEYS, translator } from "../src/taskpane/i18n";
import { expectBilingual } from "./support/assertions/bilingual";

/** For each entry of a catalogue: the arguments to call it with (null for a constant message). */
type Samples<C> = {
  readonly [K in keyof C]: C[K] extends (...args: infer A) => unknown ? A : null;
};

const engineError: PerfError = {
  code: "TARGET_UNREADABLE",
  text: {
    it: 'Target "≤ dato medio" senza un valore leggibile.',
    en: 'Target "≤ dato medio" has no readable value.',
  },
};

const coreSamples: Samples<typeof messages> = {
  valueUnreadable: ["abc"],
  valueNotFinite: [Infinity],
  targetMissing: [],
  targetUnreadable: ["≤ dato medio nazionale"],
  noPlanYearForTarget: ["2022 >= 1 2023 >= 2", [2022, 2023]],
  noTargetForYear: ["2022 >= 1", [2022], 2024],
  dateWithoutYear: ["entro il 30/4", "30/4"],
  operatorUnreadable: ["circa"],
  weightUnreadable: ["abc"],
  noHeaderRow: [],
  headersMissing: [
    3,
    { it: ["Indicatore (A3)"], en: ["Indicator (A3)"] },
    { it: ["Target"], en: ["Target"] },
  ],
  cardForm: ["TITOLO, KPI, ALGORITMO", "A", "A1"],
  mappingInvalid: ['ruolo "colore" sconosciuto.', 'unknown role "colore".'],
  methodUnknown: ["lineare"],
};

const percent: Bilingual = { it: "80,50%", en: "80.50%" };
const published: Bilingual = { it: "75,00%", en: "75.00%" };
const kpi = sheetWords.kpiNamed("Imprese assistite");

const findingSamples: Samples<typeof findingMessages> = {
  userFormulaKept: [sheetWords.derivedCell.kpiPerformance, "=H4/G4", percent],
  publishedMismatch: [sheetWords.derivedCell.objectivePerformance, published, percent],
  duplicateCode: ["A.1", "5"],
  missingParent: ["B.2.1", "B.2", percent],
  weightsNot100: [sheetWords.ofKpis, "A.1 Transizione digitale", { it: "99,00%", en: "99.00%" }],
  columnRoleInferred: [
    "F",
    { it: "Peso", en: "Weight" },
    { it: "ogni valore è una percentuale", en: "every value is a percentage" },
  ],
  periodByDefault: ["II semestre", { it: "31/12/2024", en: "31/12/2024" }, ["I semestre"]],
  mergesNotRead: ["F, I", 2],
  kpiWithoutObjective: null,
  zeroWeight: null,
  revisedTarget: [{ it: "≥ 20,00%", en: "≥ 20.00%" }, [{ it: "15,00%", en: "15.00%" }]],
  unitMismatch: [{ it: "≥ 15,00%", en: "≥ 15.00%" }, "percent", { it: "12", en: "12" }, "number"],
  blankActualNotAchieved: [{ it: "31/12/2024", en: "31/12/2024" }],
  denominatorZero: [{ it: "12", en: "12" }],
  ratioMismatch: [
    { it: "0,5", en: "0.5" },
    { it: "3", en: "3" },
    { it: "4", en: "4" },
    { it: "0,75", en: "0.75" },
  ],
  validatedOverride: [kpi, percent, published, "verifica dell'OIV"],
  overrideWithoutReason: [kpi, percent, published],
  schemeCellUnreadable: [{ it: "Soglia", en: "Threshold" }, engineError.text],
  schemeInvalid: [kpi, engineError.text],
  thresholdMissing: [kpi],
  legendFillUnreadable: null,
};

const explanationSamples: Samples<typeof explanationMessages> = {
  notEvaluatedStatus: null,
  notEvaluatedActual: null,
  notEvaluatedPending: null,
  notEvaluatedZeroWeight: null,
  notEvaluatedUnreadable: null,
  notEvaluatedScheme: [engineError.text],
  met: [percent],
  binaryNotMet: null,
  ratioActualOverTarget: [percent],
  negativeTargetAbove: [percent],
  ratioTargetOverActual: [percent],
  distanceBelow: [percent],
  distanceEqual: [percent],
  zeroTarget: null,
  dateLadder: [6, { it: "90,00%", en: "90.00%" }],
  dateMissedDeadline: [61],
  metaKpi: [percent],
  target: [{ it: "≥ 15,00%", en: "≥ 15.00%" }, sheetWords.operatorSource.target],
  targetUnreadable: [engineError.text],
  metaNamesOther: ["A.2", "A.1"],
  metaActual: [percent, explanationParts.childItems(sheetWords.plainMean, [])],
  actual: [{ it: "12,00%", en: "12.00%" }],
  actualUnreadable: [engineError.text],
  validationStatus: ["kpi validato"],
  method: [sheetWords.method.binary],
  weightInObjective: [{ it: "20,00%", en: "20.00%" }],
  weightedMeanOfKpis: [
    percent,
    [explanationParts.kpiItem(5, percent, published, sheetWords.counted)],
  ],
  writtenWeightSum: [{ it: "99,00%", en: "99.00%" }],
  fromChildren: [percent, explanationParts.childItems(sheetWords.weightedByObjectiveRows, [])],
  nothingToRollUp: null,
  parameters: [[explanationParts.thresholdPart({ it: "60,00%", en: "60.00%" })]],
  belowThreshold: [percent],
  thresholdLinear: [percent],
  excellence: [percent],
  stepScale: [{ it: "92,00%", en: "92.00%" }, percent],
  withinTolerance: [percent],
  beyondTolerance: [percent],
  missingActualZero: null,
  override: [percent, published, null],
  timingAfter: [TIMING_LABELS.late, 6],
  timingBefore: [TIMING_LABELS.early, 3],
  timingOnDeadline: [TIMING_LABELS.onTime],
  rollupMethod: [sheetWords.rollup.minimum],
  writtenAsValue: [sheetWords.formulaNot.override],
};

const explanationPartSamples: Samples<typeof explanationParts> = {
  childItem: ["B.2", true, percent, { it: "50,00%", en: "50.00%" }],
  childItems: [sheetWords.plainMean, [{ it: "B.1 80,50%", en: "B.1 80.50%" }]],
  kpiItem: [5, percent, { it: "20,00%", en: "20.00%" }, sheetWords.leftOut],
  thresholdPart: [{ it: "60,00%", en: "60.00%" }],
  excellencePart: [
    { it: "120", en: "120" },
    { it: "120,00%", en: "120.00%" },
  ],
  tolerancePart: [{ it: "5,00%", en: "5.00%" }],
  step: [
    { it: "90,00%", en: "90.00%" },
    { it: "100,00%", en: "100.00%" },
  ],
  stepsPart: [[{ it: "≥ 90,00% → 100,00%", en: "≥ 90.00% → 100.00%" }]],
  thresholdMissingPart: null,
};

const schemeSamples: Samples<typeof schemeMessages> = {
  thresholdWrongSide: [80, 80, true],
  thresholdNeedsDirection: [],
  excellenceWrongSide: [70, 80, true],
  toleranceInvalid: [-0.05],
  stepScaleEmpty: [],
  stepScaleOverlap: [0.9, 1],
  stepScaleGap: [0.8901, 0.8999],
  stepScoreInvalid: [-0.1],
  legendGap: [legendWords.between({ it: "60,01%", en: "60.01%" }, { it: "64,99%", en: "64.99%" })],
  legendOverlap: [legendWords.upwards({ it: "80,00%", en: "80.00%" })],
};

const settingSamples: Samples<typeof settingMessages> = {
  invalid: [{ it: "Anno del piano", en: "Plan year" }, "24", "scrivere 2024", "write 2024"],
  because: [{ it: "Legenda", en: "Legend" }, "fasce sovrapposte.", "overlapping bands."],
  unknownSetting: ["colour"],
  notAnObject: [],
  notJson: ["Unexpected token"],
  rollupUnknown: ["massimo"],
};

const functionSamples: Samples<typeof functionMessages> = {
  notAScalar: ["target"],
  yearInvalid: ["24"],
  evaluationDateInvalid: ["ieri"],
  thresholdsInverted: [0.9, 0.8],
  rangeSizesDiffer: [3, 2],
  inRangeCell: [engineError, 1],
  rangeCellUnreadable: [true, 2, "peso/weight"],
  schemeValueUnreadable: ["soglia/threshold", "sessanta"],
  toleranceNeedsEquals: ["≥"],
  toleranceMethod: ["soglia"],
  stepRowUnreadable: [2],
};

const cliSamples: Samples<typeof cliMessages> = {
  invalidOption: ["Unknown option '--x'"],
  unknownCommand: ["calcola"],
  noInput: [],
  checkWithOutput: [],
  methodInvalid: ["lineare"],
  jobsInvalid: ["0", 64],
  settingOptionInvalid: ["ceiling", engineError],
  settingsFileUnreadable: ["impostazioni.json", "ENOENT"],
  settingsFileInvalid: ["impostazioni.json", [engineError]],
  planYearInvalid: ["24"],
  asOfInvalid: ["31/12/2024"],
  writeModeInvalid: ["tutto"],
  sheetNotFound: ["Piano", "piano.xlsx", '"Foglio1"'],
  outputNotADirectory: ["out.xlsx"],
  sameOutput: ["a/piano.xlsx", "b/piano.xlsx", "out/piano.ricalcolato.xlsx"],
  outputIsInput: ["a.xlsx", "a.ricalcolato.xlsx", "a.ricalcolato.xlsx"],
  jsonIsInput: ["piano.xlsx", "piano.xlsx"],
  jsonIsOutput: ["out.xlsx"],
  sheetTooLarge: ["piano.xlsx", "Piano", 400000, 300000],
  fileMissing: ["piano.xlsx"],
  fileIsDirectory: ["piani"],
  fileUnreadable: ["piano.xlsx", "EACCES"],
  passwordProtected: ["piano.xlsx"],
  legacyXls: ["piano.xls"],
  notXlsx: ["piano.txt"],
  inflatesTooLarge: ["piano.xlsx", "512", "513"],
  openDocument: ["piano.ods"],
  zipNotWorkbook: ["archivio.zip"],
  corrupt: ["piano.xlsx", "End of data reached"],
  noRecognisedSheet: ["piano.xlsx", [engineError]],
  inSheet: ["Piano 2024", engineError],
  cannotWrite: ["out.xlsx", "EACCES"],
  sheetProtected: ["piano.xlsx", "Piano 2024"],
  formulaNotCalculated: ["G12"],
  fileInternalError: ["piano.xlsx", "TypeError: x"],
  internalError: ["TypeError: x"],
  written: ["out.xlsx"],
  mappingInvalid: [null, engineError],
  mappingFileUnreadable: ["mapping.json", "Unexpected token"],
  hiddenSheetSkipped: ["piano.xlsx", "Copia", true],
  columnsUsedTitle: ["piano.xlsx", "Piano"],
  findingsFound: [3],
  noFindings: null,
};

const hostSamples: Samples<typeof hostErrors> = {
  apiMissing: ["ExcelApi 1.9"],
  protectedSheet: ["Piano"],
  editMode: [],
  layout: [engineError],
  empty: ["Foglio1"],
  tooLarge: [400000],
  noUndo: [],
  cellChanged: ["'Piano'!G14"],
  payloadTooLarge: [400000],
  structureProtected: [],
  unreadableRows: ["Piano", 1200],
  undoExpired: ["Piano"],
  settingsNotSaved: ["quota"],
  unexpected: ["GeneralException"],
};

/** Calls every entry of a catalogue with its sample and gives what it made, by name. */
function made<C extends object>(catalogue: C, samples: Samples<C>): [string, unknown][] {
  return Object.entries(catalogue).map(([name, entry]) => {
    const args = (samples as Record<string, readonly unknown[] | null>)[name];
    const value: unknown =
      typeof entry === "function"
        ? (entry as (...a: unknown[]) => unknown)(...(args ?? []))
        : entry;
    return [name, value];
  });
}

/**
 * A message value as its text: a failure's error, an explained value (`{ text }`), a text itself,
 * or (for CLI lines) "Italiano / English" text.
 */
function asText(value: unknown): Bilingual {
  if (typeof value === "string") {
    // printed lines carry both languages: "perf-kpi: …it…\nperf-kpi: …en…" or "Italiano / English: x"
    const lines = value.trim().split("\n");
    const first = lines[0] ?? "";
    if (!first.includes(" / ")) return { it: first, en: lines[1] ?? "" };
    const [it = "", en = ""] = first.split(" / ");
    return { it, en };
  }
  const record = value as { ok?: false; error?: Explained } & Partial<Explained> & Bilingual;
  if (record.ok === false && record.error !== undefined) return record.error.text;
  return record.text ?? record;
}

describe.each([
  ["core (src/core/messages.ts)", made(messages, coreSamples)],
  ["findings (src/core/sheet/sheet-messages.ts)", made(findingMessages, findingSamples)],
  [
    "explanations (src/core/sheet/sheet-messages.ts)",
    made(explanationMessages, explanationSamples),
  ],
  ["scoring schemes (src/core/scoring/scheme-messages.ts)", made(schemeMessages, schemeSamples)],
  ["settings (src/core/settings/setting-messages.ts)", made(settingMessages, settingSamples)],
  ["custom functions (src/functions/messages.ts)", made(functionMessages, functionSamples)],
  ["command line (src/cli/messages.ts)", made(cliMessages, cliSamples)],
  ["task pane errors (src/taskpane/host-errors.ts)", made(hostErrors, hostSamples)],
])("%s", (_layer, entries) => {
  it.each(entries)("%s has Italian text and its English translation", (name, value) => {
    expectBilingual(asText(value), name);
  });
});

/** Arguments for the phrase builders of the words tables, by name. */
const wordSamples: Readonly<Record<string, readonly unknown[]>> = {
  quoted: ["Sì"],
  kpiNamed: ["Imprese assistite"],
  objectiveNamed: ["A.1 Transizione digitale"],
  notEvaluable: ["n.d."],
  upwards: [percent],
  between: [published, percent],
  settings: [[{ it: "Scala dei ritardi", en: "Lateness ladder" }]],
};

/** Every text a words table holds, nested tables and phrase builders included. */
function wordTexts(table: object, prefix = ""): [string, Bilingual][] {
  return Object.entries(table).flatMap(
    ([name, entry]: [string, unknown]): [string, Bilingual][] => {
      const args = wordSamples[name];
      if (typeof entry === "function" && args === undefined)
        throw new Error(`no sample arguments for ${prefix}${name} in wordSamples`);
      const value: unknown =
        typeof entry === "function"
          ? (entry as (...a: unknown[]) => unknown)(...(args ?? []))
          : entry;
      const record = value as Partial<Bilingual>;
      if (typeof record.it === "string" && typeof record.en === "string")
        return [[`${prefix}${name}`, { it: record.it, en: record.en }]];
      return wordTexts(value as object, `${prefix}${name}.`);
    }
  );
}

describe("pieces composed into the sheet model's and the legend's messages", () => {
  const pieces = [
    ...wordTexts(sheetWords),
    ...made(explanationParts, explanationPartSamples),
    ...wordTexts(legendWords),
  ];
  it.each(pieces)("%s has Italian and English text (both, or neither)", (name, value) => {
    const { it: italian, en: english } = value as Bilingual;
    expect({ name, italian: italian.length > 0 }).toEqual({ name, italian: english.length > 0 });
  });
});

describe("task pane words (src/taskpane/i18n.ts)", () => {
  const it_ = translator("it");
  const en = translator("en");
  it.each(STRING_KEYS)("%s has Italian text and its English translation", (key) => {
    expectBilingual({ it: it_(key), en: en(key) }, key);
  });
});
