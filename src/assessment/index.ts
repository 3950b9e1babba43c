/**
 * Self-assessment against the seed's Appendix A: the catalogues as data, scoring, priorities in the
 * building blocks' natural sequence, the warning signs the ratings point to, and evidence derived from
 * the framework itself.
 *
 * @packageDocumentation
 * @module assessment
 */
export { PerformanceManagementError } from "../errors.js";
export type { PerformanceManagementErrorCode, PerformanceManagementErrorJson } from "../errors.js";
export { AssessmentError } from "./errors.js";
export type { AssessmentIssue } from "./errors.js";
export { catalogueSchema, parseCatalogue } from "./catalogue.js";
export type {
  BuildingBlock,
  Catalogue,
  CatalogueArea,
  Characteristic,
  CriticalSuccessFactor,
  EvidenceKind,
  WarningSign,
} from "./catalogue.js";
export { appendixA } from "./appendixA.js";
export { buildingBlocks, criticalSuccessFactors, warningSigns } from "./seedLists.js";
export { defaultCatalogue } from "./defaultCatalogue.js";
export { assess } from "./assess.js";
export type {
  AreaResult,
  AssessOptions,
  Assessment,
  AssessmentResponse,
  CharacteristicResult,
  Disagreement,
  EvidenceFact,
  EvidenceFactInput,
  KeptRating,
  RatingSource,
} from "./types.js";
export type { RatingScale, ResolvedScale, Verdict } from "./scale.js";
export { priorities } from "./priorities.js";
export type { Priority } from "./priorities.js";
export type { CatalogueOptions } from "./catalogueOf.js";
export { diagnose } from "./diagnose.js";
export type { Diagnosis } from "./diagnose.js";
export { compareAssessments } from "./compareAssessments.js";
export type { AssessmentComparison, Movement, ScoreChange } from "./compareAssessments.js";

export { deriveEvidence, derivedRatingCaps } from "./deriveEvidence.js";
export type { DerivedEvidence, DerivedResponse, DeriveEvidenceOptions, NotEvidenced } from "./deriveEvidence.js";
