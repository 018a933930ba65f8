/** The one settings model: defaults, ranges, readers from text and JSON, checks, resolution. */
export * from "./defaults";
export * from "./parse-method";
export * from "./resolve-settings";
export * from "./setting-fields";
export * from "./setting-messages";
export * from "./settings-json";
export * from "./validate-settings";
