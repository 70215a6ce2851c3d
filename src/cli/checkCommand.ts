// wirecheck check: read the corpus, run every rule, print the report.
import { createCorpus } from '../core/engine/createCorpus';
import type { Corpus } from '../core/engine/corpus';
import { jsonChunks } from '../core/report/jsonChunks';
import { buildReport, type Report, type SkippedFile } from '../core/report/jsonReport';
import { toSarif } from '../core/report/sarif';
import { createRules } from '../core/rules';
import type { SourceDocument } from '../core/types';
import { loadStyle } from './loadStyle';
import { DEFAULT_MAX_BYTES, displayPath, finishedSkips, walkCorpus } from './readCorpus';
import { printable, printableLines } from '../core/report/printable';
import { stylish } from './stylish';
import { AnalysisThreads, defaultAnalysisThreads, threadsWorthStarting } from '../node/analysisThreads';
import { englishLexicon } from '../node/wordList';
import { drawsOnTerminal, Progress } from './progress';
import { StageTimes } from './stageTimes';
import { counted } from './thousands';
import { UsageError } from './usageError';

export interface CheckOptions {
  format?: string;
  config?: string;
  'max-warnings'?: string;
  'max-file-size'?: string;
  threads?: string;
  timings?: boolean;
}

/** `write` takes the report (stdout); the --timings table goes to stderr after it. */
export async function checkCommand(paths: string[], options: CheckOptions, write: (s: string) => void): Promise<number> {
  if (!paths.length) throw new UsageError('check needs at least one file or folder');
  const format = options.format ?? 'stylish';
  if (!['stylish', 'json', 'sarif'].includes(format)) throw new UsageError(`unknown format "${format}" (stylish, json or sarif)`);
  const maxWarnings = options['max-warnings'] === undefined ? undefined : wholeNumber(options['max-warnings'], '--max-warnings');
  const maxBytes = maxFileSize(options);
  const stages = options.timings ? new StageTimes() : undefined;
  const report = await runCheck(paths, options.config, maxBytes, analysisThreads(options), undefined, stages);
  const writeReport = () => {
    if (format === 'stylish') write(printableLines(stylish(report)));
    else {
      writeBatched(jsonChunks(format === 'json' ? report : toSarif(report, createRules()), 1, REPORT_STREAM_DEPTH[format]), write);
      write('\n');
    }
  };
  if (stages) {
    stages.time('writing the report', writeReport);
    process.stderr.write(stages.table());
  } else {
    writeReport();
  }
  return exitCode(report, maxWarnings);
}

/**
 * `progress` is drawn on stderr when that is a terminal (progress.ts); tests hand in their own.
 * `stages` hears how long reading and analysing took, then the stories and each rule.
 */
export async function runCheck(
  paths: string[], config: string | undefined, maxBytes: number, threads = defaultAnalysisThreads(), progress = terminalProgress(),
  stages?: StageTimes,
): Promise<Report> {
  const started = performance.now();
  const warn = (line: string) => progress.warn(`wirecheck: ${printable(line)}\n`);
  const style = loadStyle(config, paths, warn);
  const { files, skipped } = walkCorpus(paths);
  // what the walk skipped is told at once, a file that cannot be read when its turn comes
  warnSkipped(finishedSkips(skipped), warn);
  let analyses: AnalysisThreads | undefined;
  try {
    const corpusFiles = files.map((file) => ({ file, path: displayPath(file) }));
    const threadCount = threadsWorthStarting(files.length, threads);
    analyses = new AnalysisThreads(corpusFiles, maxBytes, threadCount, warn);
    const corpus = createCorpus({ style, lexicon: englishLexicon, analyze: analyses.analyze });
    let documents = 0;
    for (let i = 0; i < files.length; i++) {
      const read = await analyses.read(i);
      if ('doc' in read) {
        corpus.set(read.doc);
        documents++;
      } else {
        skipped.push({ path: files[i], reason: read.reason });
        warnSkipped([{ path: corpusFiles[i].path, reason: read.reason }], warn);
      }
      progress.files(i + 1, files.length);
    }
    stages?.add(`reading and analysing ${counted(files.length, 'file')} (${threadCount ? `${counted(threadCount, 'thread')} beside the main one` : 'on the main thread'})`, performance.now() - started);
    progress.stage(`checking ${counted(documents, 'document')}`);
    return checkedReport(corpus, finishedSkips(skipped), warn, stages);
  } finally {
    progress.clear();
    await analyses?.close();
  }
}

function terminalProgress(): Progress {
  const stderr = process.stderr;
  return new Progress((text) => stderr.write(text), drawsOnTerminal(stderr.isTTY === true, process.env), undefined, () => stderr.columns);
}

/** The report on `documents`; what could not be read or checked goes to `warn` and into the report. */
export function checkDocuments(corpus: Corpus, documents: SourceDocument[], skipped: SkippedFile[], warn: (line: string) => void): Report {
  warnSkipped(skipped, warn);
  for (const doc of documents) corpus.set(doc);
  return checkedReport(corpus, skipped, warn);
}

function warnSkipped(skipped: readonly SkippedFile[], warn: (line: string) => void): void {
  for (const s of skipped) warn(`skipped ${s.path}: ${s.reason}`);
}

function checkedReport(corpus: Corpus, skipped: SkippedFile[], warn: (line: string) => void, stages?: StageTimes): Report {
  const result = corpus.check();
  for (const [stage, ms] of Object.entries(result.timings)) stages?.add(stage === 'stories' ? 'grouping stories' : `rule ${stage}`, ms);
  const report = buildReport(result, skipped);
  for (const e of report.errors) warn(e.rule ? `rule ${e.rule} failed: ${e.message}` : `${e.path}: ${e.message}`);
  return report;
}

/** How deep the report is written piece by piece: findings one by one (sarif: its results). */
const REPORT_STREAM_DEPTH: Record<string, number> = { json: 2, sarif: 4 };
const WRITE_BATCH_CHARS = 1 << 16;

/** Pieces joined into writes of about 64 K characters: fewer system calls, no 100 MB string. */
function writeBatched(pieces: Iterable<string>, write: (s: string) => void): void {
  let batch = '';
  for (const piece of pieces) {
    batch += piece;
    if (batch.length >= WRITE_BATCH_CHARS) {
      write(batch);
      batch = '';
    }
  }
  if (batch) write(batch);
}

function exitCode(report: Report, maxWarnings: number | undefined): number {
  const errors = report.findings.filter((f) => f.severity === 'error').length;
  const warnings = report.findings.filter((f) => f.severity === 'warning').length;
  if (errors) return 1;
  if (maxWarnings !== undefined) return warnings > maxWarnings ? 1 : 0;
  return report.findings.some((f) => f.severity === 'error' || f.severity === 'warning') ? 1 : 0;
}

/** The --threads option, shared by check and stories: threads that analyse documents besides the main one. */
export function analysisThreads(options: { threads?: string }): number {
  return options.threads === undefined ? defaultAnalysisThreads() : wholeNumber(options.threads, '--threads');
}

/** The --max-file-size option, shared by check and stories. */
export function maxFileSize(options: { 'max-file-size'?: string }): number {
  return options['max-file-size'] === undefined ? DEFAULT_MAX_BYTES : wholeNumber(options['max-file-size'], '--max-file-size');
}

function wholeNumber(value: string, flag: string): number {
  if (!/^\d+$/.test(value)) throw new UsageError(`${flag} takes a whole number`);
  return Number(value);
}
