// Work nobody awaits (the first scan, a debounced re-check, the new scan after the engine worker
// died): a failure is written to the Output channel instead of becoming an unhandled rejection.
import type * as vscode from 'vscode';

export function inBackground(work: PromiseLike<unknown>, output: vscode.OutputChannel, what: string): void {
  Promise.resolve(work).catch((err: unknown) => {
    try {
      output.appendLine(`Wirecheck: ${what} failed: ${err instanceof Error ? err.message : String(err)}`);
    } catch {
      // the channel is closed: the extension is shutting down, and its work with it
    }
  });
}
