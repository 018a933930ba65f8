import { perfBand } from "../../src/functions/functions";
import { LocalFunctionError } from "../../src/functions/function-error";

describe("PERF_BAND: the legend of domain §7", () => {
  it.each<[unknown, string]>([
    [1, "verde"],
    [0.8001, "verde"],
    [0.8, "giallo"], // shows 80,00%: yellow
    [0.80004, "giallo"], // rounds to 80,00%
    [0.80005, "verde"], // rounds to 80,01%
    [0.6, "giallo"],
    [0.59996, "giallo"], // rounds to 60,00%
    [0.5999, "rosso"],
    [0, "rosso"],
    ["80,50%", "verde"],
    ["0,7", "giallo"],
    ["N.V.", ""],
    [null, ""],
    ["", ""],
  ])("%p is %p", (performance, band) => {
    expect(perfBand(performance)).toBe(band);
  });

  it("takes other thresholds", () => {
    expect(perfBand(0.85, 0.9, 0.7)).toBe("giallo");
    expect(perfBand(0.65, "90%", "70%")).toBe("rosso");
    expect(perfBand(0.95, 0.9, null)).toBe("verde");
  });

  it("rejects a yellow threshold above the green one", () => {
    const result: unknown = perfBand(0.5, 0.6, 0.8);
    expect(result).toBeInstanceOf(LocalFunctionError);
    expect((result as LocalFunctionError).message).toContain("Soglia del giallo");
  });

  it("rejects an unreadable performance", () => {
    const result: unknown = perfBand("buona");
    expect(result).toBeInstanceOf(LocalFunctionError);
    expect((result as LocalFunctionError).code).toBe("#VALUE!");
  });
});
