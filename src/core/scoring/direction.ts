/** Which way is better for an operator: ≥ and > want more, ≤ and < want less, = has no direction. */
import type { Operator } from "../types";

export type Direction = "higher" | "lower";

export function directionOf(operator: Operator): Direction | null {
  switch (operator) {
    case ">=":
    case ">":
      return "higher";
    case "<=":
    case "<":
      return "lower";
    default:
      return null;
  }
}
