import { isMetaIndicator, metaReferencedCode } from "../../../src/core/sheet/meta-kpi";

describe("isMetaIndicator", () => {
  it.each([
    [
      "Media ponderata di performance degli obiettivi operativi associati all'obiettivo strategico A.2",
      "A.2",
    ],
    [
      "Media ponderata di performance delle azioni associate all'obiettivo operativo A.1.3",
      "A.1.3",
    ],
    [
      "Media ponderata di performance delle azioni associati all'obiettivo operativo C.1.1",
      "C.1.1",
    ],
    [
      "Media ponderata di performance delle azioni associate all'obiettivo operativo C.2.1.",
      "C.2.1",
    ],
    [
      "Media ponderata di performance degli obiettivi operativi associati (all'obiettivo strategico A.2)",
      "A.2",
    ],
    ["Media ponderata di performance degli obiettivi operativi associati", null],
    ["Weighted average performance of the associated operational objectives", null],
  ])("recognises %p (code %p)", (text, code) => {
    expect(isMetaIndicator(text)).toBe(true);
    expect(metaReferencedCode(text)).toBe(code);
  });

  it.each([
    ["Tempo medio evasione istanze protesti"],
    ["Media delle presenze ai corsi"],
    ["Giorni medi di evasione pratiche ComUnica"],
    ["Grado di coinvolgimento delle imprese"],
  ])("does not take %p for a meta-KPI", (text) => {
    expect(isMetaIndicator(text)).toBe(false);
  });
});
