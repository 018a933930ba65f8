/** What main() writes to: process.stdout/stderr in real use, string collectors in tests. */
export interface OutputStream {
  write(text: string): unknown;
  /** True when a terminal is attached (progress bar); absent or false otherwise (plain lines). */
  readonly isTTY?: boolean;
  readonly columns?: number;
}

export interface CliIo {
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;
}
