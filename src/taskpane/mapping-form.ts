/**
 * The column mapping in the pane (domain.md §2, docs/layouts.md): for every role, the column the
 * last read used and what decided it (header words, values, the mapping), and a field where the
 * person assigns a column letter; plus the header row. What is typed is a ColumnMapping, checked
 * by the core and saved with the other settings; the next recompute uses it. The pure parts
 * (rows to show, fields to mapping) are exported for tests.
 */
import {
  ALL_ROLES,
  formatColumnMapping,
  roleName,
  validateColumnMapping,
  type ColumnMapping,
  type ColumnRole,
  type ColumnUse,
} from "../core/sheet";
import { failure, ok, type Bilingual, type Explained, type Result } from "../core";
import { byId, element, replaceChildren } from "./dom";
import type { Translator } from "./i18n";

export interface MappingRow {
  readonly role: ColumnRole;
  readonly name: Bilingual;
  /** The column the last read used for the role, or null when it found none. */
  readonly used: ColumnUse | null;
  /** The letter the person assigned (saved mapping), "" when none. */
  readonly assigned: string;
}

/** One row per role, in the roles' table order, with what was used and what is assigned. */
export function mappingRows(
  used: readonly ColumnUse[],
  mapping: ColumnMapping | null
): MappingRow[] {
  return ALL_ROLES.map((role) => ({
    role,
    name: roleName(role),
    used: used.find((use) => use.role === role) ?? null,
    assigned: mapping?.columns[role] ?? "",
  }));
}

export interface MappingFields {
  readonly headerRow: string;
  readonly columns: Readonly<Partial<Record<ColumnRole, string>>>;
}

/** Pure: the typed fields → a mapping (null when every field is blank), or the core's message. */
export function mappingFromFields(fields: MappingFields): Result<ColumnMapping | null, Explained> {
  const columns: Record<string, string> = {};
  for (const role of ALL_ROLES) {
    const letter = (fields.columns[role] ?? "").trim();
    if (letter !== "") columns[role] = letter;
  }
  const headerText = fields.headerRow.trim();
  if (headerText === "" && Object.keys(columns).length === 0) return ok(null);
  const headerRow = headerText === "" ? null : Number(headerText);
  const checked = validateColumnMapping({ headerRow, columns });
  return checked.ok ? ok(checked.value) : failure(checked.error);
}

const SOURCE = {
  header: { it: "intestazione", en: "header" },
  values: { it: "dai valori", en: "from values" },
  mapping: { it: "indicata", en: "assigned" },
} as const satisfies Readonly<Record<string, Bilingual>>;

/** The "Colonne" section of taskpane.html. */
export class MappingForm {
  private readonly table = byId("mapping-table");
  private readonly headerRow = byId<HTMLInputElement>("mapping-header-row");
  private readonly current = byId("mapping-current");

  constructor(private readonly t: Translator) {}

  /** Shows the roles with the columns the last read used and the saved assignments. */
  show(used: readonly ColumnUse[], mapping: ColumnMapping | null): void {
    const language = this.t.language;
    this.headerRow.value = mapping?.headerRow == null ? "" : String(mapping.headerRow);
    const rows = mappingRows(used, mapping).map((row) => {
      const found =
        row.used === null
          ? "—"
          : `${row.used.column}${row.used.header === "" ? "" : ` «${row.used.header}»`} (${SOURCE[row.used.source][language]})`;
      const input = element("input", {
        type: "text",
        maxlength: "3",
        size: "3",
        "data-role": row.role,
        "aria-label": `${this.t("mappingAssign")}: ${row.name[language]}`,
        value: row.assigned,
      });
      input.value = row.assigned;
      return element("tr", { "data-role": row.role }, [
        element("th", { scope: "row" }, [row.name[language]]),
        element("td", { "data-used": row.role }, [found]),
        element("td", {}, [input]),
      ]);
    });
    replaceChildren(this.table, [
      element("thead", {}, [
        element("tr", {}, [
          element("th", { scope: "col" }, [this.t("mappingRole")]),
          element("th", { scope: "col" }, [this.t("mappingUsed")]),
          element("th", { scope: "col" }, [this.t("mappingAssign")]),
        ]),
      ]),
      element("tbody", {}, rows),
    ]);
    this.current.textContent = mapping === null ? "" : formatColumnMapping(mapping);
  }

  read(): Result<ColumnMapping | null, Explained> {
    const columns: Partial<Record<ColumnRole, string>> = {};
    for (const input of Array.from(this.table.querySelectorAll<HTMLInputElement>("input"))) {
      const role = input.dataset.role as ColumnRole | undefined;
      if (role !== undefined) columns[role] = input.value;
    }
    return mappingFromFields({ headerRow: this.headerRow.value, columns });
  }
}
