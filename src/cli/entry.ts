import { packageVersion } from "../api/version.js";
import type { CliIo } from "./io.js";

/**
 * The program's entry (`bin/budget.js`), and the one place that hands the process's own streams and
 * environment to the CLI. `budget --version` (or `-V`) alone is answered from package.json without
 * loading the command modules, so a version probe in CI costs Node's start-up and little more;
 * everything else goes to `main`. Takes the arguments after the program's name and returns the exit code.
 */
export async function run(argv: readonly string[]): Promise<number> {
  const io: CliIo = { stdout: process.stdout, stderr: process.stderr, env: process.env };
  if (argv.length === 1 && (argv[0] === "--version" || argv[0] === "-V")) {
    io.stdout.write(`${packageVersion()}\n`);
    return 0;
  }
  const { main } = await import("./main.js");
  return main(argv, io);
}
