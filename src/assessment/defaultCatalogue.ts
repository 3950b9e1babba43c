import { appendixA } from "./appendixA.js";
import type { Catalogue } from "./catalogue.js";
import { buildingBlocks, criticalSuccessFactors, warningSigns } from "./seedLists.js";

/**
 * The seed paper's catalogue, which the assessment functions use when given none: Appendix A's areas
 * ({@link appendixA}), the {@link criticalSuccessFactors}, the {@link buildingBlocks} and the
 * {@link warningSigns}.
 *
 * @category Assessment
 * @example
 * import { defaultCatalogue } from "performance-management/assessment";
 * [defaultCatalogue.areas.length, defaultCatalogue.buildingBlocks?.length, defaultCatalogue.warningSigns?.length] //=> [8, 5, 18]
 */
export const defaultCatalogue: Catalogue = {
  areas: appendixA.areas,
  criticalSuccessFactors: [...criticalSuccessFactors],
  buildingBlocks: [...buildingBlocks],
  warningSigns: [...warningSigns],
};
