import type { Status } from "../trajectory/index.js";

/**
 * A report laid out for reading, whatever the format: headings, sentences and tables of plain
 * text. Markdown and HTML render the same layout, so the two never say different things.
 * @internal
 */

/** A table cell: its text; a status cell also carries its status, for the colour a format adds. */
export interface Cell {
  readonly text: string;
  readonly status?: Status;
  /** A chart drawn after the text, in formats that draw charts (HTML): trusted SVG markup, never escaped. */
  readonly chart?: string;
  /** Words after a status cell's status, outside its tint: " ↓ worsening", ", no earlier figure". */
  readonly after?: string;
}

/** A table: what it shows (its caption), its column headers and its rows; the first cell of a row heads it. */
export interface Table {
  readonly caption: string;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly Cell[])[];
  /**
   * A line of detail beneath each row, by the row's position (`null` or absent: none): what a
   * reader may want beside the row that its columns leave out. HTML shows it as a full-width row
   * beneath; Markdown as a line per row after the table, headed by the row's first cell.
   */
  readonly details?: readonly (string | null)[];
  /**
   * A heading of its own, for a table that is one of several in its section (the standards apart
   * from the indicators, the outturns by how they ended): Markdown, which shows no caption, writes
   * it as a heading above the table; HTML's caption says the same.
   */
  readonly subheading?: string;
}

/** A section: a heading, sentences, and tables. */
export interface Section {
  readonly heading: string;
  readonly paragraphs: readonly string[];
  readonly tables: readonly Table[];
  /** What the section is, where a renderer treats it apart: `"aim"`, an aim's section (kept whole in print; scrutiny's from a new page). */
  readonly kind?: "aim";
  /**
   * Which part of the report it belongs to: the members' (absent: the members') or the officers'
   * annex, which the renderers put after the members' part under its own heading.
   */
  readonly part?: "members" | "annex";
}

/** The whole report laid out: a title, a lead sentence, and its sections. */
export interface Layout {
  readonly title: string;
  readonly lead: string;
  readonly counts: Table;
  readonly sections: readonly Section[];
}
