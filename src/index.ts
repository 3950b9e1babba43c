/**
 * performance-management: plan, measure and review council performance.
 *
 * The root entry re-exports every module; each is also available on its own subpath
 * (`performance-management/model`, …).
 *
 * @packageDocumentation
 * @module performance-management
 */
export * from "./errors.js";
export * from "./model/index.js";
export * from "./cascade/index.js";
export * from "./trajectory/index.js";
export * from "./review/index.js";
export * from "./accountability/index.js";
export * from "./report/index.js";
export * from "./assessment/index.js";
export * from "./resources/index.js";
