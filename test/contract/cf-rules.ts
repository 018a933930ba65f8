/**
 * Test helper: the conditional-format rules of a worksheet part as Excel reads them: each
 * `<cfRule type="expression">` with the ranges of its `<conditionalFormatting sqref>`, its formula,
 * the fill colour of its differential format (styles.xml `<dxfs>`), its priority and stopIfTrue.
 */
export interface CfRule {
  /** "A4:H142" (several ranges separated by spaces, as sqref writes them). */
  readonly sqref: string;
  /** Without the leading "=". */
  readonly formula: string;
  /** #RRGGBB of the rule's fill, or null (a rule that sets no fill, e.g. a font colour). */
  readonly fill: string | null;
  readonly priority: number;
  readonly stopIfTrue: boolean;
}

function decode(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

function attributeOf(tag: string, name: string): string | null {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1] ?? null;
}

/** The fill colour of each dxf, by index. */
function dxfFills(stylesXml: string): (string | null)[] {
  const block = /<dxfs[^>]*>([\s\S]*?)<\/dxfs>/.exec(stylesXml)?.[1] ?? "";
  return [...block.matchAll(/<dxf>([\s\S]*?)<\/dxf>|<dxf\/>/g)].map((match) => {
    const fill = /<fill>[\s\S]*?<\/fill>/.exec(match[1] ?? "")?.[0] ?? "";
    const rgb = /<bgColor rgb="([0-9A-Fa-f]{8})"/.exec(fill)?.[1];
    return rgb === undefined ? null : `#${rgb.slice(2).toUpperCase()}`;
  });
}

export function readCfRules(sheetXml: string, stylesXml: string): CfRule[] {
  const fills = dxfFills(stylesXml);
  const rules: CfRule[] = [];
  for (const block of sheetXml.matchAll(
    /<conditionalFormatting\b([^>]*)>([\s\S]*?)<\/conditionalFormatting>/g
  )) {
    const sqref = attributeOf(block[1] ?? "", "sqref") ?? "";
    for (const rule of (block[2] ?? "").matchAll(/<cfRule\b([^>]*)>([\s\S]*?)<\/cfRule>/g)) {
      const tag = rule[1] ?? "";
      if (attributeOf(tag, "type") !== "expression") continue;
      const dxf = attributeOf(tag, "dxfId");
      rules.push({
        sqref,
        formula: decode(/<formula>([\s\S]*?)<\/formula>/.exec(rule[2] ?? "")?.[1] ?? ""),
        fill: dxf === null ? null : (fills[Number(dxf)] ?? null),
        priority: Number(attributeOf(tag, "priority") ?? 0),
        stopIfTrue: /^(1|true)$/.test(attributeOf(tag, "stopIfTrue") ?? ""),
      });
    }
  }
  return rules;
}
