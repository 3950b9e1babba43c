#!/usr/bin/env node
// The `performance-management` command: the one place in the package with I/O, a process and a clock.
import { main } from "./main.js";

process.exitCode = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  env: process.env,
});
