// Reads and analyses a corpus's files on worker threads while the main thread checks the ones
// already analysed: reading (waiting on the disk, decoding) and extraction (parsing pages,
// classifying blocks, splitting sentences, finding dates) need nothing but the file, while what
// follows (story terms, the rules' reading of each document) builds corpus-wide state and stays on
// one thread. Files come back in corpus order, so the corpus is built exactly as a single thread
// builds it, and the report is the same byte for byte. A thread that fails or dies leaves its files
// to the main thread, which reads and analyses them as it would with no thread at all.
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { analyzeDocument, type AnalyzedDocument } from '../core/engine/analyzedDocument';
import type { SourceDocument } from '../core/types';
import { unpackedAnalysis, type PackedAnalysis } from './analysisMessage';
import { readCorpusFile } from './readCorpusFile';

/** A file to check: where it is, and the path the report gives it. */
export interface CorpusFile {
  file: string;
  path: string;
}

export interface AnalysisBatch {
  batch: number;
  files: readonly CorpusFile[];
  /** Files larger than this are skipped, as readCorpusFile skips them. */
  maxBytes: number;
}

/**
 * Per file of the batch: why it cannot be checked; its text, with its analysis or why that failed;
 * or null when the thread left it to the main thread (a file of more than a megabyte).
 */
export type AnalysisAnswer = { reason: string } | { text: string; analysis: PackedAnalysis } | { text: string; error: string } | null;

export interface AnalysisReply {
  batch: number;
  answers: AnalysisAnswer[];
}

/** A file read: the document to check, or why it cannot be. */
export type ReadFile = { doc: SourceDocument } | { reason: string };

/** A batch holds this many files. */
const BATCH_FILES = 32;
/**
 * A file larger than this (in bytes) is read and analysed on the main thread: a thread's batch
 * stays under 32 MB, and its heap small.
 */
export const LOCAL_BYTES = 1 << 20;
/**
 * Batches sent ahead of the one the main thread is checking: the threads never wait for work, and
 * neither the files queued for them nor their answers pile up in memory.
 */
const AHEAD = 8;
/**
 * A thread keeps nothing from one batch to the next: a bounded heap makes it collect often instead
 * of growing by tens of megabytes, and is still many times what a batch of a megabyte needs.
 */
const THREAD_HEAP = { maxOldGenerationSizeMb: 192, maxYoungGenerationSizeMb: 8 };
/** Below this many files, starting a thread costs more than it saves. */
const MIN_FILES = 200;
/**
 * Reading and extraction are a third of the work and the rest stays on the main thread, so a
 * thread or two keep up with it; more only take memory (and the cores a container reports may not
 * be its own).
 */
const DEFAULT_MAX_THREADS = 2;
const MAX_THREADS = 8;

/** Threads besides the main one by default: one fewer than the processor's cores, two at most. */
export function defaultAnalysisThreads(): number {
  return Math.min(DEFAULT_MAX_THREADS, Math.max(0, os.availableParallelism() - 1));
}

/** The threads worth starting for `files` files when `threads` may be. */
export function threadsWorthStarting(files: number, threads: number): number {
  return files >= MIN_FILES ? Math.min(threads, MAX_THREADS, Math.ceil(files / BATCH_FILES)) : 0;
}

export class AnalysisThreads {
  private readonly workers: Worker[] = [];
  private readonly batches: number;
  private readonly answers: (AnalysisAnswer[] | undefined)[] = [];
  /** Batches whose thread failed: the main thread reads and analyses their files. */
  private readonly lost = new Set<number>();
  private readonly failed = new Set<Worker>();
  /** The first batch not sent yet. */
  private unsent = 0;
  private closing = false;
  private readonly waiting = new Map<number, (() => void)[]>();
  private readonly pending = new Map<SourceDocument, { analysis: PackedAnalysis } | { error: string }>();
  /** How many files a thread read (and analysed, or failed to): the others were read here. */
  answeredByThreads = 0;
  /** How many of the threads' analyses the corpus took. */
  analysesTaken = 0;

