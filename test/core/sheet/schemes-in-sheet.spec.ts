/**
 * The schemes of domain.md §9–§10 in a sheet: columns recognised by their header words, per-KPI
 * methods with their parameters, roll-up variants, validated figures that count in place of the
 * computed ones (kept beside them) through two levels, timing of deadlines, the findings, and a
 * legend typed in the sheet. Expected figures are worked by hand in the comments.
 */
import { serialFromYmd } from "../../../src/core/excel-date";
import { recomputeSheet } from "../../../src/core/sheet/recompute-sheet";
import type { ReportRow, SheetInput, SheetRecompute } from "../../../src/core/sheet/sheet-types";
import type { CellScalar, Settings } from "../../../src/core/types";

const HEADER = [
  "Obiettivo",
  "Indicatore",
  "Peso",
  "Operatore",
  "Target",
  "Consuntivo",
  "Metodo",
  "Soglia",
  "Eccellenza",
  "Tolleranza",
  "Performance validata",
  "Motivazione",
  "Aggregazione",
  "Performance KPI",
  "Performance Obiettivo",
];

type Row = Partial<Record<(typeof HEADER)[number], CellScalar>>;

function sheet(rows: readonly Row[], extra: readonly CellScalar[][] = []): SheetInput {
  const values: CellScalar[][] = [
    [...HEADER],
    ...rows.map((row) => HEADER.map((header) => row[header] ?? null)),
    ...extra.map((cells) => HEADER.map((_, i) => cells[i] ?? null)),
  ];
  return { name: "Piano", origin: { row: 0, column: 0 }, values };
}

const SETTINGS: Partial<Settings> = { planYear: 2021, asOf: serialFromYmd(2022, 1, 31) };

function run(input: SheetInput, settings: Partial<Settings> = SETTINGS): SheetRecompute {
  const result = recomputeSheet(input, settings);
  if (!result.ok) throw new Error(result.error.text.it);
  return result.value;
}

const PLAN: Row[] = [
  { Obiettivo: "A - Area" }, // row 2
  { Obiettivo: "A.1 - Servizi", Aggregazione: "minimo" }, // row 3
  // S 60, T 80, A 70: (70 − 60) / (80 − 60) = 50%
  {
    Indicatore: "Soglia",
    Operatore: ">=",
    Target: 80,
    Consuntivo: 70,
    Metodo: "soglia",
    Soglia: 60,
  }, // row 4
  // r = 46 / 50 = 92% ≥ 90% → 80%
  { Indicatore: "Scaglioni", Operatore: ">=", Target: 50, Consuntivo: 46, Metodo: "scaglioni" }, // row 5
  // T 100 ± 5%: 110 → 1 − (10 − 5) / 100 = 95%
  { Indicatore: "Tolleranza", Operatore: "=", Target: 100, Consuntivo: 110, Tolleranza: 0.05 }, // row 6
  // A.1 by minimum: min(50%, 80%, 95%) = 50%
  { Obiettivo: "A.2 - Qualità" }, // row 7
  // soglia without a threshold: proportional, 70 / 80 = 87,5%
  {
    Indicatore: "Senza soglia",
    Peso: 0.5,
    Operatore: ">=",
    Target: 80,
    Consuntivo: 70,
    Metodo: "soglia",
  }, // row 8
  // computed 5 / 10 = 50%; the OIV validated 70% with a reason
  {
    Indicatore: "Validato",
    Peso: 0.5,
    Operatore: ">=",
    Target: 10,
    Consuntivo: 5,
    "Performance validata": 0.7,
    Motivazione: "Dato rettificato dall'ufficio",
  }, // row 9
  // A.2 = (0.5 · 87,5% + 0.5 · 70%) / 1 = 78,75%
  { Obiettivo: "A.3 - Tempi", "Performance validata": 0.9 }, // row 10
  // computed 100%; the objective's validated 90% counts, with no reason
  { Indicatore: "Pieno", Operatore: ">=", Target: 10, Consuntivo: 10 }, // row 11
  { Obiettivo: "A.4 - Errori" }, // row 12
  // threshold 90 above the target 80 for ≥: not evaluated, SCHEME_INVALID
  {
    Indicatore: "Soglia sbagliata",
    Operatore: ">=",
    Target: 80,
    Consuntivo: 70,
    Metodo: "soglia",
    Soglia: 90,
  }, // row 13
  { Obiettivo: "A.5 - Scadenze" }, // row 14
  // ≤ 31/10/2021 done 06/11/2021: 6 days late → 90% (ladder), "in ritardo"
  { Indicatore: "Scadenza", Target: "≤ 31/10/2021", Consuntivo: "06/11/2021" }, // row 15
];

const byRow = (result: SheetRecompute, row: number): ReportRow => {
  const found = result.rows.find((r) => r.row === row);
  if (found === undefined) throw new Error(`no row ${row}`);
  return found;
};

