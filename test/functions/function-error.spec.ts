import {
  LocalFunctionError,
  isFunctionError,
  toFunctionError,
  valueError,
} from "../../src/functions/function-error";

/** A stand-in for the runtime's CustomFunctions namespace, as Excel defines it. */
class RuntimeError {
  constructor(
    readonly code: string,
    readonly message?: string
  ) {}
}
const runtime = {
  Error: RuntimeError,
  ErrorCode: { invalidValue: "#VALUE!" },
  associate: jest.fn(),
};
const globals = globalThis as { CustomFunctions?: unknown };

describe("custom-function errors", () => {
  afterEach(() => {
    delete globals.CustomFunctions;
  });

  it("outside Excel, builds a value of the same shape as CustomFunctions.Error", () => {
    const error = valueError("Target mancante — Target missing");
    expect(error).toBeInstanceOf(LocalFunctionError);
    expect({ code: error.code, message: error.message }).toEqual({
      code: "#VALUE!",
      message: "Target mancante — Target missing",
    });
    expect(isFunctionError(error)).toBe(true);
    expect(isFunctionError(0.5)).toBe(false);
    expect(isFunctionError({ code: "#VALUE!" })).toBe(false);
  });

  it("inside Excel, builds the runtime's own CustomFunctions.Error with ErrorCode.invalidValue", () => {
    globals.CustomFunctions = runtime;
    const error = valueError("messaggio");
    expect(error).toBeInstanceOf(RuntimeError);
    expect({ code: error.code, message: error.message }).toEqual({
      code: "#VALUE!",
      message: "messaggio",
    });
    expect(isFunctionError(error)).toBe(true);
  });

  it("maps an engine error: Italian first, then English", () => {
    const error = toFunctionError({
      code: "METHOD_UNKNOWN",
      text: { it: "Metodo sconosciuto", en: "Unknown method" },
    });
    expect(error.message).toBe("Metodo sconosciuto — Unknown method");
    expect(error.code).toBe("#VALUE!");
  });

  it("shortens an overlong message", () => {
    const error = valueError("x".repeat(5000));
    expect(error.message?.length).toBe(1024);
    expect(error.message?.endsWith("…")).toBe(true);
  });
});
