#!/usr/bin/env node
// The `performance-management` command: the one place in the package with I/O, a process and a clock.
import { guardOutput, printable } from "./io.js";
import { main } from "./main.js";

// A reader that stops early (`… | head -1`) ends the run quietly, with the command's own exit code.
// Output that cannot be written (a full disk) is misuse's exit 2, as a `--out` file that cannot be.
const output: { cannotWrite: boolean } = { cannotWrite: false };
guardOutput(process.stdout, "standard output", (message) => {
  output.cannotWrite = true;
  process.exitCode = 2;
  process.stderr.write(`performance-management: ${printable(message)}\n`);
});
guardOutput(process.stderr, "standard error", () => {
  output.cannotWrite = true;
  process.exitCode = 2;
});

const code = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  env: process.env,
});
process.exitCode = output.cannotWrite ? 2 : code;
