/** The UTF-8 byte order mark, as the one character it decodes to. */
const BOM = "\uFEFF";

/**
 * CSV text as it goes into a file: behind a UTF-8 byte order mark, without which Excel on a
 * Vietnamese Windows opens a CSV as Windows-1258 and garbles every diacritic (`Sá»Ÿ` for `Sở`).
 * Only files get it: on stdout the mark would reach a pipe or a script as a stray first character.
 */
export function csvFileText(csv: string): string {
  return csv.startsWith(BOM) ? csv : `${BOM}${csv}`;
}
