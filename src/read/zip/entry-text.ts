import type { ZipEntry } from "./zip-guard.js";

const textDecoder = new TextDecoder("utf-8");

const entryTexts = new WeakMap<ZipEntry, string>();

/** The text (UTF-8) of an entry, decoded once however many checks read it. */
export function zipEntryText(entry: ZipEntry): string {
  let text = entryTexts.get(entry);
  if (text === undefined) {
    text = textDecoder.decode(entry.data);
    entryTexts.set(entry, text);
  }
  return text;
}

/** The text (UTF-8) of the first entry of a name; empty when there is none. */
export function entryText(entries: readonly ZipEntry[], name: string): string {
  const entry = entries.find((e) => e.name === name);
  return entry ? zipEntryText(entry) : "";
}
