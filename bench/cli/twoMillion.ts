/**
 * Writes the input of the CLI's national-scale measurement: a generated framework of 10,000
 * objectives with no measurements (framework.json) and 2,000,000 measurements of its indicators as
 * CSV (measurements.csv), one a day per indicator (100 indicators, 20,000 days) from 1 April 2000; every tenth row provisional
 * and every hundredth with a quoted note holding a comma. Then, in that folder:
 *
 *   /usr/bin/time -v performance-management evaluate framework.json --as-of 2055-03-31 \
 *     --detail status --measurements measurements.csv > /dev/null
 *
 * Usage: tsx bench/cli/twoMillion.ts <folder> [rows]
 */
import { createWriteStream, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { generateFramework } from "../generate.js";

const [folder = ".pack/cli-2m", rowsText = "2000000"] = process.argv.slice(2);
const rows = Number(rowsText);
mkdirSync(folder, { recursive: true });
const framework = generateFramework({ objectives: 10_000 });
writeFileSync(join(folder, "framework.json"), JSON.stringify({ ...framework, measurements: [] }));

const indicators = framework.indicators.map((indicator) => indicator.id);
const perIndicator = Math.ceil(rows / indicators.length);
const start = Date.UTC(2000, 3, 1);
const out = createWriteStream(join(folder, "measurements.csv"));
out.write("indicator,date,value,quality,note\n");
let written = 0;
let buffer = "";
for (let day = 0; day < perIndicator && written < rows; day += 1) {
  const date = new Date(start + day * 86_400_000).toISOString().slice(0, 10);
  for (const indicator of indicators) {
    if (written === rows) break;
    const value = (50 + ((written * 7919) % 5000) / 100).toFixed(2);
    const quality = written % 10 === 0 ? "provisional" : "";
    const note = written % 100 === 0 ? '"Estimated, pending audit"' : "";
    buffer += `${indicator},${date},${value},${quality},${note}\n`;
    written += 1;
    if (buffer.length > 1 << 20) {
      out.write(buffer);
      buffer = "";
    }
  }
}
out.end(buffer);
out.on("finish", () => {
  console.log(`${folder}: ${indicators.length} indicators, ${written} measurements over ${perIndicator} days`);
});
