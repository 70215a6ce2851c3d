// Analyses a corpus's documents on worker threads while the main thread checks the ones already
// analysed: extraction (parsing pages, classifying blocks, splitting sentences) is a third of a
// check's work and needs nothing but the document, while what follows (story terms, the rules'
// reading of each document) builds corpus-wide state and stays on one thread. Documents come back
// in corpus order, so the corpus is built exactly as a single thread builds it, and the report is
// the same byte for byte. A thread that fails or dies leaves its documents to the main thread.
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { analyzeDocument, type AnalyzedDocument } from '../core/engine/analyzedDocument';
import type { SourceDocument } from '../core/types';
import { unpackedAnalysis, type PackedAnalysis } from './analysisMessage';

export interface AnalysisBatch {
  batch: number;
  documents: readonly SourceDocument[];
}

/** Per document of the batch: its analysis, or why it could not be analysed (null: not done, do it here). */
export type AnalysisAnswer = PackedAnalysis | { error: string };

export interface AnalysisReply {
  batch: number;
  answers: AnalysisAnswer[];
}

/** A batch holds this many documents at most, and closes once it holds this many characters. */
const BATCH_DOCUMENTS = 32;
const BATCH_CHARS = 1 << 20;
/** A document longer than this is analysed on the main thread: a thread's heap stays small. */
const LOCAL_CHARS = 1 << 20;
/**
 * Batches sent ahead of the one the main thread is checking: the threads never wait for work, and
 * neither the documents queued for them nor their answers pile up in memory.
 */
const AHEAD = 8;
/**
 * A thread keeps nothing from one batch to the next: a bounded heap makes it collect often instead
 * of growing by tens of megabytes, and is still many times what a batch of a megabyte needs.
 */
const THREAD_HEAP = { maxOldGenerationSizeMb: 192, maxYoungGenerationSizeMb: 8 };
/** Below this many documents, starting a thread costs more than it saves. */
const MIN_DOCUMENTS = 200;
/**
 * Extraction is a third of the work and the rest stays on the main thread, so a thread or two keep
 * up with it; more only take memory (and the cores a container reports may not be its own).
 */
const DEFAULT_MAX_THREADS = 2;
const MAX_THREADS = 8;

/** Threads besides the main one by default: one fewer than the processor's cores, two at most. */
export function defaultAnalysisThreads(): number {
  return Math.min(DEFAULT_MAX_THREADS, Math.max(0, os.availableParallelism() - 1));
}

/** The threads worth starting for `documents` documents when `threads` may be. */
export function threadsWorthStarting(documents: number, threads: number): number {
  return documents >= MIN_DOCUMENTS ? Math.min(threads, MAX_THREADS, Math.ceil(documents / BATCH_DOCUMENTS)) : 0;
}

/** Where each document goes: batch numbers (-1: analysed here), and each batch's first document (a batch is a run of documents). */
interface Plan {
  batchOf: Int32Array;
  firstOf: number[];
}

function planned(documents: readonly SourceDocument[]): Plan {
  const batchOf = new Int32Array(documents.length).fill(-1);
  const firstOf: number[] = [];
  let count = 0;
  let chars = 0;
  let closed = true;
  documents.forEach((doc, i) => {
    // a batch is a run of documents in a row: one analysed here closes it
    if (doc.text.length > LOCAL_CHARS) {
      closed = true;
      return;
    }
    if (closed || count === BATCH_DOCUMENTS || chars >= BATCH_CHARS) {
      closed = false;
      firstOf.push(i);
      count = chars = 0;
    }
    batchOf[i] = firstOf.length - 1;
    count++;
    chars += doc.text.length;
  });
  return { batchOf, firstOf };
}

export class AnalysisThreads {
  private readonly workers: Worker[] = [];
  private readonly plan: Plan;
  private readonly answers: ((AnalysisAnswer | undefined)[] | undefined)[] = [];
  /** Batches whose thread failed: the main thread analyses their documents. */
  private readonly lost = new Set<number>();
  private readonly failed = new Set<Worker>();
  /** The first batch not sent yet. */
  private unsent = 0;
  private closing = false;
  private readonly waiting = new Map<number, (() => void)[]>();
  private readonly pending = new Map<SourceDocument, AnalysisAnswer>();
  /** How many documents a thread analysed (or failed to): the others were analysed here. */
  answeredByThreads = 0;

