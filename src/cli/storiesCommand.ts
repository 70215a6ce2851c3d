// wirecheck stories: what each file's article is (headline, outlet, date, body) and how the
// versions group into stories.
import { analysisThreads, maxFileSize, runCheck } from './checkCommand';
import { printable } from '../core/report/printable';
import { UsageError } from './usageError';

export async function storiesCommand(paths: string[], options: { format?: string; config?: string; 'max-file-size'?: string; threads?: string }, write: (s: string) => void): Promise<number> {
  if (!paths.length) throw new UsageError('stories needs at least one file or folder');
  const format = options.format ?? 'text';
  if (!['text', 'json'].includes(format)) throw new UsageError(`unknown format "${format}" (text or json)`);
  const report = await runCheck(paths, options.config, maxFileSize(options), analysisThreads(options));
  if (format === 'json') {
    write(JSON.stringify({ version: 1, documents: report.documents, stories: report.stories, skipped: report.skipped }, null, 1) + '\n');
    return 0;
  }
  const docs = new Map(report.documents.map((d) => [d.path, d]));
  for (const story of report.stories) {
    write(`${story.id}: ${printable(story.headline)}\n`);
    for (const path of story.documents) {
      const d = docs.get(path)!;
      const body = d.body.length ? `body ${d.body[0].line}:${d.body[0].column}–${d.body[d.body.length - 1].endLine}:${d.body[d.body.length - 1].endColumn}` : 'no body found';
      write(printable(`  ${path}  ${d.outlet ?? 'unknown outlet'} · ${d.published ?? 'undated'} · ${d.headline ?? '(no headline)'}  [${body}]`) + '\n');
    }
    for (const link of story.links) write(printable(`    grouped: ${link.a} ~ ${link.b} (similarity ${link.score.toFixed(2)}; shared: ${link.shared.join(', ')})`) + '\n');
  }
  return 0;
}
