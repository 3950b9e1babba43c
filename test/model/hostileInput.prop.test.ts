// Issue 8, item 9: nothing but a FrameworkValidationError escapes the parser. Throwing getters,
// proxies whose traps throw and revoked proxies become `unreadable` issues at their path.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FrameworkValidationError, type PathSegment, parseFramework, safeParseFramework } from "../../src/index.js";
import { jsonCopy, minimalFramework } from "../helpers/fixtures.js";
import { pathsOf } from "./documentPaths.js";
import { runs } from "../helpers/runs.js";

type Hostile = "getter" | "throwing proxy" | "revoked proxy";

const throwingHandler: ProxyHandler<object> = {
  get() {
    throw new Error("trap: get");
  },
  ownKeys() {
    throw new Error("trap: ownKeys");
  },
  getOwnPropertyDescriptor() {
    throw new Error("trap: getOwnPropertyDescriptor");
  },
  has() {
    throw new Error("trap: has");
  },
  getPrototypeOf() {
    throw new Error("trap: getPrototypeOf");
  },
};

function revoked(): object {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}

/** A rich valid document: the minimal framework with a contribution, a measurement and a profile. */
function richFramework(): unknown {
  const framework = jsonCopy(minimalFramework());
  framework.objectives.push({ id: "obj-2", plan: "plan-1", title: "Two", contributesTo: [{ objective: "obj-1" }] });
  framework.measurements = [{ indicator: "pi-1", date: "2002-03-31", value: "55" }];
  const indicator = framework.indicators[0];
  if (indicator !== undefined) indicator.profile = { quarterly: ["1", "1", "1", "1"] };
  return framework;
}

/** Plants a hostile value at `path` (a getter replaces the property; a proxy replaces the value). */
function plant(root: unknown, path: readonly PathSegment[], hostile: Hostile): void {
  let parent = root as Record<PathSegment, unknown>;
  for (const segment of path.slice(0, -1)) parent = parent[segment] as Record<PathSegment, unknown>;
  const key = path[path.length - 1] as PathSegment;
  if (hostile === "getter") {
    Object.defineProperty(parent, key, {
      enumerable: true,
      get() {
        throw new Error("getter");
      },
    });
  } else {
    parent[key] = hostile === "revoked proxy" ? revoked() : new Proxy({}, throwingHandler);
  }
}

function expectIssueAt(input: unknown, path: readonly PathSegment[]): void {
  const result = safeParseFramework(input);
  expect(result.success).toBe(false);
  const issues = result.success ? [] : result.error.issues;
  expect(issues.some((issue) => JSON.stringify(issue.path) === JSON.stringify(path))).toBe(true);
  expect(() => parseFramework(input)).toThrow(FrameworkValidationError);
}

describe("hostile values (issue 8, item 9)", () => {
  it("turns a throwing getter into an unreadable issue at its path", () => {
    const framework = richFramework();
    plant(framework, ["targets", 0, "baseline", "value"], "getter");
    const result = safeParseFramework(framework);
    const issues = result.success ? [] : result.error.issues;
    expect(issues).toEqual([
      {
        code: "unreadable",
        path: ["targets", 0, "baseline", "value"],
        reason: "Error: getter",
        message:
          'target "t-1" (targets[0]), baseline.value: could not be read (Error: getter); give plain data, as JSON.parse returns.',
      },
    ]);
  });

  it("turns a proxy whose traps throw, and a revoked proxy, into issues at their path", () => {
    for (const hostile of ["throwing proxy", "revoked proxy"] as const) {
      const framework = richFramework();
      plant(framework, ["objectives", 1, "contributesTo", 0], hostile);
      const result = safeParseFramework(framework);
      expect(result.success ? [] : result.error.issues).toMatchObject([
        { code: "unreadable", path: ["objectives", 1, "contributesTo", 0] },
      ]);
    }
  });

  it("answers a hostile document itself, and a thrown value that is not an Error", () => {
    expect(safeParseFramework(revoked())).toMatchObject({ success: false });
    const root = new Proxy(
      {},
      {
        get() {
          const thrown: unknown = new Proxy({}, throwingHandler); // neither an Error nor readable
          throw thrown;
        },
      },
    );
    const result = safeParseFramework(root);
    expect(result.success ? [] : result.error.issues).toMatchObject([{ code: "unreadable", path: [] }]);
  });

  it("on a valid document with a hostile value planted anywhere, reports an issue at that path", () => {
    const paths = pathsOf(richFramework());
    fc.assert(
      fc.property(
        fc.constantFrom(...paths),
        fc.constantFrom<Hostile>("getter", "throwing proxy", "revoked proxy"),
        (path, hostile) => {
          const framework = richFramework();
          plant(framework, path, hostile);
          expectIssueAt(framework, path);
        },
      ),
      { numRuns: runs(300) },
    );
  });
});
