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
                              con un'intestazione riconosciuta
      --method METODO         proporzionale | binario (anche proportional | binary)
      --plan-year AAAA        anno del piano (per i target pluriennali e le date 30/4)
      --as-of AAAA-MM-GG      data di valutazione (predefinita: oggi)
      --write-mode MODO       valori | formule (anche values | formulas): valori predefiniti
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
      --sheet NAME            sheet to recompute (repeatable). Default: every sheet with a
                              recognised header row
      --method METHOD         proportional | binary (also proporzionale | binario)
      --plan-year YYYY        plan year (multi-year targets, dates like 30/4)
      --as-of YYYY-MM-DD      evaluation date (default: today)
      --write-mode MODE       values | formulas (also valori | formule): values by default
      --check                 writes no workbook (only the JSON, when asked for);
                              exits 1 when the audit has findings, 0 otherwise
  -h, --help                  this help

Exit codes: 0 done; 1 findings (--check); 2 bad command line; 3 unreadable input (missing,
not an xlsx, password protected, corrupt); 4 no recognised header row; 5 cannot write the
output; 70 internal error.
`;
