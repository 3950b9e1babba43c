import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Chain, narrate, traceUp } from "../../src/accountability/index.js";
import { type Framework, parseFramework } from "../../src/index.js";
import { cascadeArbitrary } from "../arbitraries/cascade.js";
import { deepFreeze, loadExample } from "../helpers/fixtures.js";
import { runs } from "../helpers/runs.js";

const stockton = deepFreeze(parseFramework(loadExample("stockton")));

function firstChain(framework: Framework, id: string): Chain {
  const chain = traceUp(framework, id).chains[0];
  expect(chain, `a chain from ${id}`).toBeDefined();
  return chain as Chain;
}

describe("issue 20: narrate never produces a broken sentence", () => {
  it("says a link without a 'so that' contributes to the objective it leads to, named (Stockton's street cleanliness)", () => {
    // co-street-cleanliness → cp-environment has no soThat: before, "… so that secure a safe and attractive …".
    const chain = firstChain(stockton, "co-street-cleanliness");
    expect(narrate(chain)).toBe(
      '95% of streets of high or acceptable cleanliness, which contributes to "Secure a safe and attractive environment for current and future generations".',
    );
    expect(narrate(chain, { style: "in-order-to" })).toBe(
      'To contribute to "Secure a safe and attractive environment for current and future generations", 95% of streets of high or acceptable cleanliness.',
    );
  });

  it("names partners by their owner names, never their ids (Stockton's New Deal, delivered with the Employment Service)", () => {
    const chain = firstChain(stockton, "so-new-deal");
    expect(chain.steps[0]?.partners).toEqual(["employment-service"]);
    expect(chain.steps[0]?.partnerNames).toEqual(["Employment Service (New Deal)"]);
    const told = narrate(chain);
    // Both links are delivered with the Employment Service: so-new-deal's to co-unemployment, and
    // co-unemployment's to cp-regeneration. Each partner clause follows the step whose link it is,
    // before that link's "so that" (issue 20: before, "… below the regional rate, working with
    // Employment Service (New Deal) so that the local economy improves, working with …").
    expect(told).toBe(
      "Increase the job success of New Deal by 7% on average over 3 years, working with Employment Service (New Deal), so that unemployment is maintained below the regional rate, working with Employment Service (New Deal), so that the local economy improves.",
    );
    expect(narrate(chain, { style: "in-order-to" })).toBe(
      "In order that the local economy improves, working with Employment Service (New Deal), maintain the Borough's unemployment below the average regional rate; in order that unemployment is maintained below the regional rate, working with Employment Service (New Deal), increase the job success of New Deal by 7% on average over 3 years.",
    );
    expect(told).not.toContain("employment-service");
    expect(narrate(chain, { style: "in-order-to" })).not.toContain("employment-service");
  });

  it("treats a blank 'so that' as none, and collapses spaces and a closing full stop", () => {
    const chain = firstChain(stockton, "so-zone-cleanliness");
    const blank: Chain = {
      ...chain,
      steps: chain.steps.map((step, i) =>
        i === 0
          ? { ...step, soThat: "  ", subject: { ...step.subject, title: "Clean  every\nzone. " } }
          : { ...step, soThat: step.soThat === null ? null : `${step.soThat}.` },
      ),
    };
    expect(narrate(blank)).toBe(
      'Clean every zone, which contributes to "95% of streets of high or acceptable cleanliness", which contributes to "Secure a safe and attractive environment for current and future generations".',
    );
  });

  it("reads a partner's id when a hand-made chain carries no names", () => {
    const chain = firstChain(stockton, "co-heart-disease");
    const bare: Record<string, unknown> = { ...(chain.steps[0] as Chain["steps"][number]) };
    delete bare.partnerNames;
    const handMade = { ...chain, steps: [bare, ...chain.steps.slice(1)] } as unknown as Chain;
    expect(narrate(handMade)).toBe(
      "Reduce deaths from coronary heart disease and strokes by 40% by 2010, working with primary-care-trust, so that the health of the local community improves.",
    );
  });
});

/** Words that may come in a council's export: blanks, stray spaces, closing full stops, line breaks. */
const wordsArbitrary = fc.oneof(
  fc.constantFrom("", " ", "  ", ".", "the service improves.", "  keys  are tagged ", "I log every key", "PCT acts"),
  fc.string({ maxLength: 12 }),
);

/** Generated cascades with awkward titles and "so that" words, and partners on some links. */
const narratedCascade = cascadeArbitrary.chain((framework) =>
  fc
    .tuple(
      fc.array(wordsArbitrary, { minLength: framework.objectives.length, maxLength: framework.objectives.length }),
      fc.array(fc.option(wordsArbitrary, { nil: undefined }), {
        minLength: framework.objectives.length,
        maxLength: framework.objectives.length,
      }),
      fc.array(fc.boolean(), { minLength: framework.objectives.length, maxLength: framework.objectives.length }),
    )
    .map(([titles, soThats, withPartners]) => ({
      ...framework,
      owners: [
        ...framework.owners,
        { id: "partner-id-1", name: "Health Partnership", kind: "partnership" as const },
        { id: "partner-id-2", name: "Police", kind: "organisation" as const },
      ],
      objectives: framework.objectives.map((objective, i) => ({
        ...objective,
        title: (titles[i] as string).trim() === "" ? `Objective ${String(i)}` : (titles[i] as string),
        ...(objective.contributesTo === undefined
          ? {}
          : {
              contributesTo: objective.contributesTo.map((link) => ({
                ...link,
                ...(soThats[i] === undefined ? {} : { soThat: soThats[i] }),
                ...(withPartners[i] === true
                  ? { link: "indirect" as const, partners: ["partner-id-1", "partner-id-2"] }
                  : {}),
              })),
            }),
      })),
    })),
);

describe("issue 20: narrate over generated cascades (property)", () => {
  it("every sentence is well formed: no empty 'so that', no double spaces, one closing full stop, partners by name", () => {
    fc.assert(
      fc.property(narratedCascade, (framework) => {
        for (const objective of framework.objectives) {
          for (const chain of traceUp(framework, objective.id).chains) {
            for (const style of ["so-that", "in-order-to"] as const) {
              const told = narrate(chain, { style });
              // Each joining phrase is followed by words, never by punctuation or an empty name.
              expect(told).not.toMatch(
                /(?:so that|in order that|contributes? to|working with) *(?:[^\p{L}\p{N}"'(‘“ ]|$)/u,
              );
              expect(told).not.toMatch(/contributes? to ""/u);
              expect(told).not.toMatch(/ {2}|\n| [.,;]$/u);
              expect(told).toMatch(/[^.]\.$/u);
              expect(told).not.toContain("partner-id");
              const indirect = chain.steps.some((step) => step.partners.length > 0);
              if (indirect) expect(told).toContain("working with Health Partnership and Police");
              // Each partner clause is its own link's: set between the step and the link's joining
              // words, never after them (issue 20).
              if (style === "so-that")
                for (const [, after] of told.matchAll(/working with Health Partnership and Police(.{0,24})/gu))
                  expect(after).toMatch(/^, (?:so that |which contributes to )/u);
            }
          }
        }
      }),
      { numRuns: runs(100) },
    );
  });
});
