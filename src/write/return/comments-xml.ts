import { cellAddress } from "../../data/grid.js";
import { xmlText } from "../xlsx/xml-text.js";
import type { CellPlace } from "./sheet-edit.js";

/** A comment of a returned copy: the cell it sits on and its text (lines separated by `\n`). */
export interface CellComment extends CellPlace {
  readonly text: string;
}

/** The author every comment is signed with. */
export const COMMENT_AUTHOR = "budget";

/** A comments part (`xl/commentsN.xml`) holding `comments`, by {@link COMMENT_AUTHOR}. */
export function commentsXml(comments: readonly CellComment[]): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    `<authors><author>${COMMENT_AUTHOR}</author></authors><commentList>` +
    comments.map((c) => `<comment ref="${cellAddress(c.row, c.col)}" authorId="0">${commentBody(c.text)}</comment>`).join("") +
    "</commentList></comments>"
  );
}

/** The `<text>` of a comment: the author's name in bold, as Excel writes it, then the text. */
function commentBody(text: string): string {
  return (
    `<text><r><rPr><b/><sz val="9"/><rFont val="Tahoma"/></rPr><t>${COMMENT_AUTHOR}:</t></r>` +
    `<r><rPr><sz val="9"/><rFont val="Tahoma"/></rPr><t xml:space="preserve">\n${xmlText(text)}</t></r></text>`
  );
}

/**
 * The VML drawing (`xl/drawings/vmlDrawingN.vml`) that Excel and LibreOffice draw comments with: one
 * note shape per comment, anchored beside its cell, shown on hover (the cell carries the red mark) or,
 * `shown`, always open.
 * `block`: this drawing's shape-id block, unique in the workbook (shape ids are `block × 1024 + n`).
 */
export function commentsVml(comments: readonly CellComment[], block: number, shown = false): string {
  return (
    '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">' +
    `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${block}"/></o:shapelayout>` +
    '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>' +
    `${noteShapes(comments, block * 1024 + 1, shown)}</xml>`
  );
}

/**
 * The VML note shapes of `comments`, their ids from `firstId` on, each anchored beside its cell; shown
 * on hover, or always open when `shown`.
 */
export function noteShapes(comments: readonly CellComment[], firstId: number, shown = false): string {
  return comments
    .map((c, i) => {
      // Anchor: left column, offset, top row, offset, right column, offset, bottom row, offset.
      const anchor = [c.col + 1, 15, Math.max(0, c.row - 1), 10, c.col + 4, 15, c.row + 5, 4].join(", ");
      return (
        `<v:shape id="_x0000_s${firstId + i}" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:216pt;height:100pt;z-index:${i + 1};visibility:${shown ? "visible" : "hidden"}" fillcolor="#ffffe1" o:insetmode="auto">` +
        '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>' +
        '<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
        `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${anchor}</x:Anchor><x:AutoFill>False</x:AutoFill>` +
        `<x:Row>${c.row}</x:Row><x:Column>${c.col}</x:Column>${shown ? "<x:Visible/>" : ""}</x:ClientData></v:shape>`
      );
    })
    .join("");
}
