/**
 * The mark `budget template` leaves in a form it made: a workbook-level defined name whose value is the
 * agency the form was made for, as a string constant (`"Sở Tư pháp"`; `""` when made for none). A
 * defined name, because it outlives what officers do to a form: Excel and LibreOffice keep it through
 * saving as .xlsx, .xls and .ods (LibreOffice drops a name with a dot in it on .ods, hence the
 * underscores), and SheetJS reads it back from .xlsx and .xls (`Workbook.Names`). A custom document
 * property was measured too: SheetJS misreads its UTF-8 text and does not read it from .ods at all.
 */
export const TEMPLATE_AGENCY_NAME = "BUDGET_TEMPLATE_AGENCY";

/** What the mark of a form the tool made says. */
export interface TemplateMark {
  /** The agency the form was made for; empty when it was made for none. */
  readonly agency: string;
}

/** The defined name's formula for `agency`: a string constant, `"` doubled. */
export function templateMarkFormula(agency: string): string {
  return `"${agency.replaceAll('"', '""')}"`;
}

/** The mark a defined name's formula gives (`"Sở Tư pháp"`, as SheetJS or LibreOffice wrote it), or undefined when it is not a string constant. */
export function templateMarkOf(formula: string): TemplateMark | undefined {
  const constant = /^=?"((?:[^"]|"")*)"$/u.exec(formula.trim());
  return constant?.[1] === undefined ? undefined : { agency: constant[1].replaceAll('""', '"').normalize("NFC").trim() };
}