describe("scoring schemes in a sheet (domain §9)", () => {
  const result = run(sheet(PLAN));

  it("recognises the columns of §9–§10 by their header words", () => {
    expect(result.layout.columns).toMatchObject({
      method: 6,
      threshold: 7,
      excellence: 8,
      tolerance: 9,
      validated: 10,
      reason: 11,
      aggregation: 12,
    });
  });

  it("scores each KPI by its own method and parameters", () => {
    expect(byRow(result, 4).kpi).toBeCloseTo(0.5, 12);
    expect(byRow(result, 5).kpi).toBe(0.8);
    expect(byRow(result, 6).kpi).toBeCloseTo(0.95, 12);
    expect(byRow(result, 8).kpi).toBeCloseTo(0.875, 12);
    expect(byRow(result, 13).kpi).toBeNull();
  });

  it("rolls an objective up by its Aggregazione cell", () => {
    expect(byRow(result, 3).objective).toBeCloseTo(0.5, 12);
  });

  it("counts validated figures, keeping the computed ones beside them, through two levels", () => {
    expect(byRow(result, 9)).toMatchObject({ kpi: 0.7, kpiComputed: 0.5 });
    expect(byRow(result, 7).objective).toBeCloseTo(0.7875, 12);
    expect(byRow(result, 10)).toMatchObject({ objective: 0.9, objectiveComputed: 1 });
    // A (no KPIs): the mean of its children with data, A.1 50%, A.2 78,75%, A.3 90% (validated),
    // A.5 90%; A.4 is not evaluated: (0.5 + 0.7875 + 0.9 + 0.9) / 4 = 0.771875
    expect(byRow(result, 2).objective).toBeCloseTo(0.771875, 12);
    expect(byRow(result, 4).kpiComputed).toBeUndefined();
  });

  it("gives the timing of deadlines", () => {
    expect(byRow(result, 15)).toMatchObject({ kpi: 0.9, timing: { daysLate: 6, class: "late" } });
    expect(byRow(result, 4).timing).toBeUndefined();
  });

  it("reports overrides, missing reasons, missing thresholds and wrong thresholds", () => {
    const codes = result.findings.map((f) => [f.row, f.code]);
    expect(codes).toEqual(
      expect.arrayContaining([
        [9, "VALIDATED_OVERRIDE"],
        [10, "VALIDATED_OVERRIDE"],
        [10, "OVERRIDE_WITHOUT_REASON"],
        [8, "THRESHOLD_MISSING"],
        [13, "SCHEME_INVALID"],
      ])
    );
    expect(codes).not.toContainEqual([9, "OVERRIDE_WITHOUT_REASON"]);
    const override = result.findings.find((f) => f.row === 9 && f.code === "VALIDATED_OVERRIDE");
    expect(override).toMatchObject({ column: "K", published: 0.7, computed: 0.5 });
    expect(override?.text.it).toBe(
      'KPI "Validato": conta il valore validato 70,00% al posto del calcolato 50,00% (motivazione: Dato rettificato dall\'ufficio).'
    );
    expect(result.findings.find((f) => f.code === "SCHEME_INVALID")?.text.it).toContain(
      "Soglia 90 dalla parte sbagliata del target 80"
    );
  });

  it("explains which scheme scored a KPI, with which parameters", () => {
    const lines = (row: number): string[] =>
      (result.explanations.get(row)?.lines ?? []).map((line) => line.it);
    expect(lines(4)).toEqual(
      expect.arrayContaining([
        "Metodo: soglia e target, lineare.",
        "Parametri: soglia 60.",
        "Tra soglia e target, lineare: |consuntivo − soglia| / |target − soglia| = 50,00%.",
      ])
    );
    expect(lines(5)).toEqual(
      expect.arrayContaining([
        "Metodo: a scaglioni.",
        "Parametri: scaglioni ≥ 100,00% → 100,00%, ≥ 90,00% → 80,00%, ≥ 75,00% → 50,00%.",
        "Scaglione raggiunto dal rapporto 92,00%: 80,00%.",
      ])
    );
    expect(lines(6)).toContain("Parametri: tolleranza ±5,00% del target.");
    expect(lines(8)).toContain(
      "Parametri: metodo a soglia chiesto ma nessuna soglia sulla riga: proporzionale."
    );
    expect(lines(9)).toContain(
      "Conta il valore validato dall'OIV 70,00% (calcolato: 50,00%); motivazione: Dato rettificato dall'ufficio."
    );
    expect(lines(3)).toContain("Aggregazione: minimo (il KPI peggiore).");
    expect(lines(15)).toContain("Tempi: in ritardo, 6 giorni dopo la scadenza.");
    expect(lines(13).join(" ")).toContain("Non valutato: Soglia 90 dalla parte sbagliata");
  });

  it("leaves validated figures aside when the settings say so", () => {
    const computed = run(sheet(PLAN), { ...SETTINGS, useValidated: false });
    expect(byRow(computed, 9).kpi).toBe(0.5);
    expect(byRow(computed, 10).objective).toBe(1);
    expect(computed.findings.some((f) => f.code === "VALIDATED_OVERRIDE")).toBe(false);
  });

  it("applies the workbook's roll-up and the weight of child objectives", () => {
    const plan: Row[] = [
      { Obiettivo: "B - Area" },
      // own KPI: 60 / 100 = 60%
      { Indicatore: "Proprio", Operatore: ">=", Target: 100, Consuntivo: 60 },
      { Obiettivo: "B.1 - Figlio" },
      // 100%
      { Indicatore: "Figlio", Operatore: ">=", Target: 10, Consuntivo: 10 },
    ];
    // w 0 (default): B = its own KPI, 60%
    expect(byRow(run(sheet(plan)), 2).objective).toBeCloseTo(0.6, 12);
    // w 25%: (1 − 0.25) · 60% + 0.25 · 100% = 45% + 25% = 70%
    expect(byRow(run(sheet(plan), { ...SETTINGS, childWeight: 0.25 }), 2).objective).toBeCloseTo(
      0.7,
      12
    );
    const allMet: Row[] = [
      { Obiettivo: "C - Area" },
      { Indicatore: "Uno", Operatore: ">=", Target: 10, Consuntivo: 10 },
      { Indicatore: "Due", Operatore: ">=", Target: 10, Consuntivo: 9 },
    ];
    // all met: 100% and 90% → 0%; the default mean gives 95%
    expect(byRow(run(sheet(allMet), { ...SETTINGS, rollup: "allMet" }), 2).objective).toBe(0);
    expect(byRow(run(sheet(allMet)), 2).objective).toBeCloseTo(0.95, 12);
  });

  it("scores a missing actual 0 after the period under the zero policy", () => {
    const plan: Row[] = [
      { Obiettivo: "D - Area" },
      { Indicatore: "Manca", Operatore: ">=", Target: 10, Consuntivo: null },
    ];
    expect(byRow(run(sheet(plan)), 3).kpi).toBeNull();
    // evaluated 31/01/2022, past the 2021 plan's end
    expect(byRow(run(sheet(plan), { ...SETTINGS, missingActual: "zero" }), 3).kpi).toBe(0);
  });
});

