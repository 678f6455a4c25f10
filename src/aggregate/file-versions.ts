import type { VersionEvidence } from "../data/file-report.js";
import { foldText } from "../data/text.js";

/**
 * Modification times closer than this are the same time: copying a folder (or unpacking a ZIP, or a
 * FAT-formatted USB stick, which keeps times to 2 s) gives its files times a few milliseconds apart
 * in the copy's order, which says nothing of which version an agency sent last.
 */
export const SAME_TIME_MS = 2000;

/** One file of an agency, as the choice of its newest file sees it. */
export interface VersionCandidate {
  /** The file's name as given (a path or the name of a file in memory): its version mark is read from the last part. */
  readonly file: string;
  /** Its modification time; undefined for a file given in memory. */
  readonly time: Date | undefined;
}

/**
 * The version a file's name gives, from its last part without the extension, folded (no
 * diacritics, no case): `v<N>` → N, `lần <N>`/`lần<N>` → N, `bổ sung` → 2 (so `bổ sung lần 3` → 3),
 * the highest of them, else 1. A mark counts only as a word of its own (`Sở-Tư-pháp_v2`, `(lần 2)`),
 * so `2025v2` or `vlan` is no mark.
 */
export function versionRank(file: string): number {
  const base = file.slice(Math.max(file.lastIndexOf("/"), file.lastIndexOf("\\")) + 1).replace(/\.[^.]*$/u, "");
  const words = foldText(base)
    .split(/[^a-z0-9]+/u)
    .filter((word) => word !== "");
  let rank = 1;
  words.forEach((word, i) => {
    const next = words[i + 1] ?? "";
    const mark =
      /^v(\d{1,3})$/u.exec(word)?.[1] ??
      /^lan(\d{1,3})$/u.exec(word)?.[1] ??
      (word === "lan" && /^\d{1,3}$/u.test(next) ? next : undefined) ??
      ((word === "bo" && next === "sung") || word === "bosung" ? "2" : undefined);
    if (mark !== undefined) rank = Math.max(rank, Number(mark));
  });
  return rank;
}

/** The newest of an agency's files, and what told it from the others. */
interface Newest {
  readonly index: number;
  readonly by: VersionEvidence;
}

/**
 * The newest of some files of one agency, given in input order: the latest modification time when
 * every file has one (times less than `SAME_TIME_MS` apart being the same); among files still equal,
 * the highest version mark in the name (`versionRank`); among those, the later input.
 */
function newest(candidates: readonly VersionCandidate[]): Newest {
  let pool = candidates.map((_, i) => i);
  const times = candidates.map((candidate) => candidate.time?.getTime());
  if (times.every((time) => time !== undefined)) {
    const latest = Math.max(...times);
    pool = pool.filter((i) => latest - (times[i] ?? latest) < SAME_TIME_MS);
    if (pool.length === 1) return { index: pool[0] ?? 0, by: "time" };
  }
  const ranks = new Map(pool.map((i) => [i, versionRank(candidates[i]?.file ?? "")]));
  const top = Math.max(...ranks.values());
  pool = pool.filter((i) => ranks.get(i) === top);
  if (pool.length === 1) return { index: pool[0] ?? 0, by: "name" };
  return { index: pool.at(-1) ?? 0, by: "order" };
}

/**
 * An agency's files, newest first (see `newest`, taken again among the rest for each place), and
 * what told the first from the others. The one decision of which file of an agency counts: `runFiles`
 * keeps the first and supersedes the others, and `budget status` shows the others as `đã thay thế`.
 */
export function newestFirst<T extends VersionCandidate>(candidates: readonly T[]): { readonly ordered: T[]; readonly by: VersionEvidence } {
  const rest = [...candidates];
  const ordered: T[] = [];
  let by: VersionEvidence = "order";
  while (rest.length > 0) {
    const pick = newest(rest);
    if (ordered.length === 0) by = pick.by;
    ordered.push(...rest.splice(pick.index, 1));
  }
  return { ordered, by };
}
