import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";

/** One `@example` block of a TSDoc comment. */
export interface DocExample {
  /** `src/model/plan.ts: Plan` */
  readonly name: string;
  /** The exported symbol the comment documents. */
  readonly symbol: string;
  readonly code: string;
}

/** Every documented export of a source file, with whether its comment has an `@example`. */
export interface DocumentedExport {
  readonly file: string;
  readonly symbol: string;
  readonly hasDoc: boolean;
  readonly hasExample: boolean;
}

function sourceFiles(dir: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...sourceFiles(path));
    else if (entry.name.endsWith(".ts")) files.push(path);
  }
  return files.sort();
}

const DECLARATION =
  /^export\s+(?:declare\s+)?(?:abstract\s+)?(const|function|class|type|interface)\s+([A-Za-z_$][\w$]*)/;

/** Walks the source files, pairing each `export` declaration with the doc comment right above it. */
export function scanSources(root: string, srcDir: string): { examples: DocExample[]; exports: DocumentedExport[] } {
  const examples: DocExample[] = [];
  const exports: DocumentedExport[] = [];
  for (const file of sourceFiles(srcDir)) {
    const lines = readFileSync(file, "utf8").split("\n");
    const rel = relative(root, file);
    let comment: string[] | undefined;
    let inComment = false;
    let current: string[] = [];
    for (const line of lines) {
      const trimmed = line.trim();
      if (!inComment && trimmed.startsWith("/**")) {
        inComment = true;
        current = [];
        if (trimmed.endsWith("*/")) {
          inComment = false;
          comment = [trimmed.slice(3, -2).trim()];
        }
        continue;
      }
      if (inComment) {
        if (trimmed.endsWith("*/")) {
          inComment = false;
          comment = current;
        } else {
          current.push(line.replace(/^\s*\* ?/, ""));
        }
        continue;
      }
      const match = DECLARATION.exec(trimmed);
      if (match !== null) {
        const symbol = match[2] as string;
        const text = comment ?? [];
        const isInternal = text.some((l) => l.includes("@internal"));
        if (!isInternal) {
          const start = text.findIndex((l) => l.trim() === "@example");
          exports.push({ file: rel, symbol, hasDoc: comment !== undefined, hasExample: start >= 0 });
          if (start >= 0) {
            const body: string[] = [];
            for (const l of text.slice(start + 1)) {
              if (/^@\w+/.test(l.trim())) break;
              body.push(l);
            }
            examples.push({ name: `${rel}: ${symbol}`, symbol, code: body.join("\n") });
          }
        }
      }
      if (trimmed !== "" && !trimmed.startsWith("//") && !trimmed.startsWith("@")) comment = undefined;
    }
  }
  return { examples, exports };
}

/**
 * Rewrites an example so every `//=>` becomes an assertion: `expr //=> value` on one line, or a line
 * holding only `//=> value` that checks the statement above it (a `const` checks the variable).
 */
export function instrumentExample(code: string): { code: string; assertions: number } {
  const out: string[] = [];
  let assertions = 0;
  for (const line of code.split("\n")) {
    const arrow = line.indexOf("//=>");
    if (arrow < 0) {
      out.push(line);
      continue;
    }
    const expression = line.slice(0, arrow).trim().replace(/;$/, "");
    const expected = line.slice(arrow + 4).trim();
    assertions += 1;
    if (expression !== "") {
      out.push(`__expectEqual((${expression}), (${expected}), ${JSON.stringify(expression)});`);
      continue;
    }
    let previous = out.length - 1;
    while (previous >= 0 && (out[previous] as string).trim() === "") previous -= 1;
    if (previous < 0) throw new Error(`"//=> ${expected}" has no statement above it`);
    const statement = (out[previous] as string).trim().replace(/;$/, "");
    const declared = /^(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*=/.exec(statement);
    if (declared !== null) {
      out.push(`__expectEqual(${declared[1]}, (${expected}), ${JSON.stringify(declared[1])});`);
    } else {
      out[previous] = `__expectEqual((${statement}), (${expected}), ${JSON.stringify(statement)});`;
    }
  }
  return { code: out.join("\n"), assertions };
}
