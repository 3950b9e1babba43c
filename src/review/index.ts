/**
 * Reviews: which subjects a review cycle covers and when their reviews fall due. The cascade
 * checker's `unreviewed` and `review-overdue` rules read it; the schedule of every review due in a
 * window, and the overdue reviews, worst first.
 *
 * @packageDocumentation
 * @module review
 */
export { PerformanceManagementError } from "../errors.js";
export type { PerformanceManagementErrorCode, PerformanceManagementErrorJson } from "../errors.js";
export { ReviewError } from "./errors.js";
export { cycleCovers } from "./cycleCovers.js";
export type { ReviewSubject } from "./cycleCovers.js";
export { reviewsDue } from "./reviewsDue.js";
export type { ReviewsDue, ReviewsDueOptions } from "./reviewsDue.js";
export { reviewSchedule } from "./reviewSchedule.js";
export { overdueReviews } from "./overdueReviews.js";
export type { OverdueReview, OverdueReviewsOptions } from "./overdueReviews.js";
export type { ReviewSchedule, ReviewScheduleOptions, ScheduledReview } from "./reviewSchedule.js";