  /** `warn` hears of a thread that stopped before it was done (its documents are analysed here). */
  constructor(
    private readonly documents: readonly SourceDocument[],
    threads = defaultAnalysisThreads(),
    private readonly warn: (line: string) => void = () => undefined,
    workerFile = path.join(__dirname, 'analysisWorker.js'),
  ) {
    this.plan = planned(documents);
    for (let t = 0; t < threads; t++) this.workers.push(this.started(workerFile, t, threads));
    this.sendBefore(AHEAD);
  }

  /** Resolves once document `index` has an answer from its thread, or is left to this one. */
  ready(index: number): Promise<void> {
    const batch = this.plan.batchOf[index];
    if (batch < 0) return Promise.resolve();
    this.sendBefore(batch + AHEAD);
    if (this.answers[batch] || this.lost.has(batch)) {
      this.take(index);
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const waiters = this.waiting.get(batch) ?? [];
      waiters.push(() => { this.take(index); resolve(); });
      this.waiting.set(batch, waiters);
    });
  }

  /**
   * The analysis of a document whose turn has come (the Corpus's `analyze`): the thread's answer,
   * or one made here. A document the thread could not analyse throws the thread's message.
   */
  readonly analyze = (doc: SourceDocument): AnalyzedDocument => {
    const answer = this.pending.get(doc);
    if (!answer) return analyzeDocument(doc);
    this.pending.delete(doc);
    this.answeredByThreads++;
    if ('error' in answer) throw new Error(answer.error);
    // an answer is only ever taken as the analysis of the document it was made from
    if (answer.article.path !== doc.path) return analyzeDocument(doc);
    return unpackedAnalysis(doc, answer);
  };

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.workers.splice(0).map((w) => w.terminate()));
  }

  /** Hands the thread's answer for document `index` to `analyze`, and lets the batch's copy go. */
  private take(index: number): void {
    const batch = this.plan.batchOf[index];
    const answers = this.answers[batch];
    const at = index - this.plan.firstOf[batch];
    const answer = answers?.[at];
    if (!answers || !answer) return;
    this.pending.set(this.documents[index], answer);
    answers[at] = undefined;
  }

  /** Sends every batch before `limit` not sent yet. */
  private sendBefore(limit: number): void {
    for (; this.unsent < Math.min(limit, this.plan.firstOf.length); this.unsent++) this.send(this.unsent);
  }

  /** Sends batch `b` to its thread; with no thread (none started, or it failed), the batch is lost. */
  private send(b: number): void {
    const worker = this.workers.length ? this.workers[b % this.workers.length] : undefined;
    if (!worker || this.failed.has(worker)) {
      this.lost.add(b);
      return;
    }
    const { batchOf, firstOf } = this.plan;
    const documents: SourceDocument[] = [];
    for (let i = firstOf[b]; i < (firstOf[b + 1] ?? this.documents.length); i++) if (batchOf[i] === b) documents.push(this.documents[i]);
    worker.postMessage({ batch: b, documents } satisfies AnalysisBatch);
  }

  private started(file: string, thread: number, count: number): Worker {
    const worker = new Worker(file, { resourceLimits: THREAD_HEAP });
    worker.on('message', ({ batch, answers }: AnalysisReply) => {
      this.answers[batch] = answers;
      this.wake(batch);
    });
    const fail = (why: unknown) => {
      if (this.closing || this.failed.has(worker)) return;
      this.failed.add(worker);
      let left = 0;
      for (let b = thread; b < this.plan.firstOf.length; b += count) {
        if (this.answers[b]) continue;
        left++;
        this.lost.add(b);
        this.wake(b);
      }
      if (left) this.warn(`an analysis thread stopped (${why instanceof Error ? why.message : `exit code ${String(why)}`}); its documents are analysed on the main thread`);
    };
    worker.on('error', fail);
    worker.on('messageerror', fail);
    worker.on('exit', fail);
    return worker;
  }

  private wake(batch: number): void {
    const waiters = this.waiting.get(batch) ?? [];
    this.waiting.delete(batch);
    for (const resume of waiters) resume();
  }
}
