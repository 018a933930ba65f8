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
      bands: {
        name: "fasce",
        description:
          'In alternativa, una legenda da 2 a 5 fasce, ciascuna con regola e colore: "> 90% #A9D08E; 80%-90% #C6EFCE; 60%-79,99% #FFEB9C; 40%-59,99% #FCD5B4; < 40% #FFC7CE", in un testo o una fascia per cella. Restituisce il nome del colore della fascia.',
      },
    },
  },
  PERF_SOGLIA: {
    description:
      "Performance di un indicatore calcolata dalla soglia al target, in modo lineare: 0 alla soglia o oltre, 100% al target; con un valore di eccellenza o un tetto, oltre il 100% al di là del target.",
    parameters: {
      target: {
        name: "target",
        description:
          'Target: un numero, una percentuale o un testo come ">= 80", "≤ 4 gg", "≥ 70%".',
      },
      actual: {
        name: "consuntivo",
        description:
          'Valore a consuntivo: un numero, una percentuale o un testo ("70", "65,5%", "N.V."). Vuoto se non ancora noto.',
      },
      threshold: {
        name: "soglia",
        description:
          "Soglia, nell'unità del target: sotto di essa (sopra, per \"≤\") l'indicatore vale 0. Vuota: calcolo proporzionale.",
      },
      operator: {
        name: "operatore",
        description: 'Operatore, se non è scritto nel target: ">=", "≥", ">", "<=", "≤", "<".',
      },
      excellence: {
        name: "eccellenza",
        description:
          "Valore di eccellenza oltre il target: il punteggio sale dal 100% al target fino al tetto a questo valore. Uno 0 conta solo con il tetto.",
      },
      ceiling: {
        name: "tetto",
        description:
          "Punteggio massimo oltre il target, dal 100% al 500% (predefinito 120% quando c'è un valore di eccellenza).",
      },
      year: {
        name: "anno",
        description: "Anno del piano: sceglie il valore di quell'anno in un target pluriennale.",
      },
    },
  },
  PERF_SCAGLIONI: {
    description:
      "Performance di un indicatore calcolata a scaglioni: il rapporto tra consuntivo e target sceglie lo scaglione più alto che raggiunge, e vale il punteggio di quello scaglione.",
    parameters: {
      target: {
        name: "target",
        description: 'Target: un numero, una percentuale o un testo come ">= 50", "≤ 30 gg".',
      },
      actual: {
        name: "consuntivo",
        description:
          "Valore a consuntivo: un numero, una percentuale o un testo. Vuoto se non ancora noto.",
      },
      scale: {
        name: "scala",
        description:
          'Gli scaglioni: un intervallo di righe (rapporto minimo, punteggio) o (da, a, punteggio), oppure il testo "100%: 100%; 90%: 80%; 75%: 50%". Omessa: questa scala di esempio.',
      },
      operator: {
        name: "operatore",
        description: 'Operatore, se non è scritto nel target: ">=", "≥", ">", "<=", "≤", "<", "=".',
      },
      year: {
        name: "anno",
        description: "Anno del piano: sceglie il valore di quell'anno in un target pluriennale.",
      },
    },
  },
  PERF_TOLLERANZA: {
    description:
      'Performance di un indicatore con target "=" e una tolleranza: raggiunto entro la tolleranza, poi ridotto della distanza oltre di essa.',
    parameters: {
      target: {
        name: "target",
        description:
          'Target da uguagliare: un numero, una percentuale o un testo ("100", "= 100%").',
      },
      actual: {
        name: "consuntivo",
        description:
          "Valore a consuntivo: un numero, una percentuale o un testo. Vuoto se non ancora noto.",
      },
      tolerance: {
        name: "tolleranza",
        description:
          "Tolleranza in percentuale del target, ad esempio 5%. Vuota o 0: nessuna tolleranza.",
      },
      method: {
        name: "metodo",
        description: '"proporzionale" (predefinito) oppure "binario" (raggiunto / non raggiunto).',
      },
      year: {
        name: "anno",
        description: "Anno del piano: sceglie il valore di quell'anno in un target pluriennale.",
      },
    },
  },
};
