import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

/** The font faces the PDF uses, by the names the renderer gives them. */
export type PdfFace = "regular" | "bold" | "italic" | "boldItalic";

/**
 * Tinos (SIL Open Font License 1.1, from `@expo-google-fonts/tinos`): Times New Roman's metrics, so the
 * PDF sets type as the workbook's Times New Roman 13 does, and every Vietnamese letter. pdfkit opens
 * the files and embeds the glyphs used; the paths are resolved, not read, here.
 */
export const TINOS_FILES: Readonly<Record<PdfFace, string>> = {
  regular: require.resolve("@expo-google-fonts/tinos/400Regular/Tinos_400Regular.ttf"),
  bold: require.resolve("@expo-google-fonts/tinos/700Bold/Tinos_700Bold.ttf"),
  italic: require.resolve("@expo-google-fonts/tinos/400Regular_Italic/Tinos_400Regular_Italic.ttf"),
  boldItalic: require.resolve("@expo-google-fonts/tinos/700Bold_Italic/Tinos_700Bold_Italic.ttf"),
};
