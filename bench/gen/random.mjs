// A small seeded PRNG (mulberry32) with the draws the generator needs. Everything the generator
// writes comes from one of these, so a seed always gives byte-identical corpora.

/** FNV-1a: turns a seed string (or a label for a forked stream) into a 32-bit state. */
export function hashSeed(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export class Random {
  constructor(seed) {
    this.state = typeof seed === 'number' ? seed >>> 0 : hashSeed(String(seed));
  }

  /** A float in [0, 1). */
  next() {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An independent stream, so adding draws in one part does not shift every other part. */
  fork(label) {
    return new Random(hashSeed(`${this.state}:${label}`));
  }

  /** An integer in [lo, hi], both included. */
  int(lo, hi) {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  chance(p) {
    return this.next() < p;
  }

  pick(items) {
    return items[Math.floor(this.next() * items.length)];
  }

  /** Index drawn with weight proportional to weights[i]. */
  weightedIndex(weights) {
    const total = weights.reduce((a, b) => a + b, 0);
    let r = this.next() * total;
    for (let i = 0; i < weights.length; i++) if ((r -= weights[i]) < 0) return i;
    return weights.length - 1;
  }

  /** Index in [0, n) with a Zipf-like skew: a few items are drawn often, most rarely (news names). */
  skewedIndex(n, exponent = 1.1) {
    const u = this.next();
    return Math.min(n - 1, Math.floor(n * Math.pow(u, 1 + exponent)));
  }

  shuffle(items) {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  }

  /** k distinct items. */
  sample(items, k) {
    return this.shuffle(items).slice(0, Math.min(k, items.length));
  }

  hex(length) {
    let out = '';
    while (out.length < length) out += Math.floor(this.next() * 0x100000000).toString(16).padStart(8, '0');
    return out.slice(0, length);
  }
}
