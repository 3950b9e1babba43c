/**
 * The two builds a before/after measurement loads side by side: the baseline, the package a
 * previous commit or release packed (`npm run bench:baseline -- <git-ref | file.tgz>` extracts it
 * into `.pack/baseline/`), and the current one, this checkout's `dist/` (`npx tsup`, run here when
 * any file under src/ is newer than dist/). Both are the built package, as users get it, and both
 * resolve zod, decimal.js and csv-parse from this checkout's node_modules.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

/** The library's root entry, as either build exports it. */
export type Library = typeof import("../src/index.js");

/** One build: its name in tables, the folder holding its package.json and dist/, and what it is. */
export interface Build {
  readonly name: "before" | "after";
  readonly folder: string;
  readonly description: string;
}

/** The checkout's root folder. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
/** Where generated inputs and the baseline live (gitignored). */
export const PACK = join(ROOT, ".pack");

function newestIn(folder: string): number {
  let newest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestIn(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/**
 * The baseline build in `.pack/baseline/`, or an explanation of how to make one. `PM_BENCH_BASELINE`
 * names another folder holding an extracted package.
 */
export function baselineBuild(): Build {
  const folder = resolve(process.env.PM_BENCH_BASELINE ?? join(PACK, "baseline"));
  if (!existsSync(join(folder, "dist", "index.js"))) {
    throw new Error(
      `no baseline build in ${folder}: make one with \`npm run bench:baseline -- <git-ref | file.tgz>\`` +
        " (for example `npm run bench:baseline -- main`)",
    );
  }
  const marker = join(folder, "BASELINE");
  const description = existsSync(marker) ? readFileSync(marker, "utf8").trim() : folder;
  return { name: "before", folder, description };
}

/**
 * The current build, this checkout's dist/: built first with `npx tsup` when it is missing or older
 * than a file under src/ (set `PM_BENCH_BUILD=never` to use dist/ as it is). `PM_BENCH_CURRENT`
 * names an extracted package to use instead (`npm run bench:baseline -- <ref> .pack/candidate`).
 */
export function currentBuild(): Build {
  const other = process.env.PM_BENCH_CURRENT;
  if (other !== undefined && other !== "") {
    const folder = resolve(other);
    if (!existsSync(join(folder, "dist", "index.js"))) throw new Error(`no build in ${folder} (PM_BENCH_CURRENT)`);
    const marker = join(folder, "BASELINE");
    return { name: "after", folder, description: existsSync(marker) ? readFileSync(marker, "utf8").trim() : folder };
  }
  const entry = join(ROOT, "dist", "index.js");
  const cli = join(ROOT, "dist", "cli", "bin.js");
  const stale =
    !existsSync(entry) ||
    !existsSync(cli) ||
    Math.min(statSync(entry).mtimeMs, statSync(cli).mtimeMs) < newestIn(join(ROOT, "src"));
  if (stale && process.env.PM_BENCH_BUILD !== "never") {
    console.error("bench: dist/ is older than src/; building it (npx tsup)");
    const built = spawnSync("npx", ["tsup"], { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] });
    if (built.status !== 0) throw new Error("npx tsup failed");
  }
  return { name: "after", folder: ROOT, description: "this checkout's dist/" };
}

/** Loads a build's root entry (ESM). */
export async function loadBuild(build: Build): Promise<Library> {
  return (await import(pathToFileURL(join(build.folder, "dist", "index.js")).href)) as Library;
}

/** A build's command-line entry. */
export function cliOf(build: Build): string {
  return join(build.folder, "dist", "cli", "bin.js");
}
