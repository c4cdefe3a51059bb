// A small bounded memo for pure functions of one string (CSS text). Newsletters repeat the same
// `style` attribute hundreds of times in a message and the same <style> block in every issue, so the
// reference finder parses each distinct text once. Bounded by the total length of the keys it holds:
// when full, it starts again empty (cheaper per look-up than keeping a least-recently-used order).

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
    const value = compute(key);
    if (key.length > this.maxKeyChars) return value;
    if (this.chars + key.length > this.maxChars) {
      this.entries.clear();
      this.chars = 0;
    }
    this.entries.set(key, value);
    this.chars += key.length;
    return value;
  }
}
