import type { Finding, FindingCode } from "../../src/core/sheet";
import { AuditModel, foldText, NO_FILTER } from "../../src/taskpane/audit-model";
import { fixFor } from "../../src/taskpane/finding-kinds";

const finding = (
  code: FindingCode,
  row: number,
  message: string,
  computed: number | null = null
): Finding => ({
  row,
  column: "G",
  code,
  text: { it: message, en: `${message} (en)` },
  published: null,
  computed,
});

const FINDINGS: Finding[] = [
  finding("PUBLISHED_MISMATCH", 10, "Performance KPI pubblicata 80,10%"),
  finding("ZERO_WEIGHT", 12, "Indicatore con peso 0%"),
  finding("PUBLISHED_MISMATCH", 20, "Performance obiettivo pubblicata vuota"),
  finding("USER_FORMULA_KEPT", 30, "la cella contiene una formula dell'utente (=A1*2)", 0.805),
  finding("PUBLISHED_MISMATCH", 40, "Attività della società"),
];

describe("the audit model", () => {
  it("groups by kind, most frequent first, with counts for the whole list", () => {
    const view = new AuditModel(FINDINGS, "it").view(NO_FILTER);
    // 3 PUBLISHED_MISMATCH, then the two kinds with 1, by Italian name:
    // "Formule dell'utente mantenute" < "Pesi a zero".
    expect(view.kinds.map((k) => [k.code, k.total])).toEqual([
      ["PUBLISHED_MISMATCH", 3],
      ["USER_FORMULA_KEPT", 1],
      ["ZERO_WEIGHT", 1],
    ]);
    expect(view.total).toBe(5);
    expect(view.matching).toBe(5);
    expect(view.groups[0]?.findings.map((f) => f.row)).toEqual([10, 20, 40]);
  });

  it("filters by kind and by words (case and accents ignored), keeping the totals", () => {
    const model = new AuditModel(FINDINGS, "it");
    const kind = model.view({ kind: "ZERO_WEIGHT", text: "" });
    expect(kind.groups.map((g) => g.code)).toEqual(["ZERO_WEIGHT"]);
    expect([kind.matching, kind.total]).toEqual([1, 5]);
    // "SOCIETA" finds "società" (row 40) only; "pubblicata" finds rows 10 and 20.
    expect(
      model.view({ kind: null, text: "SOCIETA" }).groups[0]?.findings.map((f) => f.row)
    ).toEqual([40]);
    const words = model.view({ kind: null, text: "pubblicata vuota" });
    expect(words.groups.flatMap((g) => g.findings.map((f) => f.row))).toEqual([20]);
    // The cell reference is searchable: G30.
    expect(model.view({ kind: null, text: "g30" }).matching).toBe(1);
    expect(model.view({ kind: null, text: "nulla di simile" }).groups).toEqual([]);
    expect(model.view({ kind: null, text: "nulla di simile" }).kinds).toHaveLength(3);
  });

  it("folds text for the search", () => {
    expect(foldText("Attività SOCIETÀ")).toBe("attivita societa");
  });

  it("offers 'use the computed value' only for a kept user formula with a figure", () => {
    expect(fixFor(FINDINGS[3])).toEqual({ kind: "useComputed", value: 0.805 });
    expect(fixFor(FINDINGS[0])).toBeNull();
    expect(fixFor(finding("USER_FORMULA_KEPT", 5, "(=B2)", null))).toBeNull();
  });
});
