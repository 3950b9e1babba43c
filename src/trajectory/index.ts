/**
 * Target trajectories: the value (or band) a target expects on any date, exactly, along a linear,
 * step or compound path through its baseline, milestones and goal.
 *
 * @packageDocumentation
 * @module trajectory
 */
export { PerformanceManagementError } from "../errors.js";
export type { PerformanceManagementErrorCode, PerformanceManagementErrorJson } from "../errors.js";
export { TrajectoryError } from "./errors.js";
export { type ExpectedValueOptions, expectedBand, expectedValue } from "./expectedValue.js";
export { trajectory } from "./trajectory.js";
export type { Schedule, TrajectoryPoint } from "./trajectory.js";
export { BRAG, DCA5, RAG, defineScale } from "./scales.js";
export type { Scale, Status } from "./scales.js";
export { evaluateTarget } from "./evaluateTarget.js";
export type {
  EvaluateTargetOptions,
  Evaluation,
  EvaluationCommon,
  JudgedEvaluation,
  JudgedStatus,
  UnjudgedEvaluation,
  UnjudgedStatus,
} from "./evaluateTarget.js";
export { isJudged } from "./evaluateTarget.js";
export type { NextFigure } from "./nextFigure.js";
export type { Outturn } from "./outturn.js";
export type { Forecast } from "./forecast.js";
export type { Direction, DirectionOfTravel } from "./directionOfTravel.js";
export type { BenchmarkPosition, Quartile } from "./benchmarks.js";
export { rollUp } from "./rollUp.js";
export type { ObjectiveRollUp, RollUpInput, RollUpMethod, RollUpOptions } from "./rollUp.js";
export { evaluateFramework } from "./evaluateFramework.js";
export type { EvaluateFrameworkOptions, FrameworkEvaluation } from "./evaluateFramework.js";
export type { DataOnlyIndicator } from "./dataOnlyIndicators.js";
export { expectedYearToDate } from "./expectedYearToDate.js";
export { statusHistory } from "./statusHistory.js";
export type { StatusHistory, StatusHistoryOptions } from "./statusHistory.js";
