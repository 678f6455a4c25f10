import { existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import * as fsPromises from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { writeProblemText } from "../../src/cli/write-problem-text.js";
import { writeFileAtomic } from "../../src/write/atomic-write.js";

vi.mock("node:fs/promises", async (importOriginal) => {
  const actual = await importOriginal<typeof import("node:fs/promises")>();
  return { ...actual, open: vi.fn(actual.open), rename: vi.fn(actual.rename) };
});

const actualFs = await vi.importActual<typeof import("node:fs/promises")>("node:fs/promises");
const NEW = "new bytes";
const OLD = "old bytes";

function folder(): string {
  return mkdtempSync(join(tmpdir(), "budget-atomic-"));
}

function systemError(code: string): Error {
  return Object.assign(new Error(`${code}: simulated`), { code });
}

afterEach(() => {
  vi.mocked(fsPromises.open).mockImplementation(actualFs.open);
  vi.mocked(fsPromises.rename).mockImplementation(actualFs.rename);
});

describe("writeFileAtomic", () => {
  it("writes a new file and leaves nothing else in the folder", async () => {
    const dir = folder();
    expect(await writeFileAtomic(join(dir, "out.xlsx"), NEW, { force: false, inputs: [] })).toBeUndefined();
    expect(readdirSync(dir)).toEqual(["out.xlsx"]);
    expect(readFileSync(join(dir, "out.xlsx"), "utf8")).toBe(NEW);
  });

  it("refuses an existing file unless forced, then replaces it whole", async () => {
    const dir = folder();
    const target = join(dir, "out.xlsx");
    writeFileSync(target, OLD);
    expect(await writeFileAtomic(target, NEW, { force: false, inputs: [] })).toEqual({ kind: "exists", target });
    expect(readFileSync(target, "utf8")).toBe(OLD);
    expect(await writeFileAtomic(target, NEW, { force: true, inputs: [] })).toBeUndefined();
    expect(readFileSync(target, "utf8")).toBe(NEW);
    expect(readdirSync(dir)).toEqual(["out.xlsx"]);
  });

  it("never overwrites an input, even with --force: the same path spelled otherwise, a symbolic link to it, a hard link to it", async () => {
    const dir = folder();
    mkdirSync(join(dir, "sub"));
    const input = join(dir, "form.xlsx");
    writeFileSync(input, OLD);
    symlinkSync(input, join(dir, "link.xlsx"));
    linkSync(input, join(dir, "hard.xlsx"));
    for (const target of [join(dir, "sub", "..", "form.xlsx"), join(dir, "link.xlsx"), join(dir, "hard.xlsx")]) {
      expect(await writeFileAtomic(target, NEW, { force: true, inputs: [input] }), target).toEqual({ kind: "is-input", target });
    }
    // The input named through the link is protected too.
    expect(await writeFileAtomic(input, NEW, { force: true, inputs: [join(dir, "link.xlsx")] })).toEqual({ kind: "is-input", target: input });
    expect(readFileSync(input, "utf8")).toBe(OLD);
    expect(readdirSync(dir).sort()).toEqual(["form.xlsx", "hard.xlsx", "link.xlsx", "sub"]);
  });

  it("leaves nothing behind when the folder does not exist, and names the folder", async () => {
    const dir = folder();
    const target = join(dir, "missing", "out.xlsx");
    const problem = await writeFileAtomic(target, NEW, { force: false, inputs: [] });
    expect(problem).toEqual({ kind: "no-folder", target, folder: join(dir, "missing") });
    expect(readdirSync(dir)).toEqual([]);
  });

  it("removes a half-written temporary file when writing fails (disk full), and the old output stays whole", async () => {
    const dir = folder();
    const target = join(dir, "out.xlsx");
    writeFileSync(target, OLD);
    vi.mocked(fsPromises.open).mockImplementationOnce(async (path, flags) => {
      const handle = await actualFs.open(path, flags);
      // A disk that fills up half-way through the write.
      handle.writeFile = async () => {
        await handle.write("new by");
        throw systemError("ENOSPC");
      };
      return handle;
    });
    const problem = await writeFileAtomic(target, NEW, { force: true, inputs: [] });
    expect(problem).toMatchObject({ kind: "io", target, message: "ENOSPC: simulated" });
    expect(readdirSync(dir)).toEqual(["out.xlsx"]);
    expect(readFileSync(target, "utf8")).toBe(OLD);
  });

  it("refuses a target that is a folder, even with force, before writing a temporary file", async () => {
    const dir = folder();
    const target = join(dir, "out.xlsx");
    mkdirSync(target);
    const problem = await writeFileAtomic(target, NEW, { force: true, inputs: [] });
    expect(problem).toEqual({ kind: "is-folder", target });
    expect(readdirSync(dir)).toEqual(["out.xlsx"]);
    expect(readdirSync(target)).toEqual([]);
  });

  for (const code of ["EBUSY", "EPERM"]) {
    it(`keeps the finished temporary file and says so in Vietnamese and English when the target is locked (${code})`, async () => {
      const dir = folder();
      const target = join(dir, "phu-luc.xlsx");
      writeFileSync(target, OLD);
      vi.mocked(fsPromises.rename).mockRejectedValueOnce(systemError(code));
      const problem = await writeFileAtomic(target, NEW, { force: true, inputs: [] });
      if (problem?.kind !== "locked") throw new Error(`expected a locked problem, got ${JSON.stringify(problem)}`);
      expect(readFileSync(problem.temp, "utf8")).toBe(NEW);
      expect(readFileSync(target, "utf8")).toBe(OLD);
      expect(readdirSync(dir).sort()).toEqual([problem.temp.slice(dir.length + 1), "phu-luc.xlsx"].sort());
      const vi_ = writeProblemText(problem, "vi");
      const en = writeProblemText(problem, "en");
      expect(vi_).toContain("tệp đang mở");
      expect(en).toContain("the file is open");
      for (const text of [vi_, en]) {
        expect(text).toContain(target);
        expect(text).toContain(problem.temp);
      }
    });
  }

  it("writes nothing when the target is missing and only the rename fails: no target appears", async () => {
    const dir = folder();
    const target = join(dir, "out.csv");
    vi.mocked(fsPromises.rename).mockRejectedValueOnce(systemError("EXDEV"));
    expect(await writeFileAtomic(target, NEW, { force: false, inputs: [] })).toMatchObject({ kind: "io", target });
    expect(existsSync(target)).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });
});
