/**
 * The Italian texts of the custom functions' metadata: the ONE source of dist/functions.it-IT.json.
 * The English texts are the JSDoc of functions.ts; function ids and names stay the same in both
 * languages (=PIANO.PERF_KPI in every Excel), parameter names and every description are Italian.
 * A build step (scripts/localized-metadata-plugin.js) fails if a function or parameter of the
 * English metadata has no Italian text here, or if a text here matches nothing.
 */
export interface ParameterTextIt {
  /** Name shown in Excel's formula tooltip. */
  readonly name: string;
  readonly description: string;
}

export interface FunctionTextIt {
  readonly description: string;
  /** Keyed by the English parameter name (the TypeScript parameter name). */
  readonly parameters: Readonly<Record<string, ParameterTextIt>>;
}

export const DESCRIPTIONS_IT: Readonly<Record<string, FunctionTextIt>> = {
  PERF_KPI: {
    description:
      'Performance di un indicatore: una frazione da 0 a 1 (formattare la cella come percentuale), "N.V." se l\'indicatore non è valutabile.',
    parameters: {
      target: {
        name: "target",
        description:
          'Target: un numero, una percentuale, una data o un testo come ">= 15%", "≤ 31/12/2024", "entro il 30/04/2024", "2023 >= 15% 2024 >= 20%".',
      },
      actual: {
        name: "consuntivo",
        description:
          'Valore a consuntivo: un numero, una percentuale, una data o un testo ("37,50%", "06/11/2021", "N.V."). Vuoto se non ancora noto.',
      },
      operator: {
        name: "operatore",
        description:
          'Operatore, se non è scritto nel target: ">=", "≥", ">", "<=", "≤", "<", "=", "entro" (una scadenza).',
      },
      method: {
        name: "metodo",
        description: '"proporzionale" (predefinito) oppure "binario" (raggiunto / non raggiunto).',
      },
      year: {
        name: "anno",
        description:
          'Anno del piano: sceglie il valore di quell\'anno in un target pluriennale e completa date come "30/4".',
      },
      asOf: {
        name: "data_valutazione",
        description:
          "Data di valutazione per le scadenze (predefinita: oggi), ad esempio OGGI() o una cella con una data.",
      },
    },
  },
  PERF_ROLLUP: {
    description:
      'Performance di un obiettivo: media ponderata delle performance dei suoi indicatori, escludendo quelle vuote e "N.V.".',
    parameters: {
      performances: {
        name: "performance",
        description:
          'Le performance degli indicatori (un intervallo): numeri, percentuali, "N.V." o celle vuote.',
      },
      weights: {
        name: "pesi",
        description:
          'I pesi degli indicatori (un intervallo con altrettante celle): "20%", 0,2, "50% >=". Omessi o tutti vuoti: pesi uguali.',
      },
      aggregation: {
        name: "aggregazione",
        description:
          'Come aggregare: "media" (ponderata, predefinita), "minimo" (il KPI peggiore) o "tutti" (100% solo se ogni KPI è al 100%).',
      },
    },
  },
  PERF_BAND: {
    description:
      'Fascia della legenda di una performance: "verde" (oltre l\'80%), "giallo" (dal 60% all\'80%), "rosso" (sotto il 60%), "" se non valutata.',
    parameters: {
      performance: {
        name: "performance",
        description: 'Una performance: un numero, una percentuale o "N.V.".',
      },
      greenAbove: {
        name: "soglia_verde",
        description: "Soglia del verde: verde se la performance la supera (predefinita 80%).",
      },
      yellowFrom: {
        name: "soglia_giallo",
        description:
          "Soglia del giallo: giallo da questa soglia fino a quella del verde, rosso sotto (predefinita 60%).",
      },
    },
  },
};
