/** The pure engine: everything the adapters (custom functions, task pane, command line) may call. */
export * from "./types";
export * from "./messages";
export * from "./excel-date";
export * from "./number-format";
export * from "./not-evaluable";
export * from "./parse-number";
export * from "./parse-date";
export * from "./parse-value";
export * from "./parse-operator";
export * from "./parse-target";
export * from "./parse-weight";
export * from "./settings";
export * from "./scoring";
export * from "./score-kpi";
export * from "./rollup";
export * from "./classify";
export * from "./bounded-cache";
