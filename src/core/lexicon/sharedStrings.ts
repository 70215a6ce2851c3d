// One string kept for each distinct text, whichever document it was read from: a corpus writes the
// same names and long forms over and over, and a copy of each for every document it was cut from
// is megabytes. Bounded: past `most` distinct texts it starts over (a long editing session meets
// every prefix of a typed word), which costs only sharing.
export class SharedStrings {
  private readonly strings = new Map<string, string>();

  constructor(private readonly most: number) {}

  /** How many texts are kept now. */
  get size(): number {
    return this.strings.size;
  }

  /** The kept string equal to `text`, kept now when it is new. */
  of(text: string): string {
    const kept = this.strings.get(text);
    if (kept !== undefined) return kept;
    if (this.strings.size >= this.most) this.strings.clear();
    this.strings.set(text, text);
    return text;
  }
}
