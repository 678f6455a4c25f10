// The `prepare` script: builds dist/ with tsc. npm runs it once the devDependencies are installed
// (npm ci, npm pack, a git dependency), except in a global install from git, which is how pre-commit
// installs a `language: node` hook (npm install -g git+file://…): there npm prepares the clone without
// them (npm/cli#8440). Then they are installed here first, with scripts off so this does not run twice.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

const tsc = "node_modules/typescript/bin/tsc";
if (!existsSync(tsc)) {
  const install = ["install", "--global=false", "--include=dev", "--ignore-scripts", "--no-save", "--no-audit", "--no-fund"];
  const npm = process.env.npm_execpath;
  if (npm) execFileSync(process.execPath, [npm, ...install], { stdio: "inherit" });
  else execFileSync("npm", install, { stdio: "inherit", shell: process.platform === "win32" });
}
execFileSync(process.execPath, [tsc, "-p", "tsconfig.json"], { stdio: "inherit" });
