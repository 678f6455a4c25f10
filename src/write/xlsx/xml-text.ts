/** Characters XML 1.0 does not allow anywhere in a document (controls other than tab, LF, CR; lone surrogates; U+FFFE/FFFF). */
const ILLEGAL = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const SPECIAL = /[&<>"]/g;
const ENTITIES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

/**
 * Text as XML character data or an attribute value: `&`, `<`, `>` and `"` escaped, characters XML 1.0
 * cannot carry dropped (a form's stray control character must not make the workbook unreadable).
 */
export function xmlText(text: string): string {
  const legal = text.replace(ILLEGAL, "");
  return legal.replace(SPECIAL, (c) => ENTITIES[c] ?? c);
}
