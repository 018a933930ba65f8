/** A failure of the command line, carried as a value up to main(), which prints it and exits. */
import { type Explained, failure, type Failure, type Result } from "../core";
import type { ExitCodeValue } from "./exit-codes";

/** The core's message shape plus the exit code the process ends with. */
export interface CliError extends Explained {
  readonly exitCode: ExitCodeValue;
}

/** The core's result with the command line's error. */
export type CliResult<T> = Result<T, CliError>;

export const cliFail = (exitCode: ExitCodeValue, it: string, en: string): Failure<CliError> =>
  failure({ exitCode, text: { it, en } });

/** The two lines printed on stderr: Italian first, English second. */
export function formatCliError(error: CliError): string {
  return `perf-kpi: ${error.text.it}\nperf-kpi: ${error.text.en}\n`;
}
