/**
 * The sheet model's public surface: what the task pane and the command line call. The other
 * modules of this folder are its steps (layout, rows, tree, scores, audit, writes).
 */
export { recomputeSheet } from "./recompute-sheet";
export { cellAddress, columnIndex, columnLetter, rangeAddress } from "./a1";
export { OUR_LEGEND_TITLE, isOurLegendTitle } from "./legend-title";
export { NOT_EVALUATED_TEXT } from "../not-evaluable";
export { PERFORMANCE_FORMAT } from "./plan-writes";
export { isOurFormula } from "./our-formula";
export { MAX_SHEET_CELLS, LAST_ROW_INDEX, LAST_COLUMN_INDEX, isInsideGrid } from "./limits";
export type * from "./sheet-types";
export { ourBandFormulaTest } from "./band-rules";
export { legendFillCells } from "./legend-from-sheet";
export {
  EMPTY_MAPPING,
  formatColumnMapping,
  parseColumnMapping,
  validateColumnMapping,
  type ColumnMapping,
} from "./column-mapping";
export { ALL_ROLES, COLUMN_ROLES, roleName } from "./column-roles";
