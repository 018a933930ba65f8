import { contrast, paneTheme, parseHex } from "../../src/taskpane/pane-theme";

const LIGHT = {
  bodyBackgroundColor: "#FFFFFF",
  bodyForegroundColor: "#262626",
  controlBackgroundColor: "#FFFFFF",
  controlForegroundColor: "#262626",
};
const BLACK = {
  bodyBackgroundColor: "#262626",
  bodyForegroundColor: "#FFFFFF",
  controlBackgroundColor: "#363636",
  controlForegroundColor: "#F0F0F0",
};
const HIGH_CONTRAST = {
  bodyBackgroundColor: "#000000",
  bodyForegroundColor: "#FFFFFF",
  controlBackgroundColor: "#000000",
  controlForegroundColor: "#FFFFFF",
};

const ratio = (a: string, b: string): number => contrast(parseHex(a)!, parseHex(b)!);

describe("the pane's palette from Office's theme", () => {
  it("reads light, dark (Black) and high contrast from the body colours", () => {
    expect(paneTheme(LIGHT, false).mode).toBe("light");
    expect(paneTheme(BLACK, false).mode).toBe("dark");
    // #000000 on #FFFFFF: 21:1 on a black body.
    expect(paneTheme(HIGH_CONTRAST, false).mode).toBe("high-contrast");
    // Windows high contrast (forced colours) wins over any theme colour.
    expect(paneTheme(LIGHT, true).mode).toBe("high-contrast");
    // No theme from the host: light.
    expect(paneTheme(null, false).mode).toBe("light");
  });

  it("uses Office's colours and keeps every text colour at 4.5:1 or more on its background", () => {
    for (const office of [LIGHT, BLACK, HIGH_CONTRAST]) {
      const { colours } = paneTheme(office, false);
      expect(colours.background).toBe(office.bodyBackgroundColor);
      expect(colours.foreground).toBe(office.bodyForegroundColor);
      for (const text of [colours.foreground, colours.muted, colours.accent])
        expect(ratio(text, colours.background)).toBeGreaterThanOrEqual(4.5);
      expect(ratio(colours.error, colours.errorBackground)).toBeGreaterThanOrEqual(4.5);
    }
  });

  it("replaces a foreground that cannot be read on its background", () => {
    // #777777 on #808080 is about 1.2:1: the pane writes black on that mid grey.
    const { colours } = paneTheme(
      { bodyBackgroundColor: "#808080", bodyForegroundColor: "#777777" },
      false
    );
    expect(colours.foreground).toBe("#000000");
  });

  it("luminance: white 1, black 0, #262626 about 0.019 (sRGB: ((38/255+0.055)/1.055)^2.4)", () => {
    expect(paneTheme(LIGHT, false).luminance).toBeCloseTo(1, 10);
    expect(paneTheme(HIGH_CONTRAST, false).luminance).toBe(0);
    expect(paneTheme(BLACK, false).luminance).toBeCloseTo(0.0194, 3);
  });
});
