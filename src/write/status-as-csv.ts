import type { Roster, RosterFile, RosterLine } from "../aggregate/roster.js";
import { csvField } from "./csv-cell.js";

const HEAD = ["section", "agency", "known", "state", "file", "received", "errors", "warnings", "total"];

/**
 * The roster as CSV (UTF-8, comma separated): one row per agency and per superseded file, in the
 * appendix's order; the state as a key (`missing`, `errors`, `late`, `valid`, `superseded`), the file as
 * given, the time received in ISO 8601 (UTC), the total an exact decimal string in triệu đồng. The
 * files that are not forms are not rows: they belong to no agency.
 */
export function statusAsCsv(roster: Roster): string {
  const row = (line: RosterLine, file: RosterFile | undefined, state: string) =>
    [
      csvField(line.section),
      csvField(line.agency),
      line.known ? "true" : "false",
      state,
      csvField(file?.file ?? ""),
      file?.received?.toISOString() ?? "",
      file ? String(file.errors) : "",
      file ? String(file.warnings) : "",
      file ? csvField(file.total.toFixed(), "amount") : "",
    ].join(",");
  const rows = roster.sections.flatMap((section) =>
    section.lines.flatMap((line) => [row(line, line.current, line.state), ...line.superseded.map((old) => row(line, old, old.state))]),
  );
  return `${[HEAD.join(","), ...rows].join("\n")}\n`;
}
