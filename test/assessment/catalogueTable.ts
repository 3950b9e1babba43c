import { type Catalogue, defaultCatalogue } from "../../src/assessment/index.js";

/** The marker lines around the generated table in docs/assessment.md. */
export const TABLE_START =
  "<!-- catalogue table: generated from defaultCatalogue by test/assessment/catalogueTable.ts -->";
export const TABLE_END = "<!-- end of catalogue table -->";

/**
 * The catalogue as rows of cells: area, id, characteristic, evidence, building block, critical
 * success factors. A sub-criterion's text is indented with "↳ ".
 */
export function catalogueRows(catalogue: Catalogue = defaultCatalogue): string[][] {
  const block = new Map<string, string>();
  for (const entry of catalogue.buildingBlocks ?? [])
    for (const id of entry.characteristics) if (!block.has(id)) block.set(id, entry.id);
  const factors = new Map<string, string[]>();
  for (const factor of catalogue.criticalSuccessFactors ?? [])
    for (const id of factor.characteristics) {
      const number = /^csf-(\d+)/.exec(factor.id)?.[1] ?? factor.id;
      factors.set(id, [...(factors.get(id) ?? []), number]);
    }
  return catalogue.areas.flatMap((area) =>
    area.characteristics.map((characteristic) => [
      area.title,
      `\`${characteristic.id.slice(area.id.length + 1)}\``,
      `${characteristic.parent === undefined ? "" : "↳ "}${characteristic.text.replaceAll("|", "\\|")}`,
      characteristic.evidence,
      block.get(characteristic.id) ?? "",
      (factors.get(characteristic.id) ?? []).join(", "),
    ]),
  );
}

/** The markdown table, as the guide holds it between the markers (before Prettier pads it). */
export function catalogueTable(catalogue: Catalogue = defaultCatalogue): string {
  const header = ["Area", "Id", "Characteristic", "Evidence", "Building block", "Success factors"];
  const line = (cells: readonly string[]): string => `| ${cells.join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...catalogueRows(catalogue).map(line)].join("\n");
}

/** The cells of a markdown table's body rows, trimmed, whatever padding Prettier gave them. */
export function tableCells(markdown: string): string[][] {
  return markdown
    .split("\n")
    .filter((row) => row.startsWith("|"))
    .slice(2)
    .map((row) =>
      row
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((cell) => cell.trim()),
    );
}
