/** Rows repeated beyond this are padding to the sheet's end, never data. */
const MAX_REPEAT = 10_000;

const TAG = /<(\/?)table:(table-row|table)(?=[\s/>])([^>]*)>/g;

/**
 * The hidden rows of each sheet of an ODS `content.xml`, by sheet index: rows whose
 * `table:visibility` is `collapse` or `filter`. SheetJS does not report them for ODS. Rows are counted
 * as SheetJS counts them (`table:number-rows-repeated` included), so the indexes match its grid.
 * Returns an empty list without scanning when no row is hidden.
 */
export function odsHiddenRows(contentXml: string): ReadonlyArray<ReadonlySet<number>> {
  if (!contentXml.includes("table:visibility=")) return [];
  const sheets: Set<number>[] = [];
  let hidden: Set<number> | undefined;
  let row = 0;
  TAG.lastIndex = 0;
  for (let match = TAG.exec(contentXml); match; match = TAG.exec(contentXml)) {
    const [, closing, name, attributes = ""] = match;
    if (name === "table") {
      if (closing) hidden = undefined;
      else if (!attributes.endsWith("/")) {
        hidden = new Set();
        sheets.push(hidden);
        row = 0;
      }
      continue;
    }
    if (!hidden || closing) continue;
    const repeat = Number(/table:number-rows-repeated="(\d+)"/.exec(attributes)?.[1] ?? 1) || 1;
    if (/table:visibility="(collapse|filter)"/.test(attributes)) for (let i = 0; i < Math.min(repeat, MAX_REPEAT); i++) hidden.add(row + i);
    row += repeat;
  }
  return sheets;
}
