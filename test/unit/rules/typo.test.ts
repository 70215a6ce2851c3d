import assert from 'node:assert/strict';
import fc from 'fast-check';
import { defaultHouseStyle } from '../../../src/core/config/houseStyle';
import { Corpus } from '../../../src/core/engine/corpus';
import { lexiconFromWords, type Lexicon } from '../../../src/core/lexicon/lexicon';
import { createGluedWordsRule } from '../../../src/core/rules/gluedWords';
import { UnknownWords } from '../../../src/core/rules/gluedWords/unknownWords';
import { createTypoRule } from '../../../src/core/rules/typo';
import type { Finding, SourceDocument } from '../../../src/core/types';
import { englishWords } from '../gluedWords/englishWords';
import { EditedCorpus, glueEdit, type GlueEdit } from '../gluedWords/gluedEdits';

function check(docs: SourceDocument[], lexicon: Lexicon = englishWords(), ignore: string[] = []): Finding[] {
  const corpus = new Corpus([createTypoRule(lexicon)], { ...defaultHouseStyle(), ignore });
  for (const d of docs) corpus.set(d);
  return corpus.check().findings;
}

const LEAD = 'Vietnam and Russia agreed on Tuesday to strengthen their traditional defence cooperation, the two foreign ministers said after talks in Moscow.';
const article = (lead: string, more = 'The ministers also discussed trade, energy and education, and agreed to meet again next year in Hanoi.') =>
  `Vietnam and Russia agree to deepen defence ties\n\n${lead} ${more}\n`;

