/**
 * Every message of the command line: its errors (with the exit code they end the run with) and
 * the lines it prints. Italian first, English second, as the terminal shows them.
 */
import { type Bilingual, type Explained, type Failure, PLAN_YEAR_RANGE } from "../core";
import { cliFail, type CliError } from "./cli-error";
import { ExitCode } from "./exit-codes";

const usage = (it: string, en: string): Failure<CliError> => cliFail(ExitCode.usage, it, en);
const unreadable = (it: string, en: string): Failure<CliError> =>
  cliFail(ExitCode.unreadableInput, it, en);

export const cliMessages = {
  // ------------------------------------------------------------ command line (exit code 2)
  invalidOption: (detail: string): Failure<CliError> =>
    usage(
      `opzione non valida (${detail}). Vedere perf-kpi --help.`,
      `invalid option (${detail}). See perf-kpi --help.`
    ),
  unknownCommand: (command: string): Failure<CliError> =>
    usage(
      `comando sconosciuto "${command}": l'unico comando è "recompute".`,
      `unknown command "${command}": the only command is "recompute".`
    ),
  noInput: (): Failure<CliError> =>
    usage(
      "indicare almeno un file .xlsx da ricalcolare.",
      "name at least one .xlsx file to recompute."
    ),
  checkWithOutput: (): Failure<CliError> =>
    usage(
      "--check non scrive la cartella di lavoro: non usare -o insieme a --check.",
      "--check writes no workbook: do not use -o with --check."
    ),
  jobsInvalid: (raw: string, max: number): Failure<CliError> =>
    usage(
      `--jobs "${raw}" non valido: indicare un numero intero di processi da 1 a ${max} (1: uno alla volta, senza thread).`,
      `invalid --jobs "${raw}": give a whole number of workers from 1 to ${max} (1: one at a time, no threads).`
    ),
  methodInvalid: (raw: string): Failure<CliError> =>
    usage(
      `--method "${raw}" non valido: usare proporzionale, binario, soglia o scaglioni.`,
      `invalid --method "${raw}": use proportional, binary, threshold or steps.`
    ),
  /** A setting option the settings model refused: its message, prefixed by the option. */
  settingOptionInvalid: (option: string, error: Explained): Failure<CliError> =>
    usage(`--${option}: ${error.text.it}`, `--${option}: ${error.text.en}`),
  settingsFileUnreadable: (file: string, detail: string): Failure<CliError> =>
    usage(
      `--settings: impossibile leggere "${file}" (${detail}).`,
      `--settings: cannot read "${file}" (${detail}).`
    ),
  /** Every problem of a --settings file, each naming its setting. */
  settingsFileInvalid: (file: string, issues: readonly Explained[]): Failure<CliError> =>
    usage(
      `--settings "${file}": ${issues.map((issue) => issue.text.it).join(" ")}`,
      `--settings "${file}": ${issues.map((issue) => issue.text.en).join(" ")}`
    ),
  planYearInvalid: (raw: string): Failure<CliError> =>
    usage(
      `--plan-year "${raw}" non valido: scrivere l'anno con quattro cifre, dal ${PLAN_YEAR_RANGE.min} al ${PLAN_YEAR_RANGE.max}, ad esempio 2024.`,
      `invalid --plan-year "${raw}": write the year with four digits, from ${PLAN_YEAR_RANGE.min} to ${PLAN_YEAR_RANGE.max}, e.g. 2024.`
    ),
  asOfInvalid: (raw: string): Failure<CliError> =>
    usage(
      `--as-of "${raw}" non valido: scrivere la data come AAAA-MM-GG, ad esempio 2025-01-31.`,
      `invalid --as-of "${raw}": write the date as YYYY-MM-DD, e.g. 2025-01-31.`
    ),
  writeModeInvalid: (raw: string): Failure<CliError> =>
    usage(
      `--write-mode "${raw}" non valido: usare valori o formule.`,
      `invalid --write-mode "${raw}": use values or formulas.`
    ),
  sheetNotFound: (name: string, fileName: string, names: string): Failure<CliError> =>
    usage(
      `--sheet "${name}": il foglio non esiste in "${fileName}" (fogli: ${names}).`,
      `--sheet "${name}": no such sheet in "${fileName}" (sheets: ${names}).`
    ),
  outputNotADirectory: (output: string): Failure<CliError> =>
    usage(
      `con più file in ingresso -o deve essere una cartella: "${output}" non lo è.`,
      `with several input files -o must be a directory: "${output}" is not.`
    ),
  sameOutput: (first: string, second: string, output: string): Failure<CliError> =>
    usage(
      `"${first}" e "${second}" darebbero lo stesso file di uscita "${output}": indicarne uno solo o rinominarne uno. Nessun file è stato scritto.`,
      `"${first}" and "${second}" would give the same output file "${output}": name only one or rename one. No file was written.`
    ),
  /** `input`'s output would be `output`, which is the input `overwritten`. */
  outputIsInput: (input: string, output: string, overwritten: string): Failure<CliError> =>
    usage(
      `il file di uscita di "${input}" sarebbe "${output}", che è un file in ingresso: non viene sovrascritto. Usare -o per scegliere un'altra uscita (o -o "${overwritten}" con quel solo file per sovrascriverlo). Nessun file è stato scritto.`,
      `the output of "${input}" would be "${output}", which is an input file: it is not overwritten. Use -o to choose another output (or -o "${overwritten}" with that file alone to overwrite it). No file was written.`
    ),
  jsonIsInput: (json: string, input: string): Failure<CliError> =>
    usage(
      `--json "${json}" è il file in ingresso "${input}": il rapporto non lo sovrascrive. Scegliere un altro nome (ad esempio rapporto.json). Nessun file è stato scritto.`,
      `--json "${json}" is the input file "${input}": the report does not overwrite it. Choose another name (e.g. report.json). No file was written.`
    ),
  jsonIsOutput: (json: string): Failure<CliError> =>
    usage(
      `--json "${json}" è anche il file di uscita della cartella di lavoro: scegliere due nomi diversi. Nessun file è stato scritto.`,
      `--json "${json}" is also the workbook output file: choose two different names. No file was written.`
    ),
  /** `file`: the JSON file the mapping came from, or null for an inline --mapping. */
  mappingInvalid: (file: string | null, error: Explained): Failure<CliError> =>
    usage(
      `--mapping${file === null ? "" : ` "${file}"`}: ${error.text.it}`,
      `--mapping${file === null ? "" : ` "${file}"`}: ${error.text.en}`
    ),
  mappingFileUnreadable: (file: string, detail: string): Failure<CliError> =>
    usage(
      `--mapping "${file}" non è né un abbinamento ruolo=colonna (target=G,actual=H) né un file JSON leggibile (${detail}).`,
      `--mapping "${file}" is neither a role=column mapping (target=G,actual=H) nor a readable JSON file (${detail}).`
    ),
  // ------------------------------------------------------------ unreadable input (exit code 3)
  fileMissing: (file: string): Failure<CliError> =>
    unreadable(`il file "${file}" non esiste.`, `the file "${file}" does not exist.`),
  fileIsDirectory: (file: string): Failure<CliError> =>
    unreadable(
      `"${file}" è una cartella, non un file .xlsx.`,
      `"${file}" is a directory, not an .xlsx file.`
    ),
  fileUnreadable: (file: string, code: string): Failure<CliError> =>
    unreadable(`impossibile leggere "${file}" (${code}).`, `cannot read "${file}" (${code}).`),
  passwordProtected: (name: string): Failure<CliError> =>
    unreadable(
      `"${name}" è protetto da password: aprirlo in Excel, togliere la password (File > Informazioni > Proteggi cartella di lavoro) e salvarlo di nuovo.`,
      `"${name}" is password protected: open it in Excel, remove the password and save it again.`
    ),
  legacyXls: (name: string): Failure<CliError> =>
    unreadable(
      `"${name}" è nel vecchio formato .xls: salvarlo come cartella di lavoro Excel (.xlsx).`,
      `"${name}" is in the old .xls format: save it as an Excel workbook (.xlsx).`
    ),
  notXlsx: (name: string): Failure<CliError> =>
    unreadable(
      `"${name}" non è un file .xlsx (cartella di lavoro di Excel).`,
      `"${name}" is not an .xlsx file (Excel workbook).`
    ),
  sheetTooLarge: (fileName: string, sheet: string, cells: number, max: number): Failure<CliError> =>
    unreadable(
      `"${fileName}", foglio "${sheet}": troppo grande (${cells.toLocaleString("it-IT")} celle usate, al massimo ${max.toLocaleString("it-IT")}, lo stesso limite del riquadro). Dividere il piano in più fogli.`,
      `"${fileName}", sheet "${sheet}": too large (${cells.toLocaleString("en-US")} used cells, at most ${max.toLocaleString("en-US")}, the task pane's limit too). Split the plan over several sheets.`
    ),
  /** `limit` and `read`: megabytes as printed. */
  inflatesTooLarge: (name: string, limit: string, read: string): Failure<CliError> =>
    unreadable(
      `"${name}" è troppo grande: decompresso supera ${limit} MB (letti ${read} MB prima di fermarsi). Può essere un file malevolo ("zip bomb") o un piano da dividere in più cartelle.`,
      `"${name}" is too large: uncompressed it exceeds ${limit} MB (${read} MB read before stopping). It may be a malicious file (zip bomb) or a plan to split over several workbooks.`
    ),
  openDocument: (name: string): Failure<CliError> =>
    unreadable(
      `"${name}" è un foglio di calcolo OpenDocument (.ods), non un file .xlsx: in LibreOffice usare File > Salva con nome > Cartella di lavoro Excel 2007-365 (.xlsx).`,
      `"${name}" is an OpenDocument spreadsheet (.ods), not an .xlsx file: in LibreOffice use File > Save As > Excel 2007-365 Workbook (.xlsx).`
    ),
  zipNotWorkbook: (name: string): Failure<CliError> =>
    unreadable(
      `"${name}" è un archivio zip ma non una cartella di lavoro Excel (.xlsx): manca la parte xl/workbook.xml.`,
      `"${name}" is a zip archive but not an Excel workbook (.xlsx): it has no xl/workbook.xml part.`
    ),
  corrupt: (name: string, detail: string): Failure<CliError> =>
    unreadable(
      `"${name}" è danneggiato o non è una cartella di lavoro Excel (${detail}).`,
      `"${name}" is corrupt or not an Excel workbook (${detail}).`
    ),
  // ------------------------------------------------------------ no layout (4), cannot write (5)
  /** `failures`: one message per sheet tried, each naming its sheet. */
  noRecognisedSheet: (fileName: string, failures: readonly Explained[]): Failure<CliError> =>
    cliFail(
      ExitCode.layoutNotFound,
      `"${fileName}": nessun foglio con un'intestazione riconoscibile. ${failures.map((f) => f.text.it).join(" ")}`,
      `"${fileName}": no sheet with a recognisable header row. ${failures.map((f) => f.text.en).join(" ")}`
    ),
  /** An engine error about one sheet, prefixed with the sheet's name. */
  inSheet: (sheet: string, error: Explained): Explained => ({
    text: { it: `foglio "${sheet}": ${error.text.it}`, en: `sheet "${sheet}": ${error.text.en}` },
  }),
  sheetProtected: (fileName: string, sheet: string): Failure<CliError> =>
    cliFail(
      ExitCode.cannotWrite,
      `"${fileName}": il foglio "${sheet}" è protetto: nessun file è stato scritto. Rimuovere la protezione (Revisione › Rimuovi protezione foglio) e riprovare, oppure usare --check.`,
      `"${fileName}": sheet "${sheet}" is protected: no file was written. Unprotect it (Review › Unprotect Sheet) and try again, or use --check.`
    ),
  /** The finding for a formula cell the file holds without a calculated value. */
  formulaNotCalculated: (reference: string): Bilingual => ({
    it: `La cella ${reference} contiene una formula senza valore calcolato (il file è stato salvato da un programma che non calcola): il suo valore non è noto ed è stato letto come vuoto. Aprire e salvare il file in Excel o LibreOffice, poi ricalcolare.`,
    en: `Cell ${reference} holds a formula with no calculated value (the file was saved by a program that does not calculate): its value is unknown and was read as blank. Open and save the file in Excel or LibreOffice, then recompute.`,
  }),
  cannotWrite: (target: string, detail: string): Failure<CliError> =>
    cliFail(
      ExitCode.cannotWrite,
      `impossibile scrivere "${target}" (${detail}).`,
      `cannot write "${target}" (${detail}).`
    ),
  // ------------------------------------------------------------ lines printed on a run
  /** An exception while recomputing one file: that file fails, the others go on. */
  fileInternalError: (fileName: string, detail: string): Failure<CliError> =>
    cliFail(
      ExitCode.internal,
      `errore interno su ${fileName}; gli altri file proseguono.`,
      `internal error on ${fileName}; the other files go on.\n${detail}`
    ),
  internalError: (detail: string): string =>
    `perf-kpi: errore interno / internal error\n${detail}\n`,
  written: (file: string): string => `Scritto / written: ${file}\n`,
  findingsFound: (count: number): string => `Rilievi trovati / findings: ${count}\n`,
  /** A hidden or very hidden sheet left alone because --sheet did not name it. */
  hiddenSheetSkipped: (fileName: string, sheet: string, veryHidden: boolean): string =>
    `Foglio ${veryHidden ? "molto nascosto" : "nascosto"} non ricalcolato: ${fileName} › "${sheet}" (indicarlo con --sheet per ricalcolarlo). / ` +
    `${veryHidden ? "Very hidden" : "Hidden"} sheet not recomputed: ${fileName} › "${sheet}" (name it with --sheet to recompute it).\n`,
  columnsUsedTitle: (fileName: string, sheet: string): string =>
    `Colonne usate per ogni ruolo / columns used for each role, ${fileName} › ${sheet}:\n`,
  noFindings: {
    it: "Nessun rilievo: i valori pubblicati corrispondono a quelli calcolati.",
    en: "No findings: the published figures match the computed ones.",
  },
} as const;
