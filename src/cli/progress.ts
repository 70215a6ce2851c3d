// What a long check is doing, on one line of a terminal: "wirecheck: 4,200 of 10,000 files read",
// then "wirecheck: checking 9,998 documents". Drawn at most ten times a second and only on a
// terminal that takes cursor codes (a CI log gets the report and the warnings, nothing else); a
// warning clears the line first, and the line is gone before the report is written. The line is
// cut to the terminal's width: a line that wraps cannot be cleared by one carriage return.
import { thousands } from './thousands';

/** How often the line is redrawn at most. */
const REDRAW_MS = 100;
const CLEAR = '\r\x1b[2K';

export class Progress {
  private shown = false;
  private lastDrawn = -Infinity;

  /**
   * `write` goes to the terminal (stderr); with `enabled` false nothing is ever drawn. `columns` is
   * the terminal's width as it is now (it may be resized during a check), undefined when unknown.
   */
  constructor(
    private readonly write: (text: string) => void,
    private readonly enabled: boolean,
    private readonly now: () => number = () => performance.now(),
    private readonly columns: () => number | undefined = () => undefined,
  ) {}

  /** `done` of `total` files read and analysed (drawn when a redraw is due, and at the last). */
  files(done: number, total: number): void {
    if (!this.enabled || (done < total && this.now() - this.lastDrawn < REDRAW_MS)) return;
    this.draw(`${thousands(done)} of ${thousands(total)} files read`);
  }

  /** A stage that takes a while and reports nothing as it goes ("checking 9,998 documents"). */
  stage(what: string): void {
    if (this.enabled) this.draw(what);
  }

  /** A line that must stay (a warning): the progress line is cleared first and drawn again at the next update. */
  warn(line: string): void {
    this.clear();
    this.write(line);
  }

  /** Clears the line: the check is done, or something else is about to be written. */
  clear(): void {
    if (!this.shown) return;
    this.write(CLEAR);
    this.shown = false;
  }

  private draw(text: string): void {
    const line = `wirecheck: ${text}`;
    const width = this.columns();
    // the last column is left free: a line that fills it wraps on some terminals
    this.write(CLEAR + (width && line.length >= width ? line.slice(0, Math.max(0, width - 1)) : line));
    this.shown = true;
    this.lastDrawn = this.now();
  }
}

/** A terminal that takes cursor codes, and no CI runner that hands its log a terminal. */
export function drawsOnTerminal(isTTY: boolean, env: NodeJS.ProcessEnv): boolean {
  return isTTY && env.TERM !== 'dumb' && !env.CI;
}
