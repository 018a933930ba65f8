/**
 * A shared formula's text at another cell: Excel stores it once (`<f t="shared" ref="…" si="0">`) on
 * its first cell and only `<f t="shared" si="0"/>` on the others, each meaning the first cell's
 * formula with its relative references moved by the offset. Absolute parts (`$G$3`) stay; text in
 * quotes is left alone; a name followed by "(" is a function (LOG10), not a reference.
 */
import { columnIndex, columnLetter } from "../../core/sheet";

const REFERENCE = /(^|[^A-Za-z0-9_.$])(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(])/g;

function shiftPiece(piece: string, rows: number, columns: number): string {
  return piece.replace(
    REFERENCE,
    (whole, before: string, fixColumn: string, letters: string, fixRow: string, digits: string) => {
      const column = columnIndex(letters);
      if (column === null) return whole;
      const newColumn = fixColumn === "$" ? column : column + columns;
      const newRow = fixRow === "$" ? Number(digits) : Number(digits) + rows;
      if (newColumn < 0 || newRow < 1) return `${before}#REF!`;
      return `${before}${fixColumn}${columnLetter(newColumn)}${fixRow}${newRow}`;
    }
  );
}

export function shiftFormula(formula: string, rows: number, columns: number): string {
  if (rows === 0 && columns === 0) return formula;
  // Even pieces are outside string literals, odd ones inside.
  return formula
    .split('"')
    .map((piece, index) => (index % 2 === 0 ? shiftPiece(piece, rows, columns) : piece))
    .join('"');
}
