// Human-readable output in the eslint "stylish" shape: findings grouped by file.
import type { Report } from '../core/report/jsonReport';

export function stylish(report: Report): string {
  const lines: string[] = [];
  const byPath = new Map<string, Report['findings']>();
  for (const f of report.findings) {
    if (!byPath.has(f.path)) byPath.set(f.path, []);
    byPath.get(f.path)!.push(f);
  }
  for (const [path, findings] of byPath) {
    lines.push('', path);
    for (const f of findings) {
      lines.push(`  ${f.line}:${f.column}`.padEnd(10) + `${f.severity.padEnd(8)} ${f.message}  ${f.rule}`);
      for (const r of f.related.slice(0, 3)) lines.push(`            ↳ ${r.path}:${r.line}:${r.column} "${r.text}"`);
    }
  }
  const counts = ['error', 'warning', 'info', 'hint'].map((s) => [s, report.findings.filter((f) => f.severity === s).length] as const);
  lines.push('', `${report.documents.length} documents in ${report.stories.length} stories; ` +
    counts.filter(([, n]) => n).map(([s, n]) => `${n} ${s}${n === 1 ? '' : 's'}`).join(', ') + (report.findings.length ? '' : 'no findings'));
  if (report.skipped.length) lines.push(`${report.skipped.length} file(s) skipped (see above)`);
  return lines.join('\n') + '\n';
}
