import { afterEach, describe, expect, it } from "vitest";
import { engineDigest } from "../helpers/engineDigest.js";

/** Six zones: UTC, the extremes (+14, −10 with summer time) and the odd offsets (+5:45, +10:30 with half-hour summer time, −3:30). */
const ZONES = [
  "UTC",
  "Pacific/Kiritimati",
  "America/Adak",
  "Asia/Kathmandu",
  "Australia/Lord_Howe",
  "America/St_Johns",
] as const;

const original = process.env.TZ;

afterEach(() => {
  if (original === undefined) delete process.env.TZ;
  else process.env.TZ = original;
});

describe("every engine's answers in six time zones", () => {
  it("are byte-identical on generated frameworks", () => {
    const digests = ZONES.map((zone) => {
      // Node applies a new TZ at once: local-time Date methods answer in the zone from here on.
      process.env.TZ = zone;
      return { zone, offset: new Date(Date.UTC(2020, 0, 1)).getTimezoneOffset(), digest: engineDigest(40, 8) };
    });
    // The zones did change (so the comparison can fail), and the answers did not.
    expect(new Set(digests.map((d) => d.offset)).size).toBe(ZONES.length);
    expect(digests[0]?.digest).toMatch(/^[0-9a-f]{64}$/);
    expect(new Set(digests.map((d) => d.digest)).size).toBe(1);
  });
});
