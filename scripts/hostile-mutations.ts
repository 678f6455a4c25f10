/**
 * Seeded mutations of real input files, for fuzzing the whole pipeline: bytes flipped, the file cut
 * short, a stretch of it duplicated, and, inside a ZIP container, the same done to one part before
 * the container is rebuilt with honest headers (so the damage reaches the XML parsers rather than
 * stopping at the ZIP guard). Deterministic: the same seed gives the same files.
 */
import { readZipEntry, zipEntryNames } from "../src/read/zip/zip-lookup.js";
import { deflatedEntry, prng, writeZip } from "./hostile-zips.js";

/** What a mutation does. */
export type MutationKind = "flip" | "truncate" | "duplicate" | "inside";

/** A mutated file: the name it is read under (which says how it was made) and its bytes. */
export interface MutatedFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

const KINDS: readonly MutationKind[] = ["flip", "truncate", "duplicate", "inside"];

/** `count` mutations of one file, kinds in turn, each from its own seed. */
export function mutations(name: string, bytes: Uint8Array, count: number, seed: number): MutatedFile[] {
  return Array.from({ length: count }, (_, i) => {
    const kind = KINDS[i % KINDS.length] ?? "flip";
    const next = prng(seed * 1_000 + i);
    return { name: `${kind}-${i}-${name}`, bytes: mutate(bytes, kind, next) };
  });
}

/** One mutation of `bytes`; `next` gives numbers in [0, 1). */
export function mutate(bytes: Uint8Array, kind: MutationKind, next: () => number): Uint8Array {
  const at = (length: number) => Math.floor(next() * length);
  switch (kind) {
    case "flip": {
      const copy = Uint8Array.from(bytes);
      const flips = 1 + at(8);
      for (let i = 0; i < flips && copy.length > 0; i++) copy[at(copy.length)] = at(256);
      return copy;
    }
    case "truncate":
      return bytes.slice(0, at(bytes.length));
    case "duplicate": {
      const from = at(bytes.length);
      const to = Math.min(bytes.length, from + 1 + at(512));
      const into = at(bytes.length + 1);
      return Uint8Array.from([...bytes.subarray(0, into), ...bytes.subarray(from, to), ...bytes.subarray(into)]);
    }
    case "inside":
      return mutateInside(bytes, next) ?? mutate(bytes, "flip", next);
  }
}

/** Flips, cuts or duplicates bytes of one part of a ZIP container and rebuilds it; null when it is no ZIP. */
function mutateInside(bytes: Uint8Array, next: () => number): Uint8Array | null {
  const names = zipEntryNames(bytes);
  if (names === null || names.length === 0) return null;
  const target = names[Math.floor(next() * names.length)];
  const entries = names.map((name) => {
    const data = readZipEntry(bytes, name) ?? new Uint8Array();
    const kind = (["flip", "truncate", "duplicate"] as const)[Math.floor(next() * 3)] ?? "flip";
    return deflatedEntry(name, name === target ? mutate(data, kind, next) : data);
  });
  return writeZip(entries);
}
