import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import * as root from "../../src/index.js";
import * as fs from "node:fs";
import { runInThisContext } from "node:vm";
import * as zod from "zod";
import * as accountability from "../../src/accountability/index.js";
import * as cascade from "../../src/cascade/index.js";
import * as model from "../../src/model/index.js";
import * as reviewModule from "../../src/review/index.js";
import * as reportModule from "../../src/report/index.js";
import * as trajectoryModule from "../../src/trajectory/index.js";
import * as assessmentModule from "../../src/assessment/index.js";
import * as resourcesModule from "../../src/resources/index.js";
import * as testingModule from "../../src/testing/index.js";
import fc from "fast-check";
import { instrumentExample, scanSources } from "./extractExamples.js";

const projectRoot = fileURLToPath(new URL("../../", import.meta.url));
const { examples } = scanSources(projectRoot, `${projectRoot}src`);

const modules: Record<string, unknown> = {
  "performance-management": root,
  "performance-management/model": model,
  "performance-management/cascade": cascade,
  "performance-management/trajectory": trajectoryModule,
  "performance-management/review": reviewModule,
  "performance-management/accountability": accountability,
  "performance-management/report": reportModule,
  "performance-management/assessment": assessmentModule,
  "performance-management/resources": resourcesModule,
  "performance-management/testing": testingModule,
  // An example's `import fc from "fast-check"` compiles to require("fast-check").default.
  "fast-check": { default: fc },
  "node:fs": fs,
  zod,
};

function runExample(code: string): number {
  const { code: instrumented, assertions } = instrumentExample(code);
  const output = ts.transpileModule(instrumented, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, strict: true },
    reportDiagnostics: true,
  });
  expect(output.diagnostics ?? []).toEqual([]);
  const requireModule = (name: string): unknown => {
    const found = modules[name];
    if (found === undefined) throw new Error(`example imports unknown module ${name}`);
    return found;
  };
  const expectEqual = (actual: unknown, expected: unknown, label: string): void => {
    expect(actual, label).toEqual(expected);
  };
  // The example runs as a CommonJS module body with the package's modules in place of `require`.
  const body = runInThisContext(`(function (require, exports, module, __expectEqual) {\n${output.outputText}\n})`) as (
    require: (name: string) => unknown,
    exports: object,
    module: { exports: object },
    expectEqual: (actual: unknown, expected: unknown, label: string) => void,
  ) => void;
  body(requireModule, {}, { exports: {} }, expectEqual);
  return assertions;
}

describe("TSDoc @example blocks", () => {
  it("finds the examples", () => {
    expect(examples.length).toBeGreaterThan(40);
  });

  it.each(examples.map((example) => [example.name, example] as const))(
    "%s runs and its //=> results hold",
    (_name, example) => {
      const assertions = runExample(example.code);
      expect(assertions, "an example should show at least one result with //=>").toBeGreaterThan(0);
    },
  );
});

/**
 * Every name the root module exports, types included: whether its declarations carry a doc comment
 * and an @example, and whether it is a value (a function, class or schema) or only a type.
 */
function publicExports(): { name: string; hasDoc: boolean; hasExample: boolean; isValue: boolean }[] {
  const entry = `${projectRoot}src/index.ts`;
  const program = ts.createProgram([entry], {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    strict: true,
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(entry);
  const moduleSymbol = source === undefined ? undefined : checker.getSymbolAtLocation(source);
  if (moduleSymbol === undefined) throw new Error("cannot read src/index.ts");
  return checker.getExportsOfModule(moduleSymbol).map((exported) => {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const declarations = symbol.declarations ?? [];
    const tags = declarations.flatMap((declaration) => {
      const node = ts.isVariableDeclaration(declaration) ? declaration.parent.parent : declaration;
      return ts.getJSDocTags(node).map((tag) => tag.tagName.text);
    });
    const hasDoc = declarations.some((declaration) => {
      const node = ts.isVariableDeclaration(declaration) ? declaration.parent.parent : declaration;
      return ts.getJSDocCommentsAndTags(node).length > 0;
    });
    const isValue = (symbol.flags & ts.SymbolFlags.Value) !== 0;
    return { name: exported.name, hasDoc, hasExample: tags.includes("example"), isValue };
  });
}

describe("documentation coverage", () => {
  const names = publicExports();

  it("reads the public exports, types included", () => {
    expect(names.length).toBeGreaterThan(60);
    expect(names.map((entry) => entry.name)).toEqual(
      expect.arrayContaining(["parseFramework", "FrameworkIndex", "FrameworkIssue"]),
    );
    const kind = (name: string): boolean | undefined => names.find((entry) => entry.name === name)?.isValue;
    // Functions, classes and schemas are values; interfaces and type-only aliases are not.
    expect([
      kind("parseFramework"),
      kind("TrajectoryError"),
      kind("Target"),
      kind("FrameworkIssue"),
      kind("Evaluation"),
    ]).toEqual([true, true, true, false, false]);
  });

  it("every export is documented", () => {
    expect(names.filter((entry) => !entry.hasDoc).map((entry) => entry.name)).toEqual([]);
  });

  it("every value export (function, class, schema, constant) has an @example", () => {
    // A type alias sharing its name with a schema (`Target` and `Target`) is one symbol: the schema's
    // example covers both. A type-only export needs no example that merely restates a literal.
    expect(names.filter((entry) => entry.isValue && !entry.hasExample).map((entry) => entry.name)).toEqual([]);
  });
});
