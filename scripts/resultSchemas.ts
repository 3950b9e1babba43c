/**
 * Generates results.schema.json: a JSON Schema (draft 2020-12) with one `$defs` entry per result in
 * scripts/resultRoots.ts, read from the TypeScript types the engines declare (so a schema cannot
 * drift from its type: `npm run schema` rewrites the file and test/schemas holds it to this
 * generator). Named interfaces and aliases become `$defs` of their own; a property's TSDoc becomes
 * its description. The types must be plain JSON: a Map, a Set, a function or a class without
 * `toJSON` fails the generation with the path that reaches it.
 */
import ts from "typescript";
import { schemaId } from "../src/internal/schemaIds.js";
import { CLI_PRINTED } from "./resultRoots.js";

type Schema = Record<string, unknown>;

const here = new URL(".", import.meta.url);

/** The program over the build's sources and the roots file, as `tsc` sees them. */
function program(): ts.Program {
  const configPath = new URL("../tsconfig.build.json", here).pathname;
  const config = ts.getParsedCommandLineOfConfigFile(
    configPath,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
        throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"));
      },
    },
  );
  if (config === undefined) throw new Error(`cannot read ${configPath}`);
  const roots = new URL("resultRoots.ts", here).pathname;
  return ts.createProgram([...config.fileNames, roots], config.options);
}

/** TSDoc as plain text: `{@link x}` as `x`, and no trailing spaces. */
function plain(text: string): string {
  return text
    .replace(
      /\{@link(?:code|plain)?\s+([^}|\s]+)(?:\s*\|\s*([^}]+))?\s*\}/g,
      (_, target: string, label?: string) => label ?? target,
    )
    .trim();
}

class Generator {
  readonly defs = new Map<string, Schema>();
  private readonly named = new Map<string, ts.Type>();
  private readonly inProgress = new Set<ts.Type>();

  constructor(
    private readonly checker: ts.TypeChecker,
    private readonly framework: ts.Type,
    private readonly frameworkRef: string,
  ) {}

  description(symbol: ts.Symbol): string | undefined {
    const text = plain(ts.displayPartsToString(symbol.getDocumentationComment(this.checker)));
    return text === "" ? undefined : text;
  }

  /** The name a type is defined under in `$defs`, or undefined when it is written in place. */
  private nameOf(type: ts.Type): string | undefined {
    const alias = type.aliasSymbol;
    if (alias !== undefined && (type.aliasTypeArguments?.length ?? 0) === 0 && !this.isZodDeclared(alias))
      return alias.name;
    if (type.flags & ts.TypeFlags.Object) {
      const object = type as ts.ObjectType;
      const symbol = type.getSymbol();
      if (symbol === undefined || !(symbol.flags & (ts.SymbolFlags.Interface | ts.SymbolFlags.Class))) return undefined;
      if (object.objectFlags & ts.ObjectFlags.Reference && ((type as ts.TypeReference).typeArguments?.length ?? 0) > 0)
        return undefined;
      return symbol.name;
    }
    return undefined;
  }

  private isZodDeclared(symbol: ts.Symbol): boolean {
    return (symbol.declarations ?? []).some((declaration) =>
      declaration.getSourceFile().fileName.includes("node_modules"),
    );
  }

  /** The type's schema: a `$ref` to its definition when it has a name, else written in place. */
  schemaOf(type: ts.Type, path: string): Schema {
    if (this.isFramework(type)) return { $ref: this.frameworkRef };
    const name = this.nameOf(type);
    if (name === undefined) return this.inline(type, path);
    const known = this.named.get(name);
    if (known !== undefined && known !== type)
      throw new Error(`${path}: two types are called ${name}; rename one, or write it in place`);
    if (known === undefined) {
      this.named.set(name, type);
      this.defs.set(name, {});
      const symbol = type.aliasSymbol ?? type.getSymbol();
      this.defs.set(
        name,
        withDescription(this.inline(type, name), symbol === undefined ? undefined : this.description(symbol)),
      );
    }
    return { $ref: `#/$defs/${name}` };
  }

  /**
   * A result's definition under its root name: the named type's own definition when the name is
   * its type's (`Trace`), else its schema under the new name, the root's description first.
   */
  define(name: string, type: ts.Type, description: string | undefined): void {
    const schema = this.schemaOf(type, name);
    const own = this.defs.get(name);
    const definition = schema.$ref === `#/$defs/${name}` && own !== undefined ? own : schema;
    const rest: Schema = { ...definition };
    delete rest.description;
    this.defs.set(name, withDescription(rest, description));
  }

