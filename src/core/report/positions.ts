// Offsets to 1-based lines and columns (columns in UTF-16 code units, as editors and SARIF count).
export interface Position {
  line: number;
  column: number;
}

export class LineIndex {
  private readonly starts: number[] = [0];

  /**
   * A line ends at "\n", "\r\n" or a lone "\r". The breaks are found with indexOf, which scans
   * natively: the report indexes every document of the corpus, and a loop over each character cost
   * more than the rest of building it.
   */
  constructor(text: string) {
    let lf = text.indexOf('\n');
    let cr = text.indexOf('\r');
    while (lf >= 0 || cr >= 0) {
      if (cr >= 0 && (lf < 0 || cr < lf)) {
        if (text.charCodeAt(cr + 1) !== 10) this.starts.push(cr + 1); // "\r\n" ends at its "\n"
        cr = text.indexOf('\r', cr + 1);
      } else {
        this.starts.push(lf + 1);
        lf = text.indexOf('\n', lf + 1);
      }
    }
  }

  positionAt(offset: number): Position {
    let lo = 0, hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid; else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo] + 1 };
  }
}
