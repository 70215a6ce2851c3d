// Records every promise rejection nobody handled in the extension host, from the start of the hostile
// suite (hostile/index.ts) to its end. The list lives on globalThis: each test file is its own bundle.
const RECORDED = Symbol.for('wirecheck.integration.unhandledRejections');

interface UnhandledRejection {
  reason: unknown;
  promise: Promise<unknown>;
  at: number;
}

/** VS Code's extension host catches every unhandled rejection after 1 s, to log it: that is no handler. */
const LATE_MS = 900;

type Recording = { list: UnhandledRejection[] };

export function recordUnhandledRejections(): void {
  const global = globalThis as { [RECORDED]?: Recording };
  if (global[RECORDED]) return;
  const recording: Recording = { list: [] };
  global[RECORDED] = recording;
  process.on('unhandledRejection', (reason, promise) => recording.list.push({ reason, promise, at: Date.now() }));
  // handled after all, a little late: not a leak
  process.on('rejectionHandled', (promise) => {
    recording.list = recording.list.filter((r) => r.promise !== promise || Date.now() - r.at >= LATE_MS);
  });
}

/** The rejections still unhandled, each as its message and stack. */
export function unhandledRejections(): string[] {
  const recording = (globalThis as { [RECORDED]?: Recording })[RECORDED];
  // VS Code's late catch re-rejects with the same reason: count each reason once
  const reasons = [...new Set((recording?.list ?? []).map((r) => r.reason))];
  return reasons.map((reason) => (reason instanceof Error ? reason.stack ?? reason.message : String(reason)));
}
