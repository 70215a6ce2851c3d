// The glued-words rule keeps its vocabulary, judgements and findings from one check to the next:
// after any sequence of edits it must report exactly what a new rule reports on the final corpus.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { Corpus } from '../../../src/core/engine/corpus';
import { createGluedWordsRule } from '../../../src/core/rules/gluedWords';
import type { SourceDocument } from '../../../src/core/types';
import { seedDocuments } from '../seedCorpus';
import { englishWords } from './englishWords';
import { EditedCorpus, glueEdit } from './gluedEdits';

describe('glued-words after edits', function () {
  this.timeout(120_000);

  const article = (body: string) => `Vietnam and Russia hold defence talks\n\n${body}\n`;
  const VERSION = 'Vietnam and Russia held their fourth defence dialogue in Moscow on Tuesday, affirming that defence cooperation remains a pillar of the two countries’ relations.';
  const BROKEN = 'Vietnam and Russia held oftheir fourth defence dialogue inthe Moscow on Tuesday, affirming itssupport that defence cooperation remains a pillar of the twocountries’ relations.';

  it('reports a weak glue while another version of the story writes it apart, and not once that version leaves the story', () => {
    const corpus = new EditedCorpus();
    const rule = createGluedWordsRule(englishWords());
    corpus.apply({ kind: 'set', path: 'a.txt', text: article(BROKEN) });
    corpus.apply({ kind: 'set', path: 'b.txt', text: article(VERSION) });
    assert.deepEqual(rule.check(corpus.view()).map((f) => f.text), ['oftheir', 'inthe', 'itssupport', 'twocountries']);
    corpus.apply({ kind: 'move', path: 'b.txt', story: 1 });
    assert.deepEqual(rule.check(corpus.view()).map((f) => f.text), ['oftheir', 'inthe', 'itssupport']);
  });

  it('keeps the findings of documents an edit of another story does not touch', () => {
    const corpus = new EditedCorpus();
    const rule = createGluedWordsRule(englishWords());
    corpus.apply({ kind: 'set', path: 'a.txt', text: article(BROKEN) });
    corpus.apply({ kind: 'set', path: 'b.txt', text: article('Officials met inthe capital.') });
    corpus.apply({ kind: 'move', path: 'b.txt', story: 1 });
    const before = rule.check(corpus.view());
    corpus.apply({ kind: 'set', path: 'b.txt', text: article('Officials met in the capital.') });
    const after = rule.check(corpus.view());
    assert.deepEqual(after.map((f) => f.text), ['oftheir', 'inthe', 'itssupport']);
    after.forEach((f, i) => assert.equal(f, before[i]));
  });

  it('reports after edits what a new rule reports on the corpus as it is then', () => {
    // several edits may come between two checks, as when files change on disk together
    const editsThenCheck = fc.array(fc.tuple(glueEdit, fc.boolean()), { minLength: 1, maxLength: 14 });
    fc.assert(fc.property(editsThenCheck, (edits) => {
      const corpus = new EditedCorpus();
      const kept = createGluedWordsRule(englishWords());
      edits.forEach(([edit, checkNow], i) => {
        corpus.apply(edit);
        if (!checkNow && i < edits.length - 1) return;
        const view = corpus.view();
        assert.deepEqual(kept.check(view), createGluedWordsRule(englishWords()).check(view));
      });
    }), { numRuns: 150, seed: 20240611 });
  });

  it('follows edits of the seeds as a fresh check of them would', () => {
    const seeds = seedDocuments();
    fc.assert(fc.property(fc.array(seedEdit(seeds), { minLength: 1, maxLength: 6 }), (edits) => {
      const kept = new Corpus([createGluedWordsRule(englishWords())]);
      const texts = new Map(seeds.map((d) => [d.path, d.text]));
      for (const doc of seeds) kept.set(doc);
      kept.check();
      for (const edit of edits) {
        if (edit.text === undefined) { kept.delete(edit.path); texts.delete(edit.path); }
        else { kept.set({ path: edit.path, text: edit.text }); texts.set(edit.path, edit.text); }
      }
      const fresh = new Corpus([createGluedWordsRule(englishWords())]);
      for (const [path, text] of texts) fresh.set({ path, text });
      assert.deepEqual(kept.check().findings, fresh.check().findings);
    }), { numRuns: 25, seed: 7 });
  });
});

/** A seed deleted, restored, or edited as an editor would: a space lost or put back, a glue fixed. */
function seedEdit(seeds: readonly SourceDocument[]): fc.Arbitrary<{ path: string; text?: string }> {
  return fc.tuple(fc.nat({ max: seeds.length - 1 }), fc.nat(), fc.integer({ min: 0, max: 3 })).map(([i, at, kind]) => {
    const { path, text } = seeds[i];
    const from = at % text.length;
    if (kind === 0) return { path };
    if (kind === 1) return { path, text };
    if (kind === 2) return { path, text: text.slice(0, from) + text.slice(from).replace(' ', '') };
    return { path, text: text.slice(0, from) + text.slice(from).replace(/(\p{Ll})(\p{Lu})/u, '$1 $2') };
  });
}
