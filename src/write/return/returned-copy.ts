import type { Grid } from "../../data/grid.js";
import type { Lang } from "../diagnostic-message.js";
import { xlsxPackageParts } from "../xlsx/xlsx-package.js";
import { annotatedPackage, MINIMAL_STYLES, type Part } from "./annotate-package.js";
import { gridAsParts } from "./grid-as-parts.js";
import { withoutPreviousReturn } from "./previous-return.js";
import { annotationsOf, type ReturnedForm, resultsSheetName } from "./return-content.js";

/** The names of the results sheet in every language: an earlier return's sheet, whichever it was. */
const RESULTS_SHEET_NAMES = [resultsSheetName("vi"), resultsSheetName("en")];

/** What a returned copy is made from: the agency's Excel package, or the grid read from any other file. */
export type ReturnSource = { readonly kind: "excel"; readonly parts: readonly Part[] } | { readonly kind: "grid"; readonly grid: Grid };

/** A returned copy's bytes and the extension they call for (`.xlsm` keeps its macros' package type). */
export interface ReturnedCopy {
  readonly bytes: Uint8Array;
  readonly extension: ".xlsx" | ".xlsm";
}

const MACRO_WORKBOOK = "application/vnd.ms-excel.sheet.macroEnabled.main+xml";

/**
 * The copy of an agency's form that goes back to it, in `lang`: its own package (cleared of an earlier
 * return's sheet, comments and highlight, when the agency sent back the copy it got) with the findings
 * on their cells and the results sheet first (`annotatedPackage`), or, for an .xls, .ods or CSV
 * file, a new .xlsx built from its grid and annotated the same way. Stamped `date`. The comments show on
 * hover, or, `shown`, always open.
 */
export async function returnedCopy(
  form: ReturnedForm,
  source: ReturnSource,
  lang: Lang,
  date: Date,
  options: { readonly shown?: boolean } = {},
): Promise<ReturnedCopy> {
  const shown = options.shown === true;
  if (source.kind === "excel") {
    const types = source.parts.find((part) => part.name === "[Content_Types].xml");
    const macro = types !== undefined && new TextDecoder().decode(types.data).includes(MACRO_WORKBOOK);
    const parts = withoutPreviousReturn(source.parts, RESULTS_SHEET_NAMES);
    return { bytes: await annotatedPackage(parts, { ...annotationsOf(form, lang), shown }, date), extension: macro ? ".xlsm" : ".xlsx" };
  }
  const { parts, sheetNames } = gridAsParts(source.grid, date);
  const annotations = { ...annotationsOf(form, lang, (name) => sheetNames.get(name) ?? name), shown };
  return { bytes: await annotatedPackage(parts, annotations, date), extension: ".xlsx" };
}

/** The note sent with `--all` to an agency whose form has no findings: a workbook of the results sheet alone. */
export async function validNote(form: ReturnedForm, lang: Lang, date: Date): Promise<Uint8Array> {
  const parts = xlsxPackageParts([], date, { styles: MINIMAL_STYLES }).map((entry) => ({ name: entry.name, data: new Uint8Array(Buffer.concat(entry.data)) }));
  return annotatedPackage(parts, annotationsOf(form, lang), date);
}
