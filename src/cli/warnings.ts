import type { Framework } from "../index.js";
import { daysInMonth, isMonthEnd } from "../internal/dates.js";
import type { CsvMeasurements, CsvProblem, CsvRow } from "./csv.js";
import { printable } from "./io.js";

/** How many rows of each kind of warning are listed; the rest are counted. */
const LISTED_ROWS = 10;

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

const STEP_MONTHS = { monthly: 1, quarterly: 3, annual: 12 } as const;

/** The series an indicator's figures keep: its frequency, and the earliest baseline of its targets that sets the day. */
interface Cadence {
  readonly indicator: string;
  readonly frequency: keyof typeof STEP_MONTHS;
  /** The earliest baseline date of the indicator's targets: its periods end on this day of the month, every step. */
  readonly anchor: string;
}

const ordinal = (day: number): string =>
  `${String(day)}${day % 10 === 1 && day !== 11 ? "st" : day % 10 === 2 && day !== 12 ? "nd" : day % 10 === 3 && day !== 13 ? "rd" : "th"}`;

/** When a cadence's periods end, in words: "31 August", "the last day of March, June, September and December". */
function periodEnds(cadence: Cadence): string {
  const [, month, day] = cadence.anchor.split("-").map(Number) as [number, number, number];
  const step = STEP_MONTHS[cadence.frequency];
  const monthEnd = isMonthEnd(cadence.anchor);
  if (step === 1) return monthEnd ? "the last day of each month" : `the ${ordinal(day)} of each month`;
  const months = Array.from({ length: 12 / step }, (_, k) => MONTHS[(month - 1 + k * step) % 12] as string).sort(
    (a, b) => MONTHS.indexOf(a as never) - MONTHS.indexOf(b as never),
  );
  const list = months.length === 1 ? months[0] : `${months.slice(0, -1).join(", ")} and ${months.at(-1) as string}`;
  // An annual series at a month's end other than February's ends on one day: "31 August".
  if (monthEnd)
    return step === 12 && month !== 2
      ? `${String(daysInMonth(2001, month))} ${list as string}`
      : `the last day of ${list as string}`;
  return step === 12 ? `${String(day)} ${list as string}` : `the ${ordinal(day)} of ${list as string}`;
}

/**
 * Whether a date is one of the cadence's period ends: a whole number of steps (1, 3 or 12 months)
 * from the anchor, on the anchor's day of the month, or at the month's end when the anchor is a
 * month's end or its day is past the month's last (31 January's monthly series ends on 28 February).
 */
function onCadence(date: string, cadence: Cadence): boolean {
  // Both are valid YYYY-MM-DD dates here (the framework validated): the parts are at fixed places.
  const part = (text: string, from: number, to: number) => Number(text.slice(from, to));
  const [y, m, d] = [part(date, 0, 4), part(date, 5, 7), part(date, 8, 10)];
  const [ay, am, ad] = [part(cadence.anchor, 0, 4), part(cadence.anchor, 5, 7), part(cadence.anchor, 8, 10)];
  const months = (y - ay) * 12 + (m - am);
  if (
    ((months % STEP_MONTHS[cadence.frequency]) + STEP_MONTHS[cadence.frequency]) % STEP_MONTHS[cadence.frequency] !==
    0
  )
    return false;
  const last = daysInMonth(y, m);
  if (isMonthEnd(cadence.anchor) || ad > last) return d === last;
  return d === ad;
}

/** @internal The warnings of a measurements CSV: each kind's rows, the first ten listed and the rest counted. */
export interface CsvWarnings {
  readonly rows: CsvProblem[];
  readonly unlisted: { readonly count: number; readonly text: string }[];
  readonly count: number;
}

