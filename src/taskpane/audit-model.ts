/**
 * The audit screen's model, pure (no DOM): findings grouped by kind with counts, a filter by kind
 * and by text, and how many items of each group are shown (the list is paged so that thousands of
 * findings render without freezing the pane). The counts are always for the whole list.
 */
import type { Finding, FindingCode } from "../core/sheet";
import type { Language } from "./i18n";
import { kindName } from "./finding-kinds";

export interface AuditFilter {
  /** One kind, or null for every kind. */
  readonly kind: FindingCode | null;
  /** Words to find in the cell reference, the code or the message (case and accents ignored). */
  readonly text: string;
}

export const NO_FILTER: AuditFilter = { kind: null, text: "" };

export interface KindCount {
  readonly code: FindingCode;
  readonly name: string;
  /** Findings of the kind in the whole list (filter ignored). */
  readonly total: number;
}

export interface AuditGroup {
  readonly code: FindingCode;
  readonly name: string;
  /** Findings of the kind that pass the filter, in sheet order. */
  readonly findings: readonly Finding[];
}

export interface AuditView {
  readonly total: number;
  /** Every kind present, most frequent first (ties by name): the kind filter's options. */
  readonly kinds: readonly KindCount[];
  /** Groups with at least one finding passing the filter, in the order of `kinds`. */
  readonly groups: readonly AuditGroup[];
  /** Findings passing the filter. */
  readonly matching: number;
}

/** Lower case without accents, so "societa" finds "società". */
export function foldText(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

/** The text a finding is searched in: cell reference, code and the message in both languages. */
function searchable(finding: Finding): string {
  return foldText(
    `${finding.column}${finding.row} ${finding.code} ${finding.text.it} ${finding.text.en}`
  );
}

/**
 * Groups findings by kind. Keeps, per list of findings, the folded text for the search, so a new
 * filter over the same list does not fold 5,000 messages again.
 */
export class AuditModel {
  private readonly byKind = new Map<FindingCode, Finding[]>();
  private readonly folded = new Map<Finding, string>();
  readonly kinds: readonly KindCount[];

  constructor(
    readonly findings: readonly Finding[],
    language: Language
  ) {
    for (const finding of findings) {
      const list = this.byKind.get(finding.code);
      if (list === undefined) this.byKind.set(finding.code, [finding]);
      else list.push(finding);
    }
    this.kinds = [...this.byKind.entries()]
      .map(([code, list]) => ({ code, name: kindName(code, language), total: list.length }))
      .sort((a, b) => b.total - a.total || a.name.localeCompare(b.name, language));
  }

  view(filter: AuditFilter): AuditView {
    const words = foldText(filter.text)
      .split(/\s+/)
      .filter((word) => word !== "");
    const groups: AuditGroup[] = [];
    let matching = 0;
    for (const kind of this.kinds) {
      if (filter.kind !== null && filter.kind !== kind.code) continue;
      const all = this.byKind.get(kind.code) ?? [];
      const passing =
        words.length === 0 ? all : all.filter((finding) => this.matches(finding, words));
      if (passing.length === 0) continue;
      matching += passing.length;
      groups.push({ code: kind.code, name: kind.name, findings: passing });
    }
    return { total: this.findings.length, kinds: this.kinds, groups, matching };
  }

  private matches(finding: Finding, words: readonly string[]): boolean {
    let text = this.folded.get(finding);
    if (text === undefined) {
      text = searchable(finding);
      this.folded.set(finding, text);
    }
    return words.every((word) => text.includes(word));
  }
}
