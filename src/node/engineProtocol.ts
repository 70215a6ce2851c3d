// The messages between the extension and the engine worker. Plain data only: what crosses the
// thread boundary is structured-cloned, so no class instances and no document texts coming back.
import type { Comparison } from '../core/compare/compareVersions';
import type { ConfigProblem, HouseStyle, Locale } from '../core/config/houseStyle';
import type { ReportRange } from '../core/report/jsonReport';
import type { Story } from '../core/stories/story';
import type { BlockKind, Evidence, Finding, SourceDocument } from '../core/types';

/** A finding with its ranges already turned into lines and columns (0-based, for the editor). */
export interface PlacedFinding extends Finding {
  range: ReportRange;
  related: (Finding['related'][number] & { range: ReportRange })[];
}

export interface DocumentSummary {
  path: string;
  headline?: { text: string; start: number; end: number };
  outlet?: { name: string; evidence: Evidence[] };
  published?: { iso: string; evidence: Evidence[] };
  /** Where the body starts, for "open version". */
  bodyStart?: number;
  /** Blocks left out of the checks, for dimming: start, end, kind and why. */
  furniture: { start: number; end: number; kind: BlockKind; reason?: string }[];
  /** Length of the text the summary was made from, to spot a stale summary. */
  textLength: number;
}

export interface Snapshot {
  generation: number;
  documents: DocumentSummary[];
  stories: Story[];
  findings: PlacedFinding[];
  failures: { rule: string; error: string }[];
  /** Documents whose analysis failed: left out of the checks, with the error. */
  unanalysed: { path: string; error: string }[];
  timings: Record<string, number>;
}

export interface NameGroup {
  forms: { form: string; occurrences: { path: string; range: ReportRange }[] }[];
}

export type EngineRequest =
  | { kind: 'update'; set: SourceDocument[]; remove: string[] }
  | { kind: 'style'; text: string | undefined; settings?: { locale?: Locale; rules?: HouseStyle['rules'] } }
  | { kind: 'check'; generation: number }
  | { kind: 'compare'; a: string; b: string }
  | { kind: 'facts'; path: string }
  | { kind: 'names' }
  | { kind: 'body'; path: string };

export interface EngineReplies {
  update: { analysed: number };
  style: { problems: ConfigProblem[] };
  check: Snapshot;
  compare: Comparison | undefined;
  facts: string | undefined;
  names: NameGroup[];
  body: string | undefined;
}

export type Reply<K extends EngineRequest['kind']> = EngineReplies[K];
