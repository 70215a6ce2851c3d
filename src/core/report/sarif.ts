// SARIF 2.1.0, so code-scanning tools can show Wirecheck's findings.
import type { Rule } from '../engine/rule';
import type { Report, ReportFinding } from './jsonReport';

const LEVEL: Record<string, string> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

export function toSarif(report: Report, rules: readonly Rule[]): object {
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'wirecheck',
          informationUri: 'https://example.invalid/wirecheck',
          rules: rules.map((r) => ({
            id: r.id,
            shortDescription: { text: r.description },
            defaultConfiguration: { level: LEVEL[r.defaultSeverity] },
          })),
        },
      },
      results: report.findings.map((f) => result(f, rules)),
      invocations: [{
        executionSuccessful: report.errors.length === 0,
        toolExecutionNotifications: report.skipped.map((s) => ({
          level: 'warning',
          message: { text: `skipped: ${s.reason}` },
          locations: [{ physicalLocation: { artifactLocation: { uri: encodeURI(s.path) } } }],
        })),
      }],
    }],
  };
}

function result(f: ReportFinding, rules: readonly Rule[]): object {
  return {
    ruleId: f.rule,
    ruleIndex: Math.max(0, rules.findIndex((r) => r.id === f.rule)),
    level: LEVEL[f.severity],
    message: { text: f.message },
    locations: [location(f)],
    relatedLocations: f.related.map((r, i) => ({ id: i + 1, ...location(r), message: { text: r.message ?? r.text } })),
    ...(f.suggestion !== undefined ? {
      fixes: [{
        description: { text: `Replace with "${f.suggestion}"` },
        artifactChanges: [{ artifactLocation: { uri: encodeURI(f.path) }, replacements: [{ deletedRegion: region(f), insertedContent: { text: f.suggestion } }] }],
      }],
    } : {}),
  };
}

function location(r: { path: string; line: number; column: number; endLine: number; endColumn: number; text: string }): object {
  return { physicalLocation: { artifactLocation: { uri: encodeURI(r.path) }, region: { ...region(r), snippet: { text: r.text } } } };
}

function region(r: { line: number; column: number; endLine: number; endColumn: number }): object {
  return { startLine: r.line, startColumn: r.column, endLine: r.endLine, endColumn: r.endColumn };
}
