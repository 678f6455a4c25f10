import type { Plan } from "../../plan/schema.js";
import { TINOS_FILES } from "./fonts.js";
import type { PdfDocument } from "./pdf-document.js";

const SIZE = 13;
/** Room left for the signatures (and the seal) between the titles and the names, in points. */
const SIGNING_ROOM = 64;

/** The date line: `Quảng Ngãi, ngày … tháng … năm …`, left blank for the day it is signed. */
export function dateLine(place: string): string {
  const trimmed = place.trim();
  return trimmed === "" ? "Ngày … tháng … năm …" : `${trimmed}, ngày … tháng … năm …`;
}

/** The height of the signature block, so that it is never split over two pages. */
export function signatureHeight(doc: PdfDocument): number {
  doc.font(TINOS_FILES.regular).fontSize(SIZE);
  return 3 * doc.currentLineHeight(true) + SIGNING_ROOM + doc.currentLineHeight(true);
}

/**
 * Draws the signature block at `y` across `width` points from `x`, from the plan's `output`: the date
 * line over the right half, the preparer's title on the left and the head's on the right, room to
 * sign, and their names (blank lines when the plan names no one).
 */
export function drawSignatureBlock(doc: PdfDocument, output: Plan["output"], x: number, y: number, width: number): void {
  const half = width / 2;
  doc.font(TINOS_FILES.italic).fontSize(SIZE);
  const line = doc.currentLineHeight(true);
  doc.text(dateLine(output.place), x + half, y, { width: half, align: "center" });
  const titles = y + 1.5 * line;
  doc.font(TINOS_FILES.bold).fontSize(SIZE);
  doc.text(output.preparerTitle, x, titles, { width: half, align: "center" });
  doc.text(output.headTitle, x + half, titles, { width: half, align: "center" });
  const names = titles + line + SIGNING_ROOM;
  if (output.preparerName !== "") doc.text(output.preparerName, x, names, { width: half, align: "center" });
  if (output.headName !== "") doc.text(output.headName, x + half, names, { width: half, align: "center" });
}
