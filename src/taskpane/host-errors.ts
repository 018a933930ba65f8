/**
 * Errors the task pane shows, as values with an Italian and an English message, and the mapping of
 * what Office.js throws (OfficeExtension.Error codes) onto them. Nothing raw reaches the user.
 */
import { type Explained, failure, type Failure, type PerfError, type Result } from "../core";
import { MAX_SHEET_CELLS } from "../core/sheet";

export type HostErrorCode =
  | "API_MISSING" // the host lacks a required ExcelApi set
  | "PROTECTED" // the active sheet is protected
  | "EDIT_MODE" // a cell is being edited: Excel rejects every batch
  | "LAYOUT" // the core found no recognisable layout (its own message)
  | "EMPTY" // the sheet has no used range
  | "TOO_LARGE" // above the size the pane handles
  | "NO_UNDO" // no snapshot to restore
  | "SETTINGS_NOT_SAVED" // document settings could not be saved
  | "STRUCTURE_PROTECTED" // the workbook's structure is protected: the undo sheet cannot be added
  | "UNREADABLE" // Excel gave no values for part of the sheet
  | "UNDO_EXPIRED" // the sheet was recomputed or changed elsewhere since the snapshot
  | "CELL_CHANGED" // an audit fix found the cell no longer as the audit saw it
  | "UNEXPECTED";

/** The core's message shape plus what the pane needs to offer: its own code and a retry. */
export interface HostError extends Explained {
  readonly code: HostErrorCode;
  /** True when trying again may work (edit mode, a busy host). */
  readonly retry: boolean;
}

/** The core's result with the task pane's error. */
export type HostResult<T> = Result<T, HostError>;

export const hostFail = (error: HostError): Failure<HostError> => failure(error);