  /** Lets a result's definition carry `$schema`, as the CLI writes it, whether it is an object or a union of them. */
  allowSchemaKey(name: string): void {
    const root = this.defs.get(name);
    // The root's own object, or the objects of the union it names (a root that only refers to its
    // type's definition: `ValidationOutput`): never the objects nested inside them.
    const ref = root?.$ref;
    const own = typeof ref === "string" && ref.startsWith("#/$defs/") ? this.defs.get(ref.slice(8)) : root;
    const members = Array.isArray(own?.anyOf) ? (own.anyOf as Schema[]).filter((member) => !("$ref" in member)) : [own];
    for (const schema of members) {
      if (schema === undefined) continue;
      if (schema.type === "object" && typeof schema.properties === "object")
        schema.properties = {
          $schema: {
            description:
              "The URI of the definition the document follows, version included, as the CLI's --format json writes it first; absent from the functions' results.",
            type: "string",
          },
          ...schema.properties,
        };
    }
  }

  /** Whether a type is the model's `Framework`, whose schema is the framework's own JSON Schema. */
  private isFramework(type: ts.Type): boolean {
    return type === this.framework;
  }

  private inline(type: ts.Type, path: string): Schema {
    const { checker } = this;
    const flags = type.flags;
    if (flags & ts.TypeFlags.String) return { type: "string" };
    if (flags & ts.TypeFlags.Number) return { type: "number" };
    if (flags & ts.TypeFlags.Boolean) return { type: "boolean" };
    if (flags & ts.TypeFlags.Null) return { type: "null" };
    if (flags & ts.TypeFlags.StringLiteral) return { const: (type as ts.StringLiteralType).value };
    if (flags & ts.TypeFlags.NumberLiteral) return { const: (type as ts.NumberLiteralType).value };
    if (flags & ts.TypeFlags.BooleanLiteral) return { const: checker.typeToString(type) === "true" };
    if (flags & ts.TypeFlags.Union) return this.union((type as ts.UnionType).types, path);
    if (flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown))
      throw new Error(`${path}: an \`${checker.typeToString(type)}\` has no schema`);
    if (checker.isTupleType(type)) {
      const items = checker
        .getTypeArguments(type as ts.TypeReference)
        .map((item, i) => this.schemaOf(item, `${path}[${i}]`));
      return { type: "array", prefixItems: items, minItems: items.length, maxItems: items.length };
    }
    if (checker.isArrayType(type)) {
      const [item] = checker.getTypeArguments(type as ts.TypeReference);
      return { type: "array", items: this.schemaOf(item as ts.Type, `${path}[]`) };
    }
    if (flags & (ts.TypeFlags.Object | ts.TypeFlags.Intersection)) return this.object(type, path);
    throw new Error(`${path}: \`${checker.typeToString(type)}\` is not plain JSON`);
  }

  private union(members: readonly ts.Type[], path: string): Schema {
    const kept = members.filter((member) => !(member.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Void)));
    const booleans = kept.filter((member) => member.flags & ts.TypeFlags.BooleanLiteral);
    const others = booleans.length === 2 ? kept.filter((member) => !booleans.includes(member)) : kept;
    const schemas = others.map((member) => this.schemaOf(member, path));
    if (booleans.length === 2) schemas.unshift({ type: "boolean" });
    const consts = schemas.filter((schema) => "const" in schema && Object.keys(schema).length === 1);
    const rest = schemas.filter((schema) => !consts.includes(schema));
    const merged = consts.length > 1 ? [{ enum: consts.map((schema) => schema.const) }, ...rest] : schemas;
    if (merged.length === 1) return merged[0] as Schema;
    // `X | null` as one type list, where X is a plain type: { "type": ["string", "null"] }.
    const types = merged.map((schema) =>
      Object.keys(schema).length === 1 && typeof schema.type === "string" ? schema.type : undefined,
    );
    if (types.every((type) => type !== undefined)) return { type: types };
    return { anyOf: merged };
  }

  private object(type: ts.Type, path: string): Schema {
    const { checker } = this;
    const toJSON = type.getProperty("toJSON");
    if (toJSON !== undefined) {
      const [signature] = checker.getTypeOfSymbol(toJSON).getCallSignatures();
      if (signature !== undefined) return this.schemaOf(signature.getReturnType(), `${path}.toJSON()`);
    }
    const symbolName = type.getSymbol()?.name;
    if (
      symbolName === "Map" ||
      symbolName === "ReadonlyMap" ||
      symbolName === "Set" ||
      symbolName === "ReadonlySet" ||
      symbolName === "Date"
    )
      throw new Error(`${path}: a ${symbolName} is not plain JSON`);
    if (type.getCallSignatures().length > 0) throw new Error(`${path}: a function is not plain JSON`);
    if (this.inProgress.has(type)) throw new Error(`${path}: a recursive type needs a name`);
    this.inProgress.add(type);
    const properties: Record<string, Schema> = {};
    const required: string[] = [];
    for (const property of checker.getPropertiesOfType(type)) {
      const name = property.getName();
      const propertyType = checker.getTypeOfSymbol(property);
      if (propertyType.getCallSignatures().length > 0) throw new Error(`${path}.${name}: a method is not plain JSON`);
      const optional =
        (property.flags & ts.SymbolFlags.Optional) !== 0 ||
        (propertyType.flags & ts.TypeFlags.Union &&
          (propertyType as ts.UnionType).types.some((t) => t.flags & ts.TypeFlags.Undefined));
      const schema = this.schemaOf(propertyType, `${path}.${name}`);
      const description = this.description(property);
      properties[name] =
        description === undefined || "$ref" in schema
          ? withDescription(schema, description)
          : { description, ...schema };
      if (!optional) required.push(name);
    }
    this.inProgress.delete(type);
    const index = checker.getIndexInfosOfType(type);
    const schema: Schema = { type: "object" };
    if (Object.keys(properties).length > 0) schema.properties = properties;
    if (required.length > 0) schema.required = required;
    const [stringIndex] = index.filter((info) => info.keyType.flags & ts.TypeFlags.String);
    schema.additionalProperties = stringIndex === undefined ? false : this.schemaOf(stringIndex.type, `${path}[key]`);
    return schema;
  }
}

