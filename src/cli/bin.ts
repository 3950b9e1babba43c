#!/usr/bin/env node
// The `performance-management` command: the one place in the package with I/O, a process and a clock.
import { quietOnClosedPipe } from "./io.js";
import { main } from "./main.js";

// A reader that stops early (`… | head -1`) ends the run quietly, with the command's own exit code.
quietOnClosedPipe(process.stdout);
quietOnClosedPipe(process.stderr);

process.exitCode = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  env: process.env,
});
