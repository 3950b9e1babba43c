/**
 * `node --import tsx scripts/zoneDigest.ts COUNT SEED`: prints the time zone and the digest of every
 * engine's answers on COUNT generated frameworks (test/helpers/engineDigest.ts). Run under several
 * `TZ` values, the digests must be equal.
 */
import { engineDigest } from "../test/helpers/engineDigest.js";

const [count = "60", seed = "8"] = process.argv.slice(2);
console.log(engineDigest(Number(count), Number(seed)));
