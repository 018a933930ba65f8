/** `perf-kpi --help`: Italian first, English second. Kept beside the exit codes it documents. */
export const HELP_TEXT = `perf-kpi: ricalcola le performance di un piano della performance in file .xlsx

Uso:
  perf-kpi recompute <piano.xlsx>… [opzioni]

Opzioni:
  -o, --output FILE|CARTELLA  file di uscita (un solo input) o cartella (più input).
                              Predefinito: <nome>.ricalcolato.xlsx accanto a ogni input.
                              L'input è sovrascritto solo se -o lo indica esplicitamente.
      --json FILE             scrive il rapporto JSON (- per lo standard output)
      --sheet NOME            foglio da ricalcolare (ripetibile). Predefinito: ogni foglio
                              visibile con un'intestazione riconosciuta (i fogli nascosti
                              si ricalcolano solo se indicati)
      --method METODO         proporzionale | binario | soglia | scaglioni
                              (anche proportional | binary | threshold | steps)
      --plan-year AAAA        anno del piano (per i target pluriennali e le date 30/4)
      --as-of AAAA-MM-GG      data di valutazione (predefinita: oggi)
      --write-mode MODO       valori | formule (anche values | formulas): valori predefiniti
      --settings FILE         impostazioni in JSON, come le salva il riquadro; le opzioni
                              indicate prevalgono su quelle del file
      --period INTESTAZIONE   periodo di monitoraggio ("Consuntivo al 30/06/2024",
                              "30/06/2024", "I semestre"; predefinito: l'ultimo con valori)
      --mapping ABBINAMENTO   colonne dei ruoli, che prevalgono sul rilevamento:
                              target=G,actual=H,header=3 oppure un file JSON
                              {"headerRow":3,"columns":{"target":"G","actual":"H"}}
      --date-ladder SCALA     scala dei ritardi, ad esempio "30: 90%; 61: 85%"
      --cap sì|no             limite al 100% (predefinito sì)
      --ceiling PERC          tetto con eccellenza, senza limite (predefinito 120%)
      --step-scale SCALA      scaglioni, ad esempio "100%: 100%; 90%: 80%; 75%: 50%"
      --rollup MODO           media | minimo | tutti: aggregazione degli obiettivi
      --child-weight PERC     peso degli obiettivi figli accanto ai KPI propri (predefinito 0%)
      --missing-actual MODO   nv | zero: consuntivo mancante dopo la fine del periodo
      --early-days GIORNI     giorni di anticipo per "in anticipo" (predefinito 30)
      --legend SOGLIE         "80%; 60%[; #C6EFCE #FFEB9C #FFC7CE]": verde sopra, giallo da
      --legend-bands FASCE    da 2 a 5 fasce, ad esempio "> 80% #C6EFCE; 60%-80% #FFEB9C; < 60% #FFC7CE"
      --legend-from-sheet sì|no  usa la legenda scritta nel foglio (predefinito sì)
      --use-validated sì|no   i valori validati dall'OIV prevalgono (predefinito sì)
                              Percentuali con o senza % (120 è 120%), decimali con la virgola.
  -j, --jobs N                file elaborati in parallelo con più input (predefinito: i core
                              della macchina); 1: uno alla volta
      --check                 non scrive la cartella di lavoro (solo il JSON, se chiesto);
                              esce con 1 se la verifica trova rilievi, 0 altrimenti
  -h, --help                  questo aiuto

Il file di uscita contiene i valori ricalcolati, i colori delle righe come formattazione
condizionale (visibili anche senza il componente aggiuntivo), la legenda e il foglio "Verifica"
con i rilievi.

Codici di uscita: 0 fatto; 1 rilievi trovati (--check); 2 riga di comando errata;
3 input illeggibile (mancante, non xlsx, protetto da password, danneggiato);
4 nessuna intestazione riconosciuta; 5 uscita non scrivibile; 70 errore interno.

Esempi:
  perf-kpi recompute piano-2024.xlsx --method binario --plan-year 2024 --as-of 2025-01-31
  perf-kpi recompute piani/*.xlsx -o ricalcolati/ --json rapporto.json
  perf-kpi recompute piano-2024.xlsx --check

---
perf-kpi: recomputes the performance of a performance plan in .xlsx files

Usage:
  perf-kpi recompute <plan.xlsx>… [options]

Options:
  -o, --output FILE|DIR       output file (one input) or directory (several inputs).
                              Default: <name>.ricalcolato.xlsx beside each input.
                              The input is overwritten only when -o names it explicitly.
      --json FILE             writes the JSON report (- for standard output)
      --sheet NAME            sheet to recompute (repeatable). Default: every visible sheet
                              with a recognised header row (hidden sheets only when named)
      --method METHOD         proportional | binary | threshold | steps
                              (also proporzionale | binario | soglia | scaglioni)
      --plan-year YYYY        plan year (multi-year targets, dates like 30/4)
      --as-of YYYY-MM-DD      evaluation date (default: today)
      --write-mode MODE       values | formulas (also valori | formule): values by default
      --settings FILE         settings as JSON, as the task pane saves them; options given
                              on the command line win over the file's
      --period HEADER         monitoring period ("Consuntivo al 30/06/2024", "30/06/2024",
                              "I semestre"; default: the latest with values)
      --mapping MAPPING       role columns that override the detection:
                              target=G,actual=H,header=3 or a JSON file
                              {"headerRow":3,"columns":{"target":"G","actual":"H"}}
      --date-ladder LADDER    lateness ladder, e.g. "30: 90%; 61: 85%"
      --cap yes|no            cap at 100% (default yes)
      --ceiling PERCENT       ceiling with excellence, cap lifted (default 120%)
      --step-scale SCALE      step scale, e.g. "100%: 100%; 90%: 80%; 75%: 50%"
      --rollup MODE           media | minimo | tutti (mean, minimum, all met)
      --child-weight PERCENT  weight of child objectives beside own KPIs (default 0%)
      --missing-actual MODE   nv | zero: a missing actual after the period's end
      --early-days DAYS       days early for "early" (default 30)
      --legend THRESHOLDS     "80%; 60%[; #C6EFCE #FFEB9C #FFC7CE]": green above, yellow from
      --legend-bands BANDS    2 to 5 bands, e.g. "> 80% #C6EFCE; 60%-80% #FFEB9C; < 60% #FFC7CE"
      --legend-from-sheet yes|no  use the legend typed in the sheet (default yes)
      --use-validated yes|no  figures validated by the OIV win (default yes)
                              Percentages with or without % (120 is 120%), decimal comma.
  -j, --jobs N                files processed in parallel with several inputs (default: the
                              machine's cores); 1: one at a time
      --check                 writes no workbook (only the JSON, when asked for);
                              exits 1 when the audit has findings, 0 otherwise
  -h, --help                  this help

Exit codes: 0 done; 1 findings (--check); 2 bad command line; 3 unreadable input (missing,
not an xlsx, password protected, corrupt); 4 no recognised header row; 5 cannot write the
output; 70 internal error.
`;
