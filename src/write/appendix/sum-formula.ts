/** Past this many references a SUM list is split or replaced: Excel takes 255 arguments per function. */
export const MAX_SUM_REFERENCES = 100;

/** The references of `rows` in column `letter`, each run of consecutive rows as one range (`C8`, `C12:C15`). */
export function rowReferences(rows: readonly number[], letter: string): string[] {
  const references: string[] = [];
  let start = rows[0];
  let end = start;
  for (const row of [...rows.slice(1), undefined]) {
    if (start === undefined || end === undefined) break;
    if (row === end + 1) {
      end = row;
      continue;
    }
    references.push(start === end ? `${letter}${start}` : `${letter}${start}:${letter}${end}`);
    start = row;
    end = row;
  }
  return references;
}

/**
 * `SUM` over the cells of `rows` in column `letter` (`SUM(C8,C12:C15)`; `0` for no rows). Past
 * {@link MAX_SUM_REFERENCES} references the list is cut into nested `SUM`s of that many, each within
 * Excel's 255 arguments.
 */
export function sumOfRows(rows: readonly number[], letter: string): string {
  const references = rowReferences(rows, letter);
  if (references.length === 0) return "0";
  if (references.length <= MAX_SUM_REFERENCES) return `SUM(${references.join(",")})`;
  const chunks: string[] = [];
  for (let i = 0; i < references.length; i += MAX_SUM_REFERENCES) chunks.push(`SUM(${references.slice(i, i + MAX_SUM_REFERENCES).join(",")})`);
  return `SUM(${chunks.join(",")})`;
}
