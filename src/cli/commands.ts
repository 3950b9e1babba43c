import type { Command } from "./command.js";
import { assessCommand } from "./assess.js";
import { budgetsCommand } from "./budgets.js";
import { checkCommand } from "./check.js";
import { evaluateCommand } from "./evaluate.js";
import { planCommand } from "./plan.js";
import { reportCommand } from "./report.js";
import { overdueCommand, scheduleCommand } from "./review.js";
import { schemaCommand } from "./schema.js";
import { traceCommand } from "./trace.js";
import { validateCommand } from "./validate.js";

/** @internal Every command, in the order `--help` lists them. */
export const COMMANDS: readonly Command[] = [
  validateCommand,
  checkCommand,
  evaluateCommand,
  traceCommand,
  assessCommand,
  reportCommand,
  planCommand,
  scheduleCommand,
  overdueCommand,
  budgetsCommand,
  schemaCommand,
];
