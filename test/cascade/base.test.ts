import { describe, expect, it } from "vitest";
import { checkCascade } from "../../src/index.js";
import { deepFreeze } from "../helpers/fixtures.js";
import { BASE_AS_OF, baseFramework } from "./harness.js";

describe("the rule tests' base framework", () => {
  it("is a tidy cascade: no rule finds anything, with or without asOf", () => {
    expect(checkCascade(deepFreeze(baseFramework()), { asOf: BASE_AS_OF }).findings).toEqual([]);
    expect(checkCascade(deepFreeze(baseFramework())).findings).toEqual([]);
  });
});
