/** Scoring schemes beyond §5's two methods (domain §9–§10). */
export * from "./direction";
export * from "./excellence";
export * from "./legend-bands";
export * from "./read-legend-text";
export * from "./rollup-variants";
export * from "./scheme-messages";
export * from "./step-scale";
export * from "./threshold";
export * from "./timing";
export * from "./tolerance";
export * from "./score-with-scheme";
export * from "./band-names";
