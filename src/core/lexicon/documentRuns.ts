// The letter runs of one document as the corpus vocabulary numbered them, block by block: what a
// reader of every word of a new document (the glued-words candidate search) is handed while the
// vocabulary counts it, so the document's text is walked and its words found in the table once.
// As numbers in arrays reused from one document to the next: nothing is kept per document.
import { grown } from './wordTable';

export class DocumentRuns {
  /** Per run: its word's number in the vocabulary (-1 when it has none), and where it starts and ends in its block's text. */
  ids = new Int32Array(1024);
  starts = new Int32Array(1024);
  ends = new Int32Array(1024);
  private length = 0;
  /** Per block of the document: where its runs end in the arrays above. */
  private blockEnds = new Int32Array(64);
  private blocks = 0;

  /** Forgets the last document's runs. */
  clear(): void {
    this.length = 0;
    this.blocks = 0;
  }

  /** Adds a run of the block under way. */
  push(id: number, from: number, to: number): void {
    if (this.length === this.ids.length) this.grow(this.length * 2);
    this.ids[this.length] = id;
    this.starts[this.length] = from;
    this.ends[this.length] = to;
    this.length++;
  }

  /** Closes the block under way: the runs pushed next belong to the document's next block. */
  endBlock(): void {
    if (this.blocks === this.blockEnds.length) this.blockEnds = grown(this.blockEnds, this.blocks * 2);
    this.blockEnds[this.blocks++] = this.length;
  }

  /** Where the runs of the document's block `index` start in the arrays. */
  blockStart(index: number): number {
    return index === 0 ? 0 : this.blockEnds[index - 1];
  }

  /** Where they end. */
  blockEnd(index: number): number {
    return this.blockEnds[index];
  }

  private grow(size: number): void {
    this.ids = grown(this.ids, size);
    this.starts = grown(this.starts, size);
    this.ends = grown(this.ends, size);
  }
}
