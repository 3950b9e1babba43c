import { readFileSync } from "node:fs";
import { performanceReport, renderReportMarkdown } from "./src/report/index.js";
const fw = JSON.parse(readFileSync("examples/frameworks/stockton.json","utf8"));
console.log(renderReportMarkdown(performanceReport(fw, { asOf: process.argv[2] })));