function withDescription(schema: Schema, description: string | undefined): Schema {
  return description === undefined ? schema : { description, ...schema };
}

/** The results' JSON Schema, draft 2020-12, with `$defs` only (each result is one of them). */
export function generateResultsJsonSchema(version: string): Schema {
  const p = program();
  const checker = p.getTypeChecker();
  const roots = p.getSourceFile(new URL("resultRoots.ts", here).pathname);
  if (roots === undefined) throw new Error("scripts/resultRoots.ts is not in the program");
  const declaration = roots.statements.find(
    (statement): statement is ts.InterfaceDeclaration =>
      ts.isInterfaceDeclaration(statement) && statement.name.text === "ResultRoots",
  );
  if (declaration === undefined) throw new Error("scripts/resultRoots.ts declares no ResultRoots");
  const model = p.getSourceFile(new URL("../src/model/framework.ts", here).pathname);
  const frameworkAlias = model?.statements.find(
    (statement): statement is ts.TypeAliasDeclaration =>
      ts.isTypeAliasDeclaration(statement) && statement.name.text === "Framework",
  );
  if (frameworkAlias === undefined) throw new Error("src/model/framework.ts declares no Framework type");
  const framework = checker.getTypeAtLocation(frameworkAlias);
  const generator = new Generator(checker, framework, schemaId("framework", version));
  const rootType = checker.getTypeAtLocation(declaration);
  for (const property of checker.getPropertiesOfType(rootType)) {
    const description = plain(ts.displayPartsToString(property.getDocumentationComment(checker)));
    generator.define(
      property.getName(),
      checker.getTypeOfSymbol(property),
      description === "" ? undefined : description,
    );
  }
  for (const name of CLI_PRINTED) generator.allowSchemaKey(name);
  const defs = Object.fromEntries([...generator.defs].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: schemaId("results", version),
    title: "performance-management results",
    description:
      "Every result the library's functions return and its CLI prints with --format json, one definition each under $defs (FrameworkEvaluation, PerformanceReport, Trace, Assessment, CascadeReport, ReviewSchedule…). Generated from the result types.",
    $defs: defs,
  };
}
