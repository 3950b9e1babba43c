import { fileURLToPath } from "node:url";
import ts from "typescript";

const root = fileURLToPath(new URL("../../", import.meta.url));

/**
 * Type-checks a snippet of TypeScript as a consumer's file would be, against the library's sources
 * (`performance-management` and its subpaths mapped to src/), and gives its errors as text: the
 * README's quick start, and the option types under `exactOptionalPropertyTypes`.
 */
export function compileSnippet(code: string, extra: ts.CompilerOptions = {}): string[] {
  const fileName = `${root}test/__snippet__.ts`;
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    baseUrl: root,
    paths: { "performance-management": ["src/index.ts"], "performance-management/*": ["src/*/index.ts"] },
    types: ["node"],
    typeRoots: [`${root}node_modules/@types`],
    allowImportingTsExtensions: true,
    skipLibCheck: true,
    ...extra,
  };
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.fileExists = (name) => name === fileName || fileExists(name);
  host.readFile = (name) => (name === fileName ? code : readFile(name));
  host.getSourceFile = (name, version, onError, create) =>
    name === fileName ? ts.createSourceFile(name, code, version) : getSourceFile(name, version, onError, create);
  const program = ts.createProgram([fileName], options, host);
  return ts
    .getPreEmitDiagnostics(program)
    .filter((d) => d.file?.fileName === fileName)
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
}
