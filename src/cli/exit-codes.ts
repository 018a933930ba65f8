/**
 * Exit codes of `perf-kpi` (documented in the README and in `--help`). With several input files the
 * command goes on after a failing file and exits with the highest code met.
 */
export const ExitCode = {
  /** Everything recomputed (and, with --check, no finding). */
  ok: 0,
  /** --check only: the audit found something. */
  findings: 1,
  /** Bad command line: unknown option, bad --as-of / --plan-year / --method, unknown --sheet. */
  usage: 2,
  /** An input cannot be read: missing, not an xlsx, password protected, corrupt. */
  unreadableInput: 3,
  /** No worksheet with a recognisable header row (or the --sheet named has none). */
  layoutNotFound: 4,
  /** The output (workbook or JSON) cannot be written. */
  cannotWrite: 5,
  /** An unexpected error: a bug, reported with its stack on stderr. */
  internal: 70,
} as const;

export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];
