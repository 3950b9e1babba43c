// The model's value helpers (canonicalDecimal, monthsOf, graceDaysOf) given what is not a value of
// the model: a FrameworkValidationError with one issue, as toFrameworkIndex gives for a source that
// is not a framework, never a raw TypeError or decimal.js's DecimalError.
import { shown } from "../internal/options.js";
import { FrameworkValidationError } from "./issues.js";

/**
 * The error for an argument that is not a value of the model: `what` names the argument, `expected`
 * says in words what it must be.
 * @internal
 */
export function notAModelValue(
  helper: string,
  what: string,
  expected: string,
  value: unknown,
): FrameworkValidationError {
  const received = shown(value);
  return new FrameworkValidationError(
    [
      {
        code: "invalid_type",
        path: [],
        expected,
        received,
        message: `${what}: must be ${expected}, but is ${received}.`,
      },
    ],
    `the ${what.split(".")[0] as string} given to ${helper}`,
  );
}
