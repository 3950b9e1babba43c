import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Framework, type Owner, indexFramework } from "../../src/index.js";

/** What a Map of the first position of each id answers: the index's tables before issue 22. */
function reference(ids: readonly unknown[]): Map<unknown, number> {
  const positions = new Map<unknown, number>();
  for (const id of ids) if (!positions.has(id)) positions.set(id, positions.size);
  return positions;
}

function frameworkOf(ids: readonly unknown[]): Framework {
  return {
    id: "fw",
    name: "Ids",
    plans: [],
    objectives: [],
    indicators: [],
    targets: [],
    owners: ids.map((id, i) => ({ id, name: `Owner ${i}`, kind: "team" }) as unknown as Owner),
  };
}

/** Ids that collide often: a few short strings, prototype names, the empty string and long ones. */
const id = fc.oneof(
  fc.constantFrom("", "a", "b", "__proto__", "constructor", "toString", "hasOwnProperty", "a".repeat(300)),
  fc.string({ maxLength: 3 }),
  fc.string({ unit: "binary", maxLength: 6 }),
);

describe("the index's table of ids (EntityMap)", () => {
  it("answers get, has, positionOf, keys and duplicates as a Map of the first position of each id", () => {
    fc.assert(
      fc.property(fc.array(id, { maxLength: 60 }), fc.array(id, { maxLength: 20 }), (ids, asked) => {
        const index = indexFramework(frameworkOf(ids));
        const expected = reference(ids);
        expect(index.owners.size).toBe(expected.size);
        expect([...index.owners.keys()]).toEqual([...expected.keys()]);
        for (const key of [...ids, ...asked]) {
          const position = expected.get(key);
          expect(index.owners.positionOf(key)).toBe(position);
          expect(index.owners.has(key)).toBe(position !== undefined);
          expect(index.owners.get(key)).toBe(position === undefined ? undefined : index.owners.at(position));
          if (position !== undefined) expect(index.owners.at(position)?.id).toBe(key);
        }
        const all = [...ids, ...asked] as string[];
        expect([...index.owners.positionsOf(all)]).toEqual(all.map((key) => expected.get(key) ?? -1));
        const repeated = [...expected.keys()].filter(
          (key) => ids.indexOf(key as string) !== ids.lastIndexOf(key as string),
        );
        expect(index.duplicates).toEqual(
          repeated.map((key) => ({
            kind: "owner",
            id: key,
            positions: ids.flatMap((other, i) => (other === key ? [i] : [])),
          })),
        );
      }),
    );
  });

  it("holds ids that are not all strings (an unparsed framework) as a Map does", () => {
    const ids = [1, "1", 1, undefined, "undefined", null, "x"];
    const index = indexFramework(frameworkOf(ids));
    const expected = reference(ids);
    expect([...index.owners.keys()]).toEqual([...expected.keys()]);
    for (const key of ids) expect(index.owners.positionOf(key as string)).toBe(expected.get(key));
    expect(index.owners.positionOf("missing")).toBeUndefined();
    expect([...index.owners.positionsOf([...ids, "missing"] as string[])]).toEqual([0, 1, 0, 2, 3, 4, 5, -1]);
    expect(index.duplicates).toEqual([{ kind: "owner", id: 1, positions: [0, 2] }]);
  });

  it("looks up ids that are not strings in a table of strings as absent", () => {
    const index = indexFramework(frameworkOf(["1", "undefined"]));
    expect(index.owners.has(1 as unknown as string)).toBe(false);
    expect(index.owners.get(undefined as unknown as string)).toBeUndefined();
    expect(index.owners.positionOf("undefined")).toBe(1);
  });

  it("tells apart ids whose hashes are equal", () => {
    // Pairs with one FNV-1a hash: the table must compare the ids themselves.
    const colliding = ["id-149599", "id-312382", "id-149598", "id-312383", "id-149593", "id-312388"];
    const ids = [colliding[0], colliding[2], colliding[4], colliding[0], "other"] as string[];
    const index = indexFramework(frameworkOf(ids));
    expect(colliding.map((key) => index.owners.positionOf(key))).toEqual([0, undefined, 1, undefined, 2, undefined]);
    expect(index.duplicates).toEqual([{ kind: "owner", id: "id-149599", positions: [0, 3] }]);
    expect([...index.owners.positionsOf(colliding)]).toEqual([0, -1, 1, -1, 2, -1]);
    const both = indexFramework(frameworkOf(colliding));
    expect(colliding.map((key) => both.owners.positionOf(key))).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it("finds every one of 100,000 ids and none of 100,000 others", () => {
    const ids = Array.from({ length: 100_000 }, (_, i) => `obj-${i}`);
    const index = indexFramework(frameworkOf(ids));
    let found = 0;
    for (let i = 0; i < ids.length; i += 1) if (index.owners.positionOf(`obj-${i}`) === i) found += 1;
    let absent = 0;
    for (let i = 0; i < ids.length; i += 1) if (!index.owners.has(`obj-${i + 100_000}`)) absent += 1;
    expect([found, absent]).toEqual([100_000, 100_000]);
  });
});
