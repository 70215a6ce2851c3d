// Analyses a corpus's documents on worker threads while the main thread checks the ones already
// analysed: extraction (parsing pages, classifying blocks, splitting sentences) is a third of a
// check's work and needs nothing but the document, while what follows (story terms, the rules'
// reading of each document) builds corpus-wide state and stays on one thread. Documents come back
// in corpus order, so the corpus is built exactly as a single thread builds it, and the report is
// the same byte for byte. A thread that fails or dies leaves its documents to the main thread.
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { analysisOf, analyzeDocument, type AnalyzedDocument } from '../core/engine/analyzedDocument';
import type { SourceDocument } from '../core/types';
import { unpacked, type PackedAnalysis } from './analysisMessage';

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

/** Documents sent to a thread at a time: enough to make a message worth its cost, few enough to start soon. */
const BATCH = 32;
/**
 * Batches sent ahead of the one the main thread is checking: the threads never wait for work, and
 * neither the documents queued for them nor their answers pile up in memory.
 */
const AHEAD = 8;
/**
 * A thread keeps nothing from one batch to the next: a small heap makes it collect often instead of
 * growing by tens of megabytes. A document too big for it (a huge page) stops the thread, and the
 * main thread analyses what it left.
 */
const THREAD_HEAP = { maxOldGenerationSizeMb: 96, maxYoungGenerationSizeMb: 8 };
/** Below this many documents, starting a thread costs more than it saves. */
const MIN_DOCUMENTS = 200;

/** Threads besides the main one: one fewer than the processor's cores. */
export function defaultAnalysisThreads(): number {
  return Math.max(0, os.availableParallelism() - 1);
}

/** The threads worth starting for `documents` documents when `threads` may be. */
export function threadsWorthStarting(documents: number, threads: number): number {
  return documents >= MIN_DOCUMENTS ? threads : 0;
}

export class AnalysisThreads {
  private readonly workers: Worker[] = [];
  private readonly answers: ((AnalysisAnswer | undefined)[] | undefined)[] = [];
  /** Batches whose thread failed: the main thread analyses their documents. */
  private readonly lost = new Set<number>();
  private readonly failed = new Set<Worker>();
  /** The first batch not sent yet. */
  private unsent = 0;
  private readonly waiting = new Map<number, (() => void)[]>();
  private readonly pending = new Map<SourceDocument, AnalysisAnswer>();
  /** How many documents a thread analysed (or failed to): the others were analysed here. */
  answeredByThreads = 0;

  constructor(private readonly documents: readonly SourceDocument[], threads = defaultAnalysisThreads(), workerFile = path.join(__dirname, 'analysisWorker.js')) {
    for (let t = 0; t < threads; t++) this.workers.push(this.started(workerFile, t, threads));
    this.sendBefore(AHEAD);
  }

  /** Resolves once document `index` has an answer from its thread, or is left to this one. */
  ready(index: number): Promise<void> {
    const batch = Math.floor(index / BATCH);
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
    return analysisOf(doc, unpacked(doc, answer));
  };

  async close(): Promise<void> {
    await Promise.all(this.workers.splice(0).map((w) => w.terminate()));
  }

  /** Hands the thread's answer for document `index` to `analyze`, and lets the batch's copy go. */
  private take(index: number): void {
    const answers = this.answers[Math.floor(index / BATCH)];
    const answer = answers?.[index % BATCH];
    if (!answers || !answer) return;
    this.pending.set(this.documents[index], answer);
    answers[index % BATCH] = undefined;
  }

  /** Sends every batch before `limit` not sent yet. */
  private sendBefore(limit: number): void {
    for (; this.unsent < limit && this.unsent * BATCH < this.documents.length; this.unsent++) this.send(this.unsent);
  }

  /** Sends batch `b` to its thread; with no thread (none started, or it failed), the batch is lost. */
  private send(b: number): void {
    const worker = this.workers.length ? this.workers[b % this.workers.length] : undefined;
    if (!worker || this.failed.has(worker)) this.lost.add(b);
    else worker.postMessage({ batch: b, documents: this.documents.slice(b * BATCH, (b + 1) * BATCH) } satisfies AnalysisBatch);
  }

  private started(file: string, thread: number, count: number): Worker {
    const worker = new Worker(file, { resourceLimits: THREAD_HEAP });
    worker.on('message', ({ batch, answers }: AnalysisReply) => {
      this.answers[batch] = answers;
      this.wake(batch);
    });
    const fail = () => {
      this.failed.add(worker);
      for (let b = thread; b * BATCH < this.documents.length; b += count) {
        if (this.answers[b]) continue;
        this.lost.add(b);
        this.wake(b);
      }
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