/**
 * @internal The rows of a measurements CSV that the framework accepts but that cannot mean what they
 * say (docs/cli.md, "Measurements the run warns about"): a figure of a monthly, quarterly or annual
 * indicator dated off its period ends (a GCSE figure dated 15 July where the series ends on 31
 * August: the date of entry, not of the period measured), and, given `asOf`, a figure dated after
 * it, which this run does not read. A figure before its targets' baselines is history a council keeps
 * (the same period last year, an indicator's trend) and is not warned about. One pass over the rows.
 */
export function measurementWarnings(csv: CsvMeasurements, framework: Framework, asOf: string | undefined): CsvWarnings {
  const cadences = new Map<string, Cadence>();
  const indicators = new Map(framework.indicators.map((indicator) => [indicator.id, indicator] as const));
  for (const target of framework.targets) {
    const indicator = indicators.get(target.indicator);
    if (indicator === undefined) continue;
    const known = cadences.get(indicator.id);
    if (known === undefined || target.baseline.date < known.anchor)
      cadences.set(indicator.id, {
        indicator: indicator.id,
        frequency: indicator.frequency,
        anchor: target.baseline.date,
      });
  }
  const column = csv.header.indexOf("date") + 1;
  const where = (line: number) => `line ${String(line)}, column ${String(column)} (date)`;
  const offCadence: CsvProblem[] = [];
  const late: CsvProblem[] = [];
  let offCount = 0;
  let lateCount = 0;
  // A file's rows hold few distinct dates (a CSV's dates and ids are kept once each): whether a date
  // is on a cadence is worked out once per cadence's frequency and anchor and date, and whether it is late once per date.
  // Indicators on the same cadence (frequency and anchor) share their answers.
  const onCadenceOf = new Map<Cadence, Map<string, boolean>>();
  const shared = new Map<string, Map<string, boolean>>();
  const lateOf = new Map<string, boolean>();
  const { rows: measurements, lines } = csv;
  for (let k = 0; k < measurements.length; k += 1) {
    const measurement = measurements[k] as CsvRow;
    const date = measurement.date;
    const cadence = cadences.get(measurement.indicator);
    if (cadence !== undefined) {
      let known = onCadenceOf.get(cadence);
      if (known === undefined) {
        const shape = `${cadence.frequency} ${cadence.anchor}`;
        known = shared.get(shape);
        if (known === undefined) shared.set(shape, (known = new Map<string, boolean>()));
        onCadenceOf.set(cadence, known);
      }
      let on = known.get(date);
      if (on === undefined) known.set(date, (on = onCadence(date, cadence)));
      if (!on) {
        offCount += 1;
        if (offCount <= LISTED_ROWS) {
          const line = lines[k] as number;
          const title = indicators.get(cadence.indicator)?.title;
          const name =
            title === undefined
              ? printable(cadence.indicator)
              : `"${printable(title)}" (${printable(cadence.indicator)})`;
          offCadence.push({
            line,
            text: `${where(line)}: ${date} is not the end of a period of ${name}, whose ${cadence.frequency} periods end on ${periodEnds(cadence)} (from its baseline, ${cadence.anchor}); date a figure by the last day of the period it measures`,
          });
        }
        continue;
      }
    }
    if (asOf === undefined) continue;
    let isLate = lateOf.get(date);
    if (isLate === undefined) lateOf.set(date, (isLate = date > asOf));
    if (isLate) {
      lateCount += 1;
      if (lateCount <= LISTED_ROWS) {
        const line = lines[k] as number;
        late.push({
          line,
          text: `${where(line)}: ${date} is after --as-of ${asOf}; this run does not read the figure`,
        });
      }
    }
  }
  const more = (count: number, what: string) => ({
    count: Math.max(0, count - LISTED_ROWS),
    text: `and ${String(Math.max(0, count - LISTED_ROWS))} more ${what}`,
  });
  return {
    rows: [...offCadence, ...late],
    unlisted: [more(offCount, "rows dated off their period ends"), more(lateCount, "rows dated after --as-of")],
    count: offCount + lateCount,
  };
}
