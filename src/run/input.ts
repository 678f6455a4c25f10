import type { Finding } from "../data/diagnostic.js";
import { expandInputs } from "../read/expand-inputs.js";
import { realOrResolved } from "../read/real-path.js";

/** A file already in memory: the name it is reported under, and its bytes. */
export interface NamedBytes {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/**
 * What a run reads: a path (a file, or a folder searched recursively) or a file in memory. After
 * `expandRunInputs`, each is one file to read, and crosses to a worker as it is.
 */
export type Input = string | NamedBytes;

/** The name a file is reported under: its path, or the name given with its bytes. */
export function inputName(input: Input): string {
  return typeof input === "string" ? input : input.name;
}

/**
 * Turns the inputs into the files to read, in the order given: folders are searched (sorted by
 * path), a path listed twice is read once (BC114 says so), bytes are taken as they are. A path that
 * does not exist is a BC101 `not-found` finding. A file a folder or glob turns up that is one of
 * `outputs` (the run's own `-o`, already there from an earlier run) is not read (BC113).
 */
export async function expandRunInputs(inputs: readonly Input[], outputs: readonly string[] = []): Promise<{ files: Input[]; findings: Finding[] }> {
  const files: Input[] = [];
  const findings: Finding[] = [];
  const seen = new Set<string>();
  const written = new Set(await Promise.all(outputs.map(realOrResolved)));
  for (const input of inputs) {
    if (typeof input !== "string") {
      files.push(input);
      continue;
    }
    const expanded = await expandInputs([input]);
    findings.push(...expanded.findings);
    for (const file of expanded.files) {
      if (seen.has(file)) {
        findings.push({ file, code: "BC114", args: { how: "same-path" } });
        continue;
      }
      seen.add(file);
      if (file !== input && written.size > 0 && written.has(await realOrResolved(file))) {
        findings.push({ file, code: "BC113", args: { kind: "output" } });
        continue;
      }
      files.push(file);
    }
  }
  return { files, findings };
}
