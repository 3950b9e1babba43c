import type { PathSegment } from "../../src/index.js";

/** Every path to a value in a JSON document, the root excluded; array indices as numbers. */
export function pathsOf(root: unknown): PathSegment[][] {
  const paths: PathSegment[][] = [];
  const stack: [unknown, PathSegment[]][] = [[root, []]];
  for (let entry = stack.pop(); entry !== undefined; entry = stack.pop()) {
    const [node, path] = entry;
    if (path.length > 0) paths.push(path);
    if (node !== null && typeof node === "object") {
      for (const [key, child] of Object.entries(node))
        stack.push([child, [...path, Array.isArray(node) ? Number(key) : key]]);
    }
  }
  return paths;
}