describe("a legend typed in the sheet (domain §10)", () => {
  const plan: Row[] = [
    { Obiettivo: "E - Area" },
    // 85 / 100 = 85%
    { Indicatore: "Uno", Operatore: ">=", Target: 100, Consuntivo: 85 },
  ];

  it("uses its thresholds for the colours", () => {
    const typed = sheet(plan, [
      [],
      ["Legenda"],
      [null, "Performance superiore al 90% del target"],
      [null, "Performance compresa tra il 70% e il 90% del target"],
      [null, "Performance inferiore al 70%"],
    ]);
    const result = run(typed);
    // 85% is green with the default legend (> 80%), yellow with this one (70%–90%)
    expect(byRow(result, 3).band).toBe("yellow");
    expect(result.settings.legend).toMatchObject({ greenAbove: 0.9, yellowFrom: 0.7 });
    expect(byRow(run(sheet(plan)), 3).band).toBe("green");
    // settings that give a legend win over the sheet's
    const own = run(typed, {
      ...SETTINGS,
      legend: { greenAbove: 0.8, yellowFrom: 0.6, colors: result.settings.legend.colors },
    });
    expect(byRow(own, 3).band).toBe("green");
    expect(byRow(run(typed, { ...SETTINGS, legendFromSheet: false }), 3).band).toBe("green");
  });

  it("reports a gap, naming the values in no band", () => {
    const gapped = sheet(plan, [
      [],
      ["Legenda"],
      [null, "da 80 a 100"],
      [null, "da 60 a 79"],
      [null, "inferiore al 60%"],
    ]);
    const result = run(gapped);
    const gap = result.findings.find((f) => f.code === "LEGEND_GAP");
    expect(gap).toMatchObject({ row: 5, column: "A" });
    expect(gap?.text.it).toBe(
      "Legenda con un vuoto: i valori da 79,01% a 79,99% non cadono in nessuna fascia."
    );
    // a legend of another shape than the colour rules know leaves the settings' thresholds
    expect(result.settings.legend.greenAbove).toBe(0.8);
  });

  it("reads the 2024 seed's legend as the default one, with no finding", () => {
    const seed = sheet(plan, [
      [],
      ["Legenda"],
      [null, "Performance superiore all'80% del target"],
      [null, "Performance compresa tra il 60% e l'80% del target"],
      [null, "Performance < 60% del target"],
    ]);
    const result = run(seed);
    expect(result.settings.legend).toMatchObject({ greenAbove: 0.8, yellowFrom: 0.6 });
    expect(result.findings.filter((f) => f.code.startsWith("LEGEND"))).toEqual([]);
  });
});
