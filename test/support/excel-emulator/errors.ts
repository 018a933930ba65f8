/**
 * Errors as Excel reports them in a response body ({ Error: { Code, Message, Location } }), and
 * the host-level failures (payload limits, cell edit mode) that come back as a failed status with
 * an Office error number, which the client library turns into its own error codes.
 */
export class EmulatorError extends Error {
  constructor(
    readonly code: string,
    message: string
  ) {
    super(message);
  }

  static invalidArgument(what: string): EmulatorError {
    return new EmulatorError(
      "InvalidArgument",
      `The argument is invalid or missing or has an incorrect format. (${what})`
    );
  }
  static itemNotFound(what: string): EmulatorError {
    return new EmulatorError("ItemNotFound", `The requested resource doesn't exist. (${what})`);
  }
  static protectedSheet(): EmulatorError {
    return new EmulatorError(
      "AccessDenied",
      "The cell or chart you're trying to change is on a protected sheet. To make a change, unprotect the sheet."
    );
  }
  static protectedStructure(): EmulatorError {
    return new EmulatorError(
      "AccessDenied",
      "The workbook's structure is protected: sheets cannot be added, deleted, renamed, hidden or shown."
    );
  }
  /** A method of an API set newer than the host's: Excel does not know it. */
  static apiNotFound(what: string): EmulatorError {
    return new EmulatorError(
      "ApiNotFound",
      `The API you are trying to use could not be found. It may be available in a newer version of Excel. (${what})`
    );
  }
  static invalidOperation(what: string): EmulatorError {
    return new EmulatorError(
      "InvalidOperation",
      `The operation is invalid for the object. (${what})`
    );
  }
}

/** A request the emulator does not know: never answered as if it had succeeded. */
export class NotEmulatedError extends Error {
  constructor(what: string) {
    super(`Excel emulator: ${what} is not emulated`);
  }
}

/** Office error numbers the host answers with a failed status (see RichApiMessageUtility). */
export const HOST_FAILURE = {
  invalidApiCallInContext: 5004, // the client library maps it to InvalidOperationInCellEditMode
  requestPayloadSizeLimitExceeded: 5103,
  responsePayloadSizeLimitExceeded: 5104,
} as const;
