/**
 * The resources engines' common arguments, checked once: the options object, its `asOf` and
 * `year`, and the source.
 * @internal
 */
import { checkDate, checkKnownOptions, checkOptionsObject, shown } from "../internal/options.js";
import { isFinancialYearLabel } from "../model/financialYears.js";
import { checkedFrameworkIndex } from "../model/indexFramework.js";
import type { FinancialYear, Framework, FrameworkIndex } from "../model/index.js";
import { resourcesError } from "./errors.js";

/** The checked `asOf` and `year` of a resources engine's options, and the source's index; misuse throws a `ResourcesError`. */
export function checkedResourcesCall(
  source: Framework | FrameworkIndex,
  options: { readonly asOf: string; readonly year?: FinancialYear | undefined },
  known: readonly string[],
): { asOf: string; year: FinancialYear | undefined; index: FrameworkIndex } {
  checkOptionsObject(options, "options", resourcesError);
  checkKnownOptions(options, known, "options", resourcesError);
  const asOf = checkDate(options.asOf, "options.asOf", resourcesError);
  if (options.year !== undefined && (typeof options.year !== "string" || !isFinancialYearLabel(options.year)))
    throw resourcesError(`options.year ${shown(options.year)} is not a financial year written like "2002/03"`);
  return { asOf, year: options.year, index: checkedFrameworkIndex(source, resourcesError) };
}
