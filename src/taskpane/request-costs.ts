/**
 * What each write costs in a request, in bytes, as the Office.js client library serialises it:
 * the object path of the range, the instantiate and keep-reference actions, each property set
 * with its JSON argument. Measured on the real library (test/taskpane/request-costs.spec.ts
 * checks every estimate against the serialised request, through the Excel emulator) and rounded
 * up: a batch packed by these estimates stays under Excel on the web's 5 MB request limit.
 */
import { jsonBytes, type WriteBlock } from "./write-blocks";

/** Excel on the web refuses a request or a response above 5 MB. */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;
/** The share of the limit a batch is packed to: the rest is headroom for what estimates miss. */
export const BATCH_BUDGET_SHARE = 0.8;

/** The request's envelope and the worksheet's object path, once per request. */
export const REQUEST_ENVELOPE_BYTES = 700;
/** A range by indexes or address, instantiated and kept, with one property set (its value apart). */
export const RANGE_WRITE_BYTES = 650;
/** Each further property set on the same range (number formats next to values). */
export const EXTRA_PROPERTY_BYTES = 160;
/** A custom conditional format added with its formula and fill (formula text apart). */
export const CONDITIONAL_FORMAT_BYTES = 1700;
/** A cell fill set or cleared. */
export const FILL_BYTES = 850;
/** A conditional format deleted (its object path came from an earlier request). */
export const DELETE_RULE_BYTES = 450;
/** A range cleared, a sheet added and hidden, a name added: small fixed operations. */
export const SMALL_OPERATION_BYTES = 900;

export function blockWriteBytes(block: WriteBlock): number {
  const formats =
    block.numberFormats === null ? 0 : jsonBytes(block.numberFormats) + EXTRA_PROPERTY_BYTES;
  return RANGE_WRITE_BYTES + jsonBytes(block.entries) + formats;
}

export function ruleWriteBytes(address: string, formula: string): number {
  return CONDITIONAL_FORMAT_BYTES + jsonBytes(address) + jsonBytes(formula);
}

/** The budget of one batch under a request limit. */
export function batchBudget(limitBytes: number): number {
  return Math.floor(limitBytes * BATCH_BUDGET_SHARE) - REQUEST_ENVELOPE_BYTES;
}
