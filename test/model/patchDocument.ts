/** A path into a JSON document: property names and array positions. */
export type DocumentPath = readonly (string | number)[];

/** The value that, in an edit, deletes the field at the edit's path. */
export const REMOVE: unique symbol = Symbol("remove the field");

/** One explicit edit: the value to put at a path, or {@link REMOVE}. */
export type DocumentEdit = readonly [path: DocumentPath, value: unknown];

function containerAt(document: unknown, path: DocumentPath): Record<string | number, unknown> {
  let container = document;
  for (const segment of path) {
    if (container === null || typeof container !== "object") break;
    container = (container as Record<string | number, unknown>)[segment];
  }
  if (container === null || typeof container !== "object") throw new Error(`no object at ${path.join(".")}`);
  return container as Record<string | number, unknown>;
}

/**
 * A JSON copy of `document` with each edit applied in turn (the original is untouched):
 * `patchDocument(doc, [["targets", 0, "goal", "date"], "31/03/2004"], [["id"], REMOVE])`.
 */
export function patchDocument(document: unknown, ...edits: readonly DocumentEdit[]): unknown {
  const copy: unknown = JSON.parse(JSON.stringify(document));
  for (const [path, value] of edits) {
    const key = path[path.length - 1];
    if (key === undefined) throw new Error("an edit needs a path of one segment or more");
    const container = containerAt(copy, path.slice(0, -1));
    if (value === REMOVE) Reflect.deleteProperty(container, key);
    else container[key] = value;
  }
  return copy;
}