describe('typo', () => {
  it('finds a word one slip away from the word the other versions write, pointing at them', () => {
    const a = { path: 'a.txt', text: article(LEAD) };
    const b = { path: 'b.txt', text: article(LEAD.replace('traditional', 'traditonal').replace('foreign', 'foriegn')) };
    const c = { path: 'c.txt', text: article(LEAD) };
    const findings = check([a, b, c]);
    assert.deepEqual(findings.map((f) => [f.path, f.text, f.suggestion]), [['b.txt', 'traditonal', 'traditional'], ['b.txt', 'foriegn', 'foreign']]);
    const [f] = findings;
    assert.equal(f.rule, 'typo');
    assert.equal(f.severity, 'info');
    assert.equal(b.text.slice(f.span.start, f.span.end), 'traditonal');
    assert.equal(f.message, '"traditonal" looks like "traditional" with a letter missing: it is not in the word list, and the story writes "traditional" 2 times (a.txt, c.txt).');
    assert.deepEqual(f.related.map((r) => [r.path, r.text, a.text.slice(r.span.start, r.span.end), r.message]), [
      ['a.txt', 'traditional', 'traditional', '"traditional" in a.txt'],
      ['c.txt', 'traditional', 'traditional', '"traditional" in c.txt'],
    ]);
    assert.deepEqual(f.data, { intended: 'traditional', slip: 'dropped' });
  });

  it('reads the document itself as part of its story, in any case', () => {
    const text = article('Counterpart talks were held. The minister met his Russian counterrpart on Tuesday in Moscow, where his counterpart discussed trade and energy.');
    assert.deepEqual(check([{ path: 'a.txt', text }]).map((f) => [f.text, f.suggestion]), [['counterrpart', 'counterpart']]);
  });

  it('says nothing when the story does not write the word the slip would be twice, or writes the slip twice', () => {
    assert.deepEqual(check([{ path: 'a.txt', text: article(LEAD.replace('traditional', 'traditonal')) }]), []);
    const once = [{ path: 'a.txt', text: article(LEAD) }, { path: 'b.txt', text: article(LEAD.replace('traditional', 'traditonal')) }];
    assert.deepEqual(check(once), []);
    // "vapers" written twice is somebody's word, not a slip of "vapors"
    const twice = article('Adult vapers say the vapors are safe. Vapors rise, and vapers disagree.');
    assert.deepEqual(check([{ path: 'a.txt', text: twice }]), []);
    // nor when only one other version writes the word the repeated slip would be
    const vapors = article('Adult vapors say the vapors are safe.');
    assert.deepEqual(check([{ path: 'a.txt', text: article('Adult vapers say the vapers are safe.') }, { path: 'b.txt', text: vapors }]), []);
  });

  it('finds a slip one version repeats when two other versions write the word it should be', () => {
    const repeated = LEAD.replace(/traditional/g, 'traditonal') + ' Their traditonal ties were praised.';
    const findings = check([{ path: 'a.txt', text: article(LEAD) }, { path: 'b.txt', text: article(repeated) }, { path: 'c.txt', text: article(LEAD) }]);
    assert.deepEqual(findings.map((f) => [f.path, f.text]), [['b.txt', 'traditonal'], ['b.txt', 'traditonal']]);
  });

  it('leaves British letters and a slip the writer marked as quoted', () => {
    const british = article('Palaeontologists met paleontologists. The paleontologists agreed, and travelled as others traveled.');
    assert.deepEqual(check([{ path: 'a.txt', text: british }]), []);
    const sic = article('The sign read "goverment [sic] out". The government and the government agreed.');
    assert.deepEqual(check([{ path: 'a.txt', text: sic }]), []);
  });

  it('leaves names, spelling variants, words run together and ambiguous slips alone', () => {
    // a capitalised word is a name the dictionary need not know
    assert.deepEqual(check([{ path: 'a.txt', text: article(`${LEAD} Minister Shoiguu spoke.`, 'Minister Shoigu spoke.') }]), []);
    // the word list knows one spelling of a word: the other is spelling-variant's
    const small = lexiconFromWords(['multilateralization', 'the', 'of', 'and', 'relations']);
    assert.deepEqual(check([{ path: 'a.txt', text: article('The multilateralisation and multilateralization of relations.') }], small), []);
    // "plan is" with a lost space is no slip of "plans"
    assert.deepEqual(check([{ path: 'a.txt', text: article('The planis to meet. Both plans were agreed.') }]), []);
    // "botter" could be "bitter" or "butter", both written in the story
    assert.deepEqual(check([{ path: 'a.txt', text: article('A botter taste. The bitter coffee and the butter cake.') }]), []);
  });

  it('leaves a word the house style ignores', () => {
    const docs = [{ path: 'a.txt', text: article(LEAD) }, { path: 'b.txt', text: article(LEAD.replace('traditional', 'traditonal')) }, { path: 'c.txt', text: article(LEAD) }];
    assert.equal(check(docs).length, 1);
    assert.deepEqual(check(docs, englishWords(), ['Traditonal']), []);
    // and follows the house style as it changes, with the documents unchanged
    const corpus = new Corpus([createTypoRule(englishWords())]);
    for (const d of docs) corpus.set(d);
    assert.equal(corpus.check().findings.length, 1);
    corpus.setStyle({ ...defaultHouseStyle(), ignore: ['traditonal'] });
    assert.equal(corpus.check().findings.length, 0);
    corpus.setStyle(defaultHouseStyle());
    assert.equal(corpus.check().findings.length, 1);
  });

  it('shares the unknown words glued-words keeps, and reads them whichever rule runs first', () => {
    const words = new UnknownWords(englishWords());
    const docs = [{ path: 'a.txt', text: article(LEAD) }, { path: 'b.txt', text: article(`${LEAD.replace('foreign', 'foriegn')} They met inMoscow.`) }, { path: 'c.txt', text: article(LEAD) }];
    for (const order of [[0, 1], [1, 0]]) {
      const rules = [createGluedWordsRule(englishWords(), words), createTypoRule(englishWords(), words)];
      const corpus = new Corpus(order.map((i) => rules[i]));
      for (const d of docs) corpus.set(d);
      assert.deepEqual(corpus.check().findings.map((f) => [f.rule, f.text]), [['typo', 'foriegn'], ['glued-words', 'inMoscow']]);
    }
  });

  it('reports after edits what a new rule reports on the corpus as it is then', () => {
    const slipEdit: fc.Arbitrary<GlueEdit> = fc.record({
      kind: fc.constant('set' as const),
      path: fc.constantFrom('a.txt', 'b.txt', 'c.txt'),
      text: fc.array(fc.constantFrom(...SLIP_WORDS), { minLength: 6, maxLength: 30 }).map((words) => article(`${words.join(' ')}.`)),
    });
    fc.assert(fc.property(fc.array(fc.oneof(slipEdit, glueEdit), { minLength: 1, maxLength: 10 }), (edits) => {
      const corpus = new EditedCorpus();
      const kept = createTypoRule(englishWords());
      for (const edit of edits) {
        corpus.apply(edit);
        const view = corpus.view();
        assert.deepEqual(kept.check(view), createTypoRule(englishWords()).check(view));
      }
    }), { numRuns: 80, seed: 20261123 });
  });
});

const SLIP_WORDS = ['counterpart', 'counterrpart', 'government', 'goverment', 'foreign', 'foriegn', 'the', 'minister', 'met', 'his', 'planis', 'plans', 'inthe'];
