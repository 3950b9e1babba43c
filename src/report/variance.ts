/**
 * A variance worded by the indicator's polarity, shared by the members' report and the command
 * line (issue 21): "2.7 households better than expected", "0.5 per 100,000 collections worse than
 * expected", "0.5 percentage points above expected" for an in-band indicator.
 * @internal
 */
import type { Polarity } from "../model/index.js";
import type { ReportFigureWords } from "./catalogue.js";
import { REPORT_WORDS_EN_GB } from "./catalogueEnGB.js";

/**
 * A variance for people, worded by the indicator's polarity: "2.7 households better than expected"
 * (fewer homeless households than the trajectory), "21 percentage points worse than expected"
 * (fewer relets in 28 days); "as expected" for none; above or below for an in-band indicator, where
 * neither way is better (or when the polarity is not known). `variance` is the exact signed
 * difference, actual minus expected; `shown` the formatter's text of it, signed; `null` for no
 * variance.
 * @internal
 */
export function varianceWords(
  variance: string | null,
  shown: string,
  polarity: Polarity | undefined,
  words: Pick<ReportFigureWords, "variance" | "asExpected"> = REPORT_WORDS_EN_GB.figures,
): string | null {
  if (variance === null) return null;
  const size = shown.replace(/^[+−-]/u, "");
  const sign = variance.startsWith("-") ? -1 : /^[+]?0*(\.0*)?$/u.test(variance) ? 0 : 1;
  if (sign === 0) return words.asExpected;
  if (polarity === "higher-is-better") return words.variance(size, sign > 0 ? "better" : "worse");
  if (polarity === "lower-is-better") return words.variance(size, sign < 0 ? "better" : "worse");
  return words.variance(size, sign > 0 ? "above" : "below");
}
