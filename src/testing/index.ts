/**
 * `performance-management/testing`: fast-check arbitraries of the framework's documents and
 * calendar helpers, for property tests of target arithmetic and of code built on the engines. The
 * project's own property tests use them. fast-check is an optional peer of this entry alone: install
 * it (`npm install -D fast-check`) to import it; the other entries never load it.
 *
 * @module
 */
export {
  calendarDateArbitrary,
  decimalStringArbitrary,
  targetArbitrary,
  measurementSeriesArbitrary,
  cascadeArbitrary,
  reviewCycleArbitrary,
  reviewDeadlineArbitrary,
  responsesArbitrary,
  brokenFrameworkArbitrary,
  BROKEN_RULES,
} from "./arbitraries.js";
export type {
  CalendarDateOptions,
  DecimalStringOptions,
  TargetOptions,
  MeasurementSeriesOptions,
  ReviewCycleOptions,
  CascadeOptions,
  BrokenFramework,
  BrokenRule,
} from "./arbitraries.js";
export { TestingError } from "./errors.js";
export { PerformanceManagementError } from "../errors.js";
export { addDays, addCalendarMonths, daysBetween, endOfMonth, financialYearStartOf } from "./calendar.js";
