/**
 * The framework's defaults, apart from its schema so that the engines reading them load no zod.
 * @internal
 */

/**
 * The financial year start used when a framework gives none: 1 April.
 *
 * @category Model
 * @example
 * import { DEFAULT_FINANCIAL_YEAR_START } from "performance-management/model";
 * DEFAULT_FINANCIAL_YEAR_START //=> "04-01"
 */
export const DEFAULT_FINANCIAL_YEAR_START = "04-01";

/**
 * The reporting lags, in days after a period's end, used for an indicator that sets no `lagDays`
 * when the framework's `reportingLags` gives none for its frequency: six weeks (42 days) for monthly
 * and quarterly figures, as a quarter's figures reach the committee cycle about six weeks after the
 * quarter ends; 91 days for annual figures, which brings a year to 31 March to 30 June, the date by
 * which a Best Value Performance Plan published the year's outturns. See docs/trajectory.md.
 *
 * @category Model
 * @example
 * import { DEFAULT_REPORTING_LAGS } from "performance-management/model";
 * DEFAULT_REPORTING_LAGS //=> { monthly: 42, quarterly: 42, annual: 91 }
 */
export const DEFAULT_REPORTING_LAGS: { readonly monthly: number; readonly quarterly: number; readonly annual: number } =
  Object.freeze({ monthly: 42, quarterly: 42, annual: 91 });
