// A small bounded memo for pure functions of one string (CSS text). Newsletters repeat the same
// `style` attribute hundreds of times in a message and the same <style> block in every issue, so the
// reference finder parses each distinct text once. Bounded by the total length of the keys it holds:
// when full, it starts again empty (cheaper per look-up than keeping a least-recently-used order).
// The bounds are small on purpose: a few hundred KB of CSS per parsing worker, enough for the repeats
// inside a message and between messages read close together, not a store of every sheet ever seen.

export class StringCache<T> {
  private readonly entries = new Map<string, T>();
  private chars = 0;

  constructor(
    private readonly maxChars: number,
    private readonly maxKeyChars: number,
  ) {}

  get(key: string, compute: (key: string) => T): T {
    const cached = this.entries.get(key);
    if (cached !== undefined) return cached;
    if (key.length > this.maxKeyChars) return compute(key);
    // A key cut from a mail's HTML is, to the JavaScript engine, a view into the whole HTML: kept as it
    // is, it (and every string computed from it) would keep that mail in memory. A copy of its own is
    // kept, and the value is computed from the copy.
    const own = ownCopy(key);
    const value = compute(own);
    if (this.chars + own.length > this.maxChars) {
      this.entries.clear();
      this.chars = 0;
    }
    this.entries.set(own, value);
    this.chars += own.length;
    return value;
  }
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** The same text in a string that shares no memory with any other (lone surrogates excepted: kept as is). */
function ownCopy(text: string): string {
  const copy = decoder.decode(encoder.encode(text));
  return copy === text ? copy : text;
}
