/**
 * The edge between the engine's errors-as-values and Excel: every `PerfError` becomes a
 * `#VALUE!` error value carrying an Italian + English message that tells how to write the input.
 * Custom functions RETURN these values (they never throw), so Excel shows #VALUE! and the message
 * appears in the cell's error indicator.
 */
import type { PerfError } from "../core";

/** The Excel error code used for every unreadable argument. */
export const INVALID_VALUE = "#VALUE!";

/**
 * Same shape as `CustomFunctions.Error`, for when the global does not exist (unit tests, Node,
 * a browser page outside Excel). Inside Excel the real class is used, so the runtime recognises it.
 */
export class LocalFunctionError {
  readonly code: CustomFunctions.ErrorCode;
  readonly message: string;

  constructor(message: string) {
    this.code = INVALID_VALUE as CustomFunctions.ErrorCode;
    this.message = message;
  }
}

export type FunctionError = CustomFunctions.Error | LocalFunctionError;

/** Excel shows the message in the error indicator menu: a pasted essay is cut short. */
const MAX_MESSAGE_LENGTH = 1024;

/** `#VALUE!` with the given message, built with the runtime's class when Excel provides it. */
export function valueError(message: string): FunctionError {
  const text =
    message.length > MAX_MESSAGE_LENGTH ? `${message.slice(0, MAX_MESSAGE_LENGTH - 1)}…` : message;
  if (typeof CustomFunctions !== "undefined" && typeof CustomFunctions.Error === "function") {
    return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, text);
  }
  return new LocalFunctionError(text);
}

/** Maps an engine error to the value a custom function returns: Italian first, then English. */
export function toFunctionError(error: PerfError): FunctionError {
  return valueError(`${error.text.it} — ${error.text.en}`);
}

/** True for a value made by `valueError` (either class). */
export function isFunctionError(value: unknown): value is FunctionError {
  return (
    value instanceof LocalFunctionError ||
    (typeof CustomFunctions !== "undefined" &&
      typeof CustomFunctions.Error === "function" &&
      value instanceof CustomFunctions.Error)
  );
}
