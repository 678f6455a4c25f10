import { packageVersion } from "../api/version.js";

/**
 * The program's entry (`bin/budget.js`): `budget --version` (or `-V`) alone is answered from
 * package.json without loading the command modules, so a version probe in CI costs Node's start-up and
 * little more; everything else goes to `main`. Takes the arguments after the program's name and
 * returns the exit code.
 */
export async function run(argv: readonly string[]): Promise<number> {
  if (argv.length === 1 && (argv[0] === "--version" || argv[0] === "-V")) {
    process.stdout.write(`${packageVersion()}\n`);
    return 0;
  }
  const { main } = await import("./main.js");
  return main(argv);
}
