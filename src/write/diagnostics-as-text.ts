import type { Diagnostic } from "../data/diagnostic.js";
import { diagnosticHint, diagnosticLocation, diagnosticMessage, type Lang } from "./diagnostic-message.js";

const SEVERITY_WORD: Readonly<Record<Lang, Readonly<Record<Diagnostic["severity"], string>>>> = {
  vi: { error: "lỗi", warning: "cảnh báo", info: "thông tin" },
  en: { error: "error", warning: "warning", info: "info" },
};

/** Paints a piece of text; the identity when colour is off. */
export type Paint = (kind: "error" | "warning" | "info" | "dim", text: string) => string;

/**
 * Renders diagnostics as text, one block each: `file:sheet!cell: severity CODE message`, then the
 * row's code and name and a hint. Pure: colour comes in as a function.
 */
export function diagnosticsAsText(diagnostics: readonly Diagnostic[], lang: Lang, paint: Paint = (_, t) => t): string {
  const lines: string[] = [];
  for (const d of diagnostics) {
    lines.push(`${diagnosticLocation(d)}: ${paint(d.severity, `${SEVERITY_WORD[lang][d.severity]} ${d.code}`)} ${diagnosticMessage(d, lang)}`);
    if (d.rowCode || d.rowName) lines.push(paint("dim", `    ${[d.rowCode, d.rowName].filter(Boolean).join(" ")}`));
    if (d.severity !== "info") lines.push(paint("dim", `    → ${diagnosticHint(d, lang)}`));
  }
  return lines.length > 0 ? `${lines.join("\n")}\n` : "";
}

/** The closing summary line: `✖ 3 lỗi, 2 cảnh báo trong 2/19 tệp` or `✔ …`. */
export function summaryLine(diagnostics: readonly Diagnostic[], fileCount: number, lang: Lang): string {
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  const warnings = diagnostics.filter((d) => d.severity === "warning").length;
  const filesWith = new Set(diagnostics.filter((d) => d.severity !== "info").map((d) => d.file)).size;
  const mark = errors > 0 ? "✖" : "✔";
  return lang === "vi"
    ? `${mark} ${errors} lỗi, ${warnings} cảnh báo trong ${filesWith}/${fileCount} tệp\n`
    : `${mark} ${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"} in ${filesWith}/${fileCount} file${fileCount === 1 ? "" : "s"}\n`;
}
