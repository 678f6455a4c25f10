import type { Roster, RosterFile } from "../aggregate/roster.js";
import { STATUS_SCHEMA_VERSION, UNIT } from "../schemas/constants.js";
import type { StatusDocument } from "../schemas/status-schema.js";
import { diagnosticMessage, type Lang } from "./diagnostic-message.js";

/**
 * The roster as its JSON document (`kind: "status"`): the summary counts, every agency in the
 * appendix's order with its newest file and its superseded ones, the files that are not forms.
 * Amounts are exact decimal strings in triệu đồng, times ISO 8601 in UTC.
 */
export function statusDocument(roster: Roster, lang: Lang): StatusDocument {
  const file = (f: RosterFile) => ({
    file: f.file,
    received: f.received?.toISOString() ?? null,
    state: f.state,
    errors: f.errors,
    warnings: f.warnings,
    total: f.total.toFixed(),
  });
  const s = roster.summary;
  return {
    kind: "status",
    schemaVersion: STATUS_SCHEMA_VERSION,
    unit: UNIT,
    deadline: roster.deadline ?? null,
    summary: { ...s, total: s.total.toFixed() },
    agencies: roster.sections.flatMap((section) =>
      section.lines.map((line) => ({
        section: line.section,
        agency: line.agency,
        known: line.known,
        state: line.state === "superseded" ? "valid" : line.state,
        file: line.current ? file(line.current) : null,
        superseded: line.superseded.map(file),
      })),
    ),
    notForms: roster.notForms.map((n) => ({
      file: n.file,
      kind: n.kind,
      code: n.reason?.code ?? null,
      message: n.reason ? diagnosticMessage(n.reason, lang) : null,
    })),
  };
}

/** The roster document (see `statusDocument`) as indented JSON text. */
export function statusAsJson(roster: Roster, lang: Lang): string {
  return `${JSON.stringify(statusDocument(roster, lang), null, 2)}\n`;
}
