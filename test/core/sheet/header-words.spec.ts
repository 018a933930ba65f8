import { headerRole, normaliseHeader } from "../../../src/core/sheet/header-words";

describe("headerRole", () => {
  it.each([
    ["Obiettivo", "objective"],
    ["Obiettivo strategico", "objective"],
    ["Objective", "objective"],
    ["Cod.", "kpiCode"],
    ["Code", "kpiCode"],
    ["Codice obiettivo", "objectiveCode"],
    ["Indicatore", "indicator"],
    ["KPI", "indicator"],
    ["Indicator", "indicator"],
    ["Esito validazione", "status"],
    ["Validation", "status"],
    ["Status", "status"],
    ["Peso", "weight"],
    ["Peso %", "weight"],
    ["Weight", "weight"],
    ["Operatore", "operator"],
    ["Target", "target"],
    ["Target 2024", "target"],
    ["Risultati attesi", "target"],
    ["Consuntivo", "actual"],
    ["Valore a consuntivo", "actual"],
    ["Actual", "actual"],
    ["Performance KPI", "kpiPerformance"],
    ["Grado di raggiungimento", "kpiPerformance"],
    ["KPI performance", "kpiPerformance"],
    ["KPI score", "kpiPerformance"],
    ["Performance Obiettivo", "objectivePerformance"],
    ["Objective performance", "objectivePerformance"],
    ["Objective score", "objectivePerformance"],
    ["Grado di raggiungimento obiettivo", "objectivePerformance"],
    ["Note", "notes"],
    ["Notes", "notes"],
  ])("%p names the role %s", (text, role) => {
    expect(headerRole(text)).toBe(role);
  });

  it.each([
    ["A.1 - Attrattività del territorio"],
    ["Media ponderata"],
    [""],
    [
      "Obiettivi di performance e relativi indicatori per il triennio 2024-2026 approvati dalla Giunta camerale",
    ],
  ])("%p names no role", (text) => {
    expect(headerRole(text)).toBeNull();
  });

  it("ignores case, accents and punctuation", () => {
    expect(normaliseHeader("  PERFORMANCE   Obiettivo: ")).toBe("performance obiettivo");
    expect(normaliseHeader("Attività")).toBe("attivita");
    expect(headerRole("ESITO VALIDAZIONE")).toBe("status");
  });
});
