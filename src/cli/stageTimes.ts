// `wirecheck check --timings`: where a check's time went, printed on stderr once the report is
// written (as ESLint's TIMING=1 prints its rules'): reading and analysing the files, grouping the
// stories, each rule, writing the report. Wall-clock milliseconds, each with its share of the total
// since the check started (Node's start-up and loading the CLI come before). "Reading and analysing"
// holds all that is done as documents are added: the house style, the folder walk, the word list
// (loaded on first use), and each rule's reading of every document (Rule.prepare); a rule's own line
// is its comparing across the corpus.
import { thousands } from './thousands';

export class StageTimes {
  private readonly stages: [string, number][] = [];
  private readonly started: number;

  constructor(private readonly now: () => number = () => performance.now()) {
    this.started = now();
  }

  add(stage: string, ms: number): void {
    this.stages.push([stage, ms]);
  }

  /** Runs `work` and adds its time as `stage`. */
  time<T>(stage: string, work: () => T): T {
    const started = this.now();
    try {
      return work();
    } finally {
      this.add(stage, this.now() - started);
    }
  }

  /** The stages in the order they ran, then the total since this was made; one line each. */
  table(): string {
    const total = this.now() - this.started;
    const rows = [...this.stages, ['total', total] as [string, number]];
    const labelWidth = Math.max(...rows.map(([stage]) => stage.length));
    const msWidth = Math.max(...rows.map(([, ms]) => milliseconds(ms).length));
    const lines = rows.map(([stage, ms], i) => {
      const share = i < this.stages.length && total > 0 ? `  ${((100 * ms) / total).toFixed(1).padStart(5)}%` : '';
      return `  ${stage.padEnd(labelWidth)}  ${milliseconds(ms).padStart(msWidth)} ms${share}\n`;
    });
    return `wirecheck: timings\n${lines.join('')}`;
  }
}

function milliseconds(ms: number): string {
  return thousands(Math.round(ms));
}
