/**
 * The one result type of every layer: a value, or an error carried as a value. The core fails with
 * a `PerfError`; adapters extend the error (a host error adds `retry`, a command-line error its
 * exit code), never the shape: every error says what is wrong in `text`, Italian and English.
 */
import type { Bilingual } from "./bilingual";

/** Anything that tells a person what went wrong, in both languages. */
export interface Explained {
  readonly text: Bilingual;
}

export interface Success<T> {
  readonly ok: true;
  readonly value: T;
}

export interface Failure<E> {
  readonly ok: false;
  readonly error: E;
}

export type Result<T, E = PerfError> = Success<T> | Failure<E>;

export const ok = <T>(value: T): Success<T> => ({ ok: true, value });

/** A failure carrying any error type (an adapter's own, or a `PerfError` already built). */
export const failure = <E>(error: E): Failure<E> => ({ ok: false, error });

/** Stable English codes; the Italian message is for people, the code is for programs and tests. */
export type ErrorCode =
  | "VALUE_UNREADABLE" // a number/percentage/date written in a way we cannot read
  | "TARGET_UNREADABLE" // a target with no number in it (e.g. "≤ dato medio nazionale")
  | "TARGET_MISSING" // blank target
  | "OPERATOR_UNREADABLE" // an operator cell/argument we cannot read
  | "NO_TARGET_FOR_YEAR" // multi-year target without the plan year
  | "METHOD_UNKNOWN" // method argument not proportional/binary
  | "WEIGHT_UNREADABLE" // weight that is not a percentage/number
  | "ARGUMENT_INVALID" // any other bad argument of a custom function
  | "LAYOUT_NOT_FOUND" // no recognisable header row in a sheet
  | "MAPPING_INVALID" // a column mapping (role → column) that cannot be used
  | "SCHEME_INVALID" // a scoring scheme's parameters do not fit (threshold on the wrong side, …)
  | "SETTING_INVALID"; // a setting out of its range or of the wrong kind

/** An error of the engine. */
export interface PerfError extends Explained {
  readonly code: ErrorCode;
}

/** A core failure from its code and its message, Italian then English. */
export const fail = (code: ErrorCode, it: string, en: string): Failure<PerfError> =>
  failure({ code, text: { it, en } });
