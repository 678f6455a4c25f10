import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as XLSX from "xlsx";

/** SheetJS 0.18.5, the npm registry's last `xlsx`, has CVE-2023-30533 (prototype pollution) and CVE-2024-22363 (ReDoS). */
const SAFE = [0, 20, 3] as const;

function parts(version: string): number[] {
  return version.split(/[.-]/).slice(0, 3).map(Number);
}

function atLeast(version: string, minimum: readonly number[]): boolean {
  const have = parts(version);
  for (let i = 0; i < minimum.length; i++) {
    const a = have[i] ?? 0;
    const b = minimum[i] ?? 0;
    if (a !== b) return a > b;
  }
  return true;
}

function json(path: string): unknown {
  return JSON.parse(readFileSync(path, "utf8"));
}

describe("the SheetJS the tool runs on", () => {
  it("compares versions numerically", () => {
    expect(atLeast("0.20.3", SAFE)).toBe(true);
    expect(atLeast("0.21.0", SAFE)).toBe(true);
    expect(atLeast("0.18.5", SAFE)).toBe(false);
    expect(atLeast("0.20.2", SAFE)).toBe(false);
    expect(atLeast("0.9.13", SAFE)).toBe(false);
  });

  it("is 0.20.3 or newer, both as loaded and as installed", () => {
    expect(atLeast(XLSX.version, SAFE), `XLSX.version ${XLSX.version}`).toBe(true);
    const installed = json("node_modules/xlsx/package.json");
    expect(installed).toMatchObject({ name: "@e965/xlsx" });
    const version = typeof installed === "object" && installed !== null && "version" in installed ? String(installed.version) : "";
    expect(atLeast(version, SAFE), `node_modules/xlsx ${version}`).toBe(true);
  });

  it("is pinned to the @e965/xlsx mirror in package.json and the lock file, never the registry's vulnerable xlsx", () => {
    expect(json("package.json")).toMatchObject({ dependencies: { xlsx: "npm:@e965/xlsx@0.20.3" } });
    expect(json("package-lock.json")).toMatchObject({ packages: { "node_modules/xlsx": { name: "@e965/xlsx", version: "0.20.3" } } });
  });
});
