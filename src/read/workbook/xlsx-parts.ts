import type { ZipEntry } from "../zip/zip-guard.js";
import { ooxmlPackage } from "./ooxml-package.js";

/**
 * The part path of each sheet of an .xlsx or .xlsm, by sheet index in workbook order (the order of
 * SheetJS's `SheetNames`); undefined where the workbook names no part. Paths are normalised (see
 * `partKey`): read them with {@link xlsxPartText}.
 */
export function xlsxSheetPaths(entries: readonly ZipEntry[]): ReadonlyArray<string | undefined> {
  return ooxmlPackage(entries).sheetParts();
}

/** The path of the workbook's styles part: the one its relationships name, else `xl/styles.xml`. */
export function xlsxStylesPath(entries: readonly ZipEntry[]): string {
  return ooxmlPackage(entries).related("/styles") ?? "xl/styles.xml";
}

/** The text of a part, its name compared as SheetJS compares names (`XL\Styles.xml` is `xl/styles.xml`); empty when there is none. */
export function xlsxPartText(entries: readonly ZipEntry[], name: string): string {
  return ooxmlPackage(entries).text(name);
}
