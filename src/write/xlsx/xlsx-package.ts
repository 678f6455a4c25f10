import { APPENDIX_STYLES } from "./styles.js";
import { xmlText } from "./xml-text.js";
import { type ZipEntry, zipArchive } from "./zip-archive.js";

/** A worksheet of the package: its name, its part's XML (UTF-8 bytes, in pieces), and the rows printed on every page. */
export interface PackageSheet {
  readonly name: string;
  readonly xml: readonly Uint8Array[];
  /** First and last row repeated at the top of every printed page. */
  readonly printTitles?: readonly [number, number];
  /** First and last column (letters) repeated at the left of every printed page, for a sheet printed several pages wide. */
  readonly printTitleColumns?: readonly [string, string];
  /** Hidden from the tabs (lists the other sheets' drop-downs read). */
  readonly hidden?: boolean;
}

/** What the workbook part says besides its sheets: the style table's XML, and whether to recalculate on opening. */
export interface PackageOptions {
  readonly styles: string;
  /** `fullCalcOnLoad`: formulas whose cached values were not worked out are calculated when the file is opened. */
  readonly recalculate?: boolean;
  /** Workbook-level defined names besides the print titles: each name and its formula (without `=`). */
  readonly definedNames?: ReadonlyArray<{ readonly name: string; readonly formula: string }>;
}

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PACKAGE_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const SHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";

/**
 * The .xlsx bytes of `sheets` (SpreadsheetML package: content types, relationships, document
 * properties by `budget` dated `date`, the workbook with print titles as defined names, the style
 * table (the appendix's unless `options` give one), the sheets), zipped with every entry stamped `date`: the same sheets give the same bytes.
 */
export async function xlsxPackage(sheets: readonly PackageSheet[], date: Date, options: PackageOptions = { styles: APPENDIX_STYLES.xml }): Promise<Uint8Array> {
  return zipArchive(xlsxPackageParts(sheets, date, options), date);
}

/** The parts of the package {@link xlsxPackage} zips, in their order in the archive. */
export function xlsxPackageParts(sheets: readonly PackageSheet[], date: Date, options: PackageOptions = { styles: APPENDIX_STYLES.xml }): ZipEntry[] {
  const stamp = date.toISOString().replace(/\.\d{3}Z$/u, "Z");
  const sheetParts = sheets.map((sheet, i) => ({ sheet, path: `worksheets/sheet${i + 1}.xml` }));
  const contentTypes =
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    sheetParts.map(({ path }) => `<Override PartName="/xl/${path}" ContentType="${SHEET_TYPE}"/>`).join("") +
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
    '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>' +
    "</Types>";
  const rootRels =
    `${XML_HEAD}<Relationships xmlns="${PACKAGE_REL}">` +
    `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/>` +
    `<Relationship Id="rId2" Type="${PACKAGE_REL}/metadata/core-properties" Target="docProps/core.xml"/>` +
    `<Relationship Id="rId3" Type="${REL}/extended-properties" Target="docProps/app.xml"/>` +
    "</Relationships>";
  const core =
    `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
    `<dc:creator>budget</dc:creator><cp:lastModifiedBy>budget</cp:lastModifiedBy>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${stamp}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${stamp}</dcterms:modified>` +
    "</cp:coreProperties>";
  const app =
    `${XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">` +
    `<Application>budget</Application><TitlesOfParts><vt:vector size="${sheets.length}" baseType="lpstr">` +
    sheets.map((sheet) => `<vt:lpstr>${xmlText(sheet.name)}</vt:lpstr>`).join("") +
    "</vt:vector></TitlesOfParts></Properties>";
  const names = [
    ...sheets.flatMap((sheet, i) => {
      const quoted = `'${sheet.name.replaceAll("'", "''")}'!`;
      // Columns before rows, as Excel writes a sheet's print titles that have both.
      const ranges = [
        ...(sheet.printTitleColumns === undefined ? [] : [`${quoted}$${sheet.printTitleColumns[0]}:$${sheet.printTitleColumns[1]}`]),
        ...(sheet.printTitles === undefined ? [] : [`${quoted}$${sheet.printTitles[0]}:$${sheet.printTitles[1]}`]),
      ];
      return ranges.length === 0 ? [] : [`<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${xmlText(ranges.join(","))}</definedName>`];
    }),
    ...(options.definedNames ?? []).map(({ name, formula }) => `<definedName name="${xmlText(name)}">${xmlText(formula)}</definedName>`),
  ];
  const workbook =
    `${XML_HEAD}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL}">` +
    "<bookViews><workbookView/></bookViews><sheets>" +
    sheets
      .map((sheet, i) => `<sheet name="${xmlText(sheet.name)}" sheetId="${i + 1}"${sheet.hidden === true ? ' state="hidden"' : ""} r:id="rId${i + 1}"/>`)
      .join("") +
    `</sheets>${names.length > 0 ? `<definedNames>${names.join("")}</definedNames>` : ""}<calcPr calcId="171027"${options.recalculate === true ? ' fullCalcOnLoad="1"' : ""}/></workbook>`;
  const workbookRels =
    `${XML_HEAD}<Relationships xmlns="${PACKAGE_REL}">` +
    sheetParts.map(({ path }, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="${path}"/>`).join("") +
    `<Relationship Id="rId${sheets.length + 1}" Type="${REL}/styles" Target="styles.xml"/>` +
    "</Relationships>";
  const text = (name: string, xml: string) => ({ name, data: [Buffer.from(xml, "utf8")] });
  return [
    text("[Content_Types].xml", contentTypes),
    text("_rels/.rels", rootRels),
    text("docProps/core.xml", core),
    text("docProps/app.xml", app),
    text("xl/workbook.xml", workbook),
    text("xl/_rels/workbook.xml.rels", workbookRels),
    text("xl/styles.xml", options.styles),
    ...sheetParts.map(({ sheet, path }) => ({ name: `xl/${path}`, data: sheet.xml })),
  ];
}