export const hostErrors = {
  apiMissing: (set: string): HostError => ({
    code: "API_MISSING",
    text: {
      it: `Questa versione di Excel non supporta ${set}, richiesto dal riquadro (formattazione condizionale, sospensione del calcolo). Aggiorna Excel o usa Excel per il Web.`,
      en: `This Excel version does not support ${set}, which the pane needs (conditional formatting, suspended calculation). Update Excel or use Excel on the web.`,
    },
    retry: false,
  }),
  protectedSheet: (sheet: string): HostError => ({
    code: "PROTECTED",
    text: {
      it: `Il foglio "${sheet}" è protetto: nessuna cella è stata modificata. Rimuovi la protezione (Revisione › Rimuovi protezione foglio) e riprova.`,
      en: `Sheet "${sheet}" is protected: no cell was changed. Unprotect it (Review › Unprotect Sheet) and try again.`,
    },
    retry: true,
  }),
  editMode: (): HostError => ({
    code: "EDIT_MODE",
    text: {
      it: "Excel è in modifica di una cella: esci dalla modifica della cella e riprova (Invio o Esc). Nessuna cella è stata modificata.",
      en: "Excel is editing a cell: leave the cell (Enter or Esc) and try again. No cell was changed.",
    },
    retry: true,
  }),
  layout: (error: PerfError): HostError => ({
    code: "LAYOUT",
    text: error.text,
    retry: false,
  }),
  empty: (sheet: string): HostError => ({
    code: "EMPTY",
    text: {
      it: `Il foglio "${sheet}" è vuoto: apri il foglio del piano e riprova.`,
      en: `Sheet "${sheet}" is empty: open the plan's sheet and try again.`,
    },
    retry: false,
  }),
  tooLarge: (cells: number): HostError => ({
    code: "TOO_LARGE",
    text: {
      it: `Il foglio è troppo grande (${cells.toLocaleString("it-IT")} celle usate, al massimo ${MAX_SHEET_CELLS.toLocaleString("it-IT")}, lo stesso limite della riga di comando): nessuna cella è stata letta né modificata. Dividi il piano in più fogli; se il piano è piccolo, cancella i formati delle righe e colonne vuote oltre la tabella (Excel conta anche le celle solo formattate).`,
      en: `The sheet is too large (${cells.toLocaleString("en-US")} used cells, at most ${MAX_SHEET_CELLS.toLocaleString("en-US")}, the command line's limit too): no cell was read or changed. Split the plan over several sheets; if the plan is small, clear the formats of the empty rows and columns beyond the table (Excel counts cells that are only formatted).`,
    },
    retry: false,
  }),
  cellChanged: (cell: string): HostError => ({
    code: "CELL_CHANGED",
    text: {
      it: `La cella ${cell} è cambiata dopo il ricalcolo: non è stata modificata. Ricalcola il foglio e riprova.`,
      en: `Cell ${cell} changed after the recompute: it was not modified. Recompute the sheet and try again.`,
    },
    retry: false,
  }),
  noUndo: (): HostError => ({
    code: "NO_UNDO",
    text: {
      it: "Non c'è un ricalcolo da annullare in questa cartella di lavoro.",
      en: "There is no recompute to undo in this workbook.",
    },
    retry: false,
  }),
  payloadTooLarge: (cells: number): HostError => ({
    code: "TOO_LARGE",
    text: {
      it: `Excel ha rifiutato una richiesta troppo grande (oltre 5 MB)${cells > 0 ? ` su un foglio di ${cells.toLocaleString("it-IT")} celle usate` : ""}: nessuna modifica è rimasta a metà. Usa la riga di comando (perf-kpi recompute) o dividi il piano in più fogli.`,
      en: `Excel refused a request that was too large (over 5 MB)${cells > 0 ? ` on a sheet of ${cells.toLocaleString("en-US")} used cells` : ""}: nothing was left half-written. Use the command line (perf-kpi recompute) or split the plan over several sheets.`,
    },
    retry: false,
  }),
  structureProtected: (): HostError => ({
    code: "STRUCTURE_PROTECTED",
    text: {
      it: "La struttura della cartella di lavoro è protetta: il riquadro non può aggiungere il foglio nascosto che conserva l'annullamento. Nessuna cella è stata modificata. Rimuovi la protezione (Revisione › Proteggi cartella di lavoro) e riprova.",
      en: "The workbook's structure is protected: the pane cannot add the hidden sheet that keeps the undo. No cell was changed. Unprotect it (Review › Protect Workbook) and try again.",
    },
    retry: true,
  }),
  unreadableRows: (sheet: string, row: number): HostError => ({
    code: "UNREADABLE",
    text: {
      it: `Excel non ha restituito il contenuto del foglio "${sheet}" dalla riga ${row.toLocaleString("it-IT")}: nessuna cella è stata modificata. Riduci l'area usata (elimina righe e colonne vuote formattate) o usa la riga di comando (perf-kpi recompute).`,
      en: `Excel gave no content for sheet "${sheet}" from row ${row.toLocaleString("en-US")}: no cell was changed. Shrink the used area (delete formatted empty rows and columns) or use the command line (perf-kpi recompute).`,
    },
    retry: false,
  }),
  undoExpired: (sheet: string): HostError => ({
    code: "UNDO_EXPIRED",
    text: {
      it: `Il foglio "${sheet}" è stato ricalcolato o modificato dopo l'ultimo ricalcolo del riquadro (ad esempio dalla riga di comando): la maggior parte delle celle scritte non ha più il valore di allora, l'annullamento non è più disponibile e nessuna cella è stata modificata.`,
      en: `Sheet "${sheet}" was recomputed or changed after the pane's last recompute (for example by the command line): most of the written cells no longer hold that value, so undo is no longer available and no cell was changed.`,
    },
    retry: false,
  }),
  settingsNotSaved: (detail: string): HostError => ({
    code: "SETTINGS_NOT_SAVED",
    text: {
      it: `Le impostazioni non sono state salvate nella cartella di lavoro (${detail}).`,
      en: `The settings were not saved in the workbook (${detail}).`,
    },
    retry: true,
  }),
  unexpected: (detail: string): HostError => ({
    code: "UNEXPECTED",
    text: {
      it: `Excel ha rifiutato l'operazione (${detail}). Nessuna modifica è rimasta a metà: riprova.`,
      en: `Excel rejected the operation (${detail}). Nothing was left half-written: try again.`,
    },
    retry: true,
  }),
};

/** The code of an OfficeExtension.Error (or anything thrown), else null. */
export function officeErrorCode(error: unknown): string | null {
  if (typeof error === "object" && error !== null && "code" in error) {
    const code = (error as { code: unknown }).code;
    return typeof code === "string" ? code : null;
  }
  return null;
}

/** The message of what was thrown; duck-typed, since Office.js may run in another realm (iframe). */
function errorText(error: unknown): string {
  if (typeof error === "object" && error !== null && "message" in error) {
    const message = (error as { message: unknown }).message;
    if (typeof message === "string") return message;
  }
  return typeof error === "string" ? error : "errore sconosciuto";
}

/** Maps what Office.js threw onto a HostError the pane can show. */
export function hostErrorFromOffice(
  error: unknown,
  sheetName: string,
  usedCells: number
): HostError {
  const code = officeErrorCode(error);
  const text = errorText(error);
  if (code === "InvalidOperationInCellEditMode" || /cell[- ]?edit/i.test(text))
    return hostErrors.editMode();
  if (code === "AccessDenied" && /protect/i.test(text)) return hostErrors.protectedSheet(sheetName);
  if (code === "AccessDenied" && /structure|struttura/i.test(text))
    return hostErrors.structureProtected();
  if (code === "RequestPayloadSizeLimitExceeded" || code === "ResponsePayloadSizeLimitExceeded")
    return hostErrors.payloadTooLarge(usedCells);
  return hostErrors.unexpected(code === null ? text : `${code}: ${text}`);
}
