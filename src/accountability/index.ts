/**
 * Accountability chains: trace any task, target or objective up to the community plan, and any
 * objective down to the people who deliver it (seed 5.3.5.6–8); who answers for what, and where
 * trouble reaches the top.
 *
 * @packageDocumentation
 * @module accountability
 */
export { PerformanceManagementError } from "../errors.js";
export type { PerformanceManagementErrorCode, PerformanceManagementErrorJson } from "../errors.js";
export { AccountabilityError } from "./errors.js";
export type { Chain, ChainStep, ChainStop, OwnerRef, SubjectRef } from "./types.js";
export { traceUp } from "./traceUp.js";
export type { Trace, TraceUpOptions } from "./traceUp.js";
export { traceDown } from "./traceDown.js";
export type { ContributionLink, ContributionNode, ContributionTree, TreeTarget } from "./traceDown.js";
export { accountableOwners } from "./owners.js";
export type { AccountableOwner, AccountableRole } from "./owners.js";
export { ownerPortfolio } from "./portfolio.js";
export type { OwnerPortfolio, PortfolioItem, PortfolioPlan } from "./portfolio.js";
export { impact } from "./impact.js";
export type { ImpactReport, ObjectiveImpact, TargetImpact, TroubleStatus } from "./impact.js";
export { narrate } from "./narrate.js";
export type { NarrateOptions } from "./narrate.js";
export { actionsInHand } from "./actionsInHand.js";
export type { ActionInHand, ActionsInHand, ActionsInHandOptions } from "./actionsInHand.js";
export type { ActionState } from "../model/actionState.js";
