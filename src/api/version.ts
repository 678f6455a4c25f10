import { readFileSync } from "node:fs";

// Built, this file is dist/src/api/version.js; tests run the source, src/api/version.ts.
const PACKAGE_JSON = new URL(import.meta.url.endsWith(".ts") ? "../../package.json" : "../../../package.json", import.meta.url);

/** The package version, read from the package.json next to the build (`0.0.0` when it cannot be read). */
export function packageVersion(): string {
  try {
    const parsed: unknown = JSON.parse(readFileSync(PACKAGE_JSON, "utf8"));
    return typeof parsed === "object" && parsed !== null && "version" in parsed && typeof parsed.version === "string" ? parsed.version : "0.0.0";
  } catch {
    return "0.0.0";
  }
}
