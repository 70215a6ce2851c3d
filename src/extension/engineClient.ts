// Talks to the engine worker. Requests are answered in the order they are sent; if the worker
// cannot start, or dies, the same engine runs in this thread so the user still gets results.
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import * as vscode from 'vscode';
import type { EngineRequest, Reply } from '../node/engineProtocol';
import { EngineService } from '../node/engineService';
import { englishLexicon } from '../node/wordList';

interface Pending {
  resolve: (reply: unknown) => void;
  reject: (error: Error) => void;
}

export class EngineClient implements vscode.Disposable {
  private worker: Worker | undefined;
  private fallback: EngineService | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly lost = new vscode.EventEmitter<string>();
  /** Fires when the worker died: its corpus is gone and must be sent again. */
  readonly onDidLoseState = this.lost.event;

  constructor(private readonly extensionPath: string, private readonly log: (line: string) => void) {}

  /** Where checks run: in the worker thread, or (when it could not start) in the extension host. */
  get mode(): 'worker' | 'in-process' | 'not started' {
    return this.fallback ? 'in-process' : this.worker ? 'worker' : 'not started';
  }

  request<K extends EngineRequest['kind']>(request: Extract<EngineRequest, { kind: K }>): Promise<Reply<K>> {
    if (this.fallback) return Promise.resolve(this.fallback.handle(request));
    const worker = this.worker ?? this.start();
    if (!worker) return this.request(request);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (reply: unknown) => void, reject });
      worker.postMessage({ id, request });
    });
  }

  private start(): Worker | undefined {
    try {
      const worker = new Worker(path.join(this.extensionPath, 'dist', 'worker.js'));
      worker.on('message', (message: { id: number; reply?: unknown; error?: string }) => this.settle(message));
      worker.on('error', (err) => this.crashed(`the engine worker failed: ${err.message}`));
      worker.on('exit', (code) => { if (this.worker === worker) this.crashed(`the engine worker exited (code ${code})`); });
      worker.unref();
      this.worker = worker;
      return worker;
    } catch (err) {
      this.log(`Wirecheck: cannot start the engine worker (${err instanceof Error ? err.message : String(err)}); checking in the extension host instead.`);
      this.fallback = new EngineService(englishLexicon);
      return undefined;
    }
  }

  private settle(message: { id: number; reply?: unknown; error?: string }): void {
    const pending = this.pending.get(message.id);
    if (!pending) return;
    this.pending.delete(message.id);
    if (message.error !== undefined) pending.reject(new Error(message.error));
    else pending.resolve(message.reply);
  }

  private crashed(why: string): void {
    this.log(`Wirecheck: ${why}; it will be restarted.`);
    this.worker = undefined;
    for (const p of this.pending.values()) p.reject(new Error(why));
    this.pending.clear();
    this.lost.fire(why);
  }

  dispose(): void {
    const worker = this.worker;
    this.worker = undefined;
    void worker?.terminate();
    for (const p of this.pending.values()) p.reject(new Error('Wirecheck was shut down'));
    this.pending.clear();
    this.lost.dispose();
  }
}
