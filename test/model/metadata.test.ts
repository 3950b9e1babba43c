import * as z from "zod";
import { describe, expect, it, vi } from "vitest";

describe("the model's metadata", () => {
  it("importing the library writes nothing into zod's global registry", async () => {
    vi.resetModules();
    const add = vi.spyOn(z.globalRegistry, "add");
    try {
      const library = await import("../../src/index.js");
      library.frameworkJsonSchema();
      expect(add).not.toHaveBeenCalled();
    } finally {
      add.mockRestore();
    }
  });

  it("describes every exported schema in modelMetadata, none in the global registry", async () => {
    const model = await import("../../src/model/index.js");
    const schemas = (Object.entries(model) as [string, unknown][]).filter(
      (entry): entry is [string, z.ZodType] => typeof entry[1] === "object" && entry[1] !== null && "_zod" in entry[1],
    );
    expect(schemas.length).toBeGreaterThan(60);
    for (const [name, schema] of schemas) {
      expect(z.globalRegistry.has(schema), name).toBe(false);
      expect(model.modelMetadata.get(schema), name).toBeDefined();
    }
    expect(model.modelMetadata.get(model.Target)?.title).toBe("Target");
  });
});
