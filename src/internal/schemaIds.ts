/**
 * The `$id` of the package's JSON Schemas, by kind and version: `urn:performance-management:framework:0.1.0`,
 * `urn:performance-management:results:0.1.0`. One place for the build, the generator and the CLI.
 * @internal
 */
export function schemaId(kind: "framework" | "results", version: string): string {
  return `urn:performance-management:${kind}:${version}`;
}
