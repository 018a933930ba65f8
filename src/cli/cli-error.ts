/** A failure of the command line, carried as a value up to main(), which prints it and exits. */
import type { ExitCodeValue } from "./exit-codes";

export interface CliError {
  readonly exitCode: ExitCodeValue;
  /** Italian, for people. */
  readonly message: string;
  /** English translation. */
  readonly messageEn: string;
}

export type CliResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: CliError };

export const cliOk = <T>(value: T): CliResult<T> => ({ ok: true, value });

export const cliFail = <T = never>(
  exitCode: ExitCodeValue,
  message: string,
  messageEn: string
): CliResult<T> => ({
  ok: false,
  error: { exitCode, message, messageEn },
});

/** The two lines printed on stderr: Italian first, English second. */
export function formatCliError(error: CliError): string {
  return `perf-kpi: ${error.message}\nperf-kpi: ${error.messageEn}\n`;
}
