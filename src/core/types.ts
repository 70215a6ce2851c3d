// Plain data shared by the engine, the CLI and the extension. Offsets are UTF-16 code units into
// the document's text as the editor shows it (a leading BOM removed), never into a cleaned copy.

export type Severity = 'error' | 'warning' | 'info' | 'hint';

export type RuleId =
  | 'name-variant'
  | 'spelling-variant'
  | 'date-conflict'
  | 'weekday-mismatch'
  | 'number-conflict'
  | 'glued-words'
  | 'acronym-mismatch'
  | 'typo'
  | 'second-reference';

export const RULE_IDS: readonly RuleId[] = [
  'name-variant', 'spelling-variant', 'date-conflict', 'weekday-mismatch',
  'number-conflict', 'glued-words', 'acronym-mismatch', 'typo', 'second-reference',
];

/** A half-open range [start, end) of offsets into a document's text. */
export interface Span {
  start: number;
  end: number;
}

/** A document as the engine receives it: the path is an identifier, the text is what the editor shows. */
export interface SourceDocument {
  path: string;
  text: string;
}

export type DocumentFormat = 'txt' | 'md' | 'html';

export type BlockKind =
  | 'headline'
  | 'body'
  | 'caption'
  | 'dateline'
  | 'byline'
  | 'signoff'
  | 'furniture'
  | 'metadata';

/**
 * A paragraph-like unit of a document: a line of plain text, or the text of a block element of HTML.
 * `text` is what a reader sees; when it is not literally `document.text.slice(start, end)` (HTML
 * entities, collapsed whitespace), `offsets[i]` is the document offset of `text[i]` and
 * `offsets[text.length]` the document offset just past the block's last character.
 */
export interface Block extends Span {
  text: string;
  kind: BlockKind;
  offsets?: Int32Array;
  /** With `offsets`: `ends[i]` is the document offset just past the source of `text[i]`. */
  ends?: Int32Array;
  /** Why the block got its kind, for hovers and the closing notes ("link list", "after sign-off"). */
  reason?: string;
  /**
   * How many blocks of the page this one stands for, when more than one: a run of furniture lines
   * is one block once the page is classified (see joinFurnitureRuns). Distances between blocks
   * ("the date line nearest the headline") are counted in the page's own blocks.
   */
  joined?: number;
}

export interface Evidence {
  /** What was seen, in words an editor understands. */
  says: string;
  span?: Span;
}

export interface Outlet {
  name: string;
  evidence: Evidence[];
}

export interface PublicationDate {
  /** ISO 8601 date (YYYY-MM-DD). */
  iso: string;
  evidence: Evidence[];
}

export interface Article {
  path: string;
  format: DocumentFormat;
  headline?: Block;
  /** Every block in document order, furniture included. */
  blocks: Block[];
  outlet?: Outlet;
  published?: PublicationDate;
  /** Author from front matter or a byline. */
  author?: string;
}

export interface Sentence extends Span {
  /** The sentence as a reader sees it (from the block text). */
  text: string;
  /** Index into `Article.blocks`. */
  block: number;
  /** Offset of the sentence inside its block's text. */
  blockStart: number;
}

export interface Related {
  path: string;
  span: Span;
  text: string;
  message?: string;
}

export interface Finding {
  rule: RuleId;
  severity: Severity;
  message: string;
  path: string;
  span: Span;
  /** Exactly `document.text.slice(span.start, span.end)`. */
  text: string;
  /** Replacement for `text`, when the rule has one. */
  suggestion?: string;
  related: Related[];
  /** Rule-specific facts for hovers and quick fixes (variant counts, normalised values…). */
  data?: Record<string, unknown>;
}

/**
 * The word a house style ignores to silence a finding: its text, or the word the rule names in
 * `data.ignoreAs` when the finding marks more ("Thursday" of "Thursday, March 29").
 */
export function ignorableText(finding: Finding): string {
  const word = finding.data?.ignoreAs;
  return typeof word === 'string' ? word : finding.text;
}
