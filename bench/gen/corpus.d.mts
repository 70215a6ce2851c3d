// Types of corpus.mjs for the TypeScript tests that generate a corpus in memory.
export interface GeneratedDocument {
  path: string;
  text: string;
  /** Index of the story the document is a version of. */
  story: number;
  outlet: string;
  /** Kinds of inconsistency planted in this version. */
  planted: string[];
}

export function generateDocuments(size: number, seed: string): Generator<GeneratedDocument>;
