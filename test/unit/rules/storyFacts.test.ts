import assert from 'node:assert/strict';
import { storyFacts } from '../../../src/core/compare/storyFacts';
import { storyFactsMarkdown } from '../../../src/core/compare/storyFactsMarkdown';
import { createCorpus } from '../../../src/core/engine/createCorpus';
import { seedDocuments } from '../seedCorpus';

describe('story facts', () => {
  it('puts the two versions of the 9 December meeting side by side: who, when, how many', () => {
    const corpus = createCorpus();
    for (const doc of seedDocuments()) corpus.set(doc);
    const result = corpus.check();
    const facts = storyFacts(corpus.corpusView(), result.stories[0], result.findings);
    assert.deepEqual(facts.versions.map((v) => v.outlet), ['VnExpress', 'VNA']);
    const shoigu = facts.rows.find((r) => r.kind === 'name' && r.label === 'Sergey Shoigu')!;
    assert.ok(shoigu.cells.every((c) => c.written.includes('Sergey Shoigu')));
    const meeting = facts.rows.find((r) => r.kind === 'date' && r.label.includes('9 December'))!;
    assert.ok(meeting.cells[0].written.some((w) => w.includes('9/12')), 'VnExpress writes 9/12');
    assert.ok(meeting.cells[1].written.some((w) => w.includes('December 9')), 'VNA writes December 9');
    assert.deepEqual(meeting.disagreements, []);
    const years = facts.rows.find((r) => r.kind === 'number' && r.label === 'year')!;
    assert.deepEqual(years.cells.map((c) => c.written), [['75 years'], []]);
  });

  it('renders a Markdown table whose cells escape article text', () => {
    const md = storyFactsMarkdown({
      headline: 'A <script>alert(1)</script> | headline',
      versions: [{ path: 'a.txt', outlet: 'Wire', published: '2024-01-01' }],
      rows: [{ kind: 'name', label: 'Jane *Doe*', cells: [{ written: ['Jane *Doe*'], spans: [{ start: 0, end: 1 }] }], disagreements: [] }],
    });
    assert.ok(md.includes('A \\<script\\>alert\\(1\\)\\</script\\> \\| headline'));
    assert.ok(md.includes('| **Jane \\*Doe\\*** | Jane \\*Doe\\* |'));
  });
});
