// Seeded randomness without a shared stream: every draw is a hash of the
// seed, the state, the booking's index and what is drawn (a salt), so a
// booking's facts are the same whichever batch or worker makes them, and in
// whatever order (issue 16: byte-identical statistics whatever the batch
// size or number of workers).

/** 32-bit finaliser of MurmurHash3: spreads every input bit over the output. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function hashString(text: string, h: number): number {
  for (let i = 0; i < text.length; i++) h = fmix32(h ^ Math.imul(text.charCodeAt(i), 0x9e3779b1));
  return h;
}

/** A draw in [0, 1) from (seed, state, index, salt). */
export function unit(seed: number, state: string, index: number, salt: string): number {
  let h = fmix32(seed ^ 0x5bd1e995);
  h = hashString(state, h);
  h = fmix32(h ^ Math.imul(index, 0x27d4eb2d) ^ (Math.floor(index / 0x1_0000_0000) >>> 0));
  h = hashString(salt, h);
  return h / 0x1_0000_0000;
}

/** A standard normal draw (Box-Muller over two hashed uniforms). */
export function normal(seed: number, state: string, index: number, salt: string): number {
  const u1 = Math.max(unit(seed, state, index, `${salt}:a`), Number.MIN_VALUE);
  const u2 = unit(seed, state, index, `${salt}:b`);
  return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
}

/** Picks a key by weight with the draw u in [0, 1); keys in the order given. */
export function pick<K extends string>(weights: Partial<Record<K, number>>, u: number): K {
  const entries = Object.entries(weights) as [K, number][];
  const total = entries.reduce((sum, [, w]) => sum + w, 0);
  let acc = 0;
  for (const [key, w] of entries) {
    acc += w / total;
    if (u < acc) return key;
  }
  const last = entries.findLast(([, w]) => w > 0);
  if (last === undefined) throw new Error("no weight above 0");
  return last[0];
}