  /** `warn` hears of a thread that stopped before it was done (its files are read and analysed here). */
  constructor(
    private readonly files: readonly CorpusFile[],
    private readonly maxBytes: number,
    threads = defaultAnalysisThreads(),
    private readonly warn: (line: string) => void = () => undefined,
    workerFile = path.join(__dirname, 'analysisWorker.js'),
  ) {
    this.batches = Math.ceil(files.length / BATCH_FILES);
    for (let t = 0; t < threads; t++) this.workers.push(this.started(workerFile, t, threads));
    this.sendBefore(AHEAD);
  }

  /**
   * File `index` once its thread has read it (or once this thread has, when its thread left it or
   * failed). Its analysis, if the thread made one, is then `analyze`'s to hand to the Corpus.
   */
  async read(index: number): Promise<ReadFile> {
    const batch = Math.floor(index / BATCH_FILES);
    this.sendBefore(batch + AHEAD);
    if (!this.answers[batch] && !this.lost.has(batch)) {
      await new Promise<void>((resolve) => {
        const waiters = this.waiting.get(batch) ?? [];
        waiters.push(resolve);
        this.waiting.set(batch, waiters);
      });
    }
    return this.take(index);
  }

  /**
   * The analysis of a document whose turn has come (the Corpus's `analyze`): the thread's answer,
   * or one made here. A document the thread could not analyse throws the thread's message.
   */
  readonly analyze = (doc: SourceDocument): AnalyzedDocument => {
    const answer = this.pending.get(doc);
    if (!answer) return analyzeDocument(doc);
    this.pending.delete(doc);
    if ('error' in answer) throw new Error(answer.error);
    // an answer is only ever taken as the analysis of the document it was made from
    if (answer.analysis.article.path !== doc.path) return analyzeDocument(doc);
    this.analysesTaken++;
    return unpackedAnalysis(doc, answer.analysis);
  };

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.workers.splice(0).map((w) => w.terminate()));
  }

  /** The thread's answer for file `index` (the batch's copy let go), or the file read here. */
  private take(index: number): ReadFile {
    const { file, path } = this.files[index];
    const answers = this.answers[Math.floor(index / BATCH_FILES)];
    const at = index % BATCH_FILES;
    const answer = answers?.[at];
    if (answers) answers[at] = null;
    if (!answer) {
      const read = readCorpusFile(file, this.maxBytes);
      return 'text' in read ? { doc: { path, text: read.text } } : read;
    }
    this.answeredByThreads++;
    if ('reason' in answer) return answer;
    const doc = { path, text: answer.text };
    this.pending.set(doc, 'error' in answer ? { error: answer.error } : { analysis: answer.analysis });
    return { doc };
  }

  /** Sends every batch before `limit` not sent yet. */
  private sendBefore(limit: number): void {
    for (; this.unsent < Math.min(limit, this.batches); this.unsent++) this.send(this.unsent);
  }

  /** Sends batch `b` to its thread; with no thread (none started, or it failed), the batch is lost. */
  private send(b: number): void {
    const worker = this.workers.length ? this.workers[b % this.workers.length] : undefined;
    if (!worker || this.failed.has(worker)) {
      this.lost.add(b);
      return;
    }
    const files = this.files.slice(b * BATCH_FILES, (b + 1) * BATCH_FILES);
    worker.postMessage({ batch: b, files, maxBytes: this.maxBytes } satisfies AnalysisBatch);
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
      // a thread whose message could not be read may still be running: its later answers would be read twice
      void worker.terminate();
      let left = 0;
      for (let b = thread; b < this.batches; b += count) {
        if (this.answers[b]) continue;
        left++;
        this.lost.add(b);
        this.wake(b);
      }
      if (left) this.warn(`an analysis thread stopped (${why instanceof Error ? why.message : `exit code ${String(why)}`}); its files are read and analysed on the main thread`);
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
