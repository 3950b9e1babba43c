import type { Command } from "./command.js";
import { checkCommand } from "./check.js";
import { evaluateCommand } from "./evaluate.js";
import { schemaCommand } from "./schema.js";
import { validateCommand } from "./validate.js";

/** @internal Every command, in the order `--help` lists them. */
export const COMMANDS: readonly Command[] = [validateCommand, checkCommand, evaluateCommand, schemaCommand];
