import type fc from "fast-check";
import type { Framework } from "../../src/index.js";
import { cascadeArbitrary as cascadeOf } from "../../src/testing/index.js";

/**
 * A valid cascade: one plan per level (each aggregating into the one above), objectives at random
 * levels, each below community contributing to one or two objectives at strictly higher levels,
 * every objective owned and acting, every plan budgeted and reviewed. Ids include awkward ones.
 * The testing entry's arbitrary at its defaults (1 to 25 objectives besides the community one).
 */
export const cascadeArbitrary: fc.Arbitrary<Framework> = cascadeOf();
