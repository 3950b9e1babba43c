/**
 * Reviews: which subjects a review cycle covers and when their reviews fall due. The cascade
 * checker's `unreviewed` and `review-overdue` rules read it; review schedules will grow here.
 *
 * @packageDocumentation
 * @module review
 */
export { PerformanceManagementError } from "../errors.js";
export type { PerformanceManagementErrorCode } from "../errors.js";
export { ReviewError } from "./errors.js";
export { cycleCovers } from "./cycleCovers.js";
export type { ReviewSubject } from "./cycleCovers.js";
export { reviewsDue } from "./reviewsDue.js";
export type { ReviewsDue, ReviewsDueOptions } from "./reviewsDue.js";
