// Writes the benchmark's input: a CSV whose code column mixes valid codes of every level, drug
// codes with and without a sentence, D9 defaults, 9999, and invalid codes and sentences, plus a
// few other columns (one quoted, with a comma). Deterministic (a seeded generator), streamed
// with backpressure so generating 5M rows takes little memory.
import { createWriteStream } from "node:fs";
import { once } from "node:events";

const CODES = ["0901", "1001", "1201", "1313", "2099", "2202", "2301", "2404", "2699", "0299", "0301", "3901", "4104", "5499", "6401", "1401", "7399", "9999", "3562", "3530", "3599", "12a4", "901", ""];
const SENTENCES = ["", "", "", "400", "18m", "2y", "1y", "90d", "30", "-5", "life"];
const AGENCIES = ["TX0000000", "CA1234567", "NY7654321", "FL0101010"];

/** A small linear congruential generator: the same file every run. */
function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state;
  };
}

export async function generateCsv(path: string, rows: number): Promise<void> {
  const out = createWriteStream(path);
  const next = lcg(20260128);
  out.write("booking_id,ori,ncic,sentence_days,booked_at,remarks\n");
  const BATCH = 1000;
  for (let start = 0; start < rows; start += BATCH) {
    let chunk = "";
    const end = Math.min(rows, start + BATCH);
    for (let i = start; i < end; i++) {
      const code = CODES[next() % CODES.length] ?? "";
      const sentence = code.startsWith("35") ? (SENTENCES[next() % SENTENCES.length] ?? "") : next() % 50 === 0 ? "bad" : "";
      const agency = AGENCIES[i % AGENCIES.length] ?? "";
      chunk += `B${i},${agency},${code},${sentence},2026-01-${String((i % 28) + 1).padStart(2, "0")}T10:00:00Z,"note ${i % 97}, synthetic"\n`;
    }
    if (!out.write(chunk)) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
}
