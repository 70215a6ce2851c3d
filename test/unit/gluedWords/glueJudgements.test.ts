import assert from 'node:assert/strict';
import { analyzeDocument, type AnalyzedDocument } from '../../../src/core/engine/analyzedDocument';
import { CorpusVocabulary } from '../../../src/core/lexicon/corpusVocabulary';
import { GlueJudgements } from '../../../src/core/rules/gluedWords/glueJudgements';
import { corpusSizeCost } from '../../../src/core/rules/gluedWords/readingOf';
import { englishWords } from './englishWords';

const doc = (path: string, body: string): AnalyzedDocument => analyzeDocument({ path, text: `Officials meet\n\n${body}\n` });

const BODY = 'Russian Deputy Minister Alexander Fomin met Vietnam officials in Moscow.';
/** A page of so many lines, each of seven words. */
const page = (lines: number, line = 'two countries signed military medicine cooperation deals') => doc('page.txt', Array.from({ length: lines }, () => line).join('\n\n'));
/** A page where "a" is more than half the words, common enough to cost less than "area" in "areafund". */
const filler = (lines: number) => page(lines, 'a a a two countries a military');

/** Judgements over a vocabulary that the test syncs, as the rule does before each check. */
function judgementsOver(...documents: AnalyzedDocument[]) {
  const vocabulary = new CorpusVocabulary();
  const judgements = new GlueJudgements(englishWords(), vocabulary);
  judgements.forget(vocabulary.sync(documents));
  return { judgements, resync: (...now: AnalyzedDocument[]) => judgements.forget(vocabulary.sync(now)) };
}

describe('GlueJudgements', () => {
  const base = doc('a.txt', BODY);

  it('keeps a judgement while nothing it read changes', () => {
    const { judgements, resync } = judgementsOver(base);
    const glue = judgements.judge('inMoscow');
    assert.deepEqual(glue, { parts: ['in', 'Moscow'], strength: 'certain', kind: 'function-word' });
    assert.deepEqual(resync(base, doc('b.txt', 'Hanoi hosted talks.')), new Map());
    assert.equal(judgements.judge('inMoscow'), glue);
  });

  it('forgets a judgement once a word it read changes, and tells how it was', () => {
    const { judgements, resync } = judgementsOver(doc('a.txt', 'Officials met in Hanoi.'));
    assert.equal(judgements.judge('inMoscow'), undefined);
    assert.deepEqual(resync(base), new Map([['inMoscow', undefined]]));
    assert.deepEqual(judgements.judge('inMoscow')?.parts, ['in', 'Moscow']);
  });

  it('forgets a judgement that read a name pair once the pair alone changes', () => {
    const { judgements, resync } = judgementsOver(doc('a.txt', 'He was Deputy. Minister Fomin left.'));
    assert.equal(judgements.judge('DeputyMinister'), undefined);
    assert.deepEqual(resync(doc('a.txt', 'He was Deputy Minister. Fomin left.')), new Map([['DeputyMinister', undefined]]));
    assert.deepEqual(judgements.judge('DeputyMinister'), { parts: ['Deputy', 'Minister'], strength: 'likely', kind: 'name' });
  });

  it('keeps judgements that read a common word only as rare, until it is common enough to matter', () => {
    const { judgements, resync } = judgementsOver(base, filler(1));
    assert.deepEqual(judgements.judge('areafund'), { parts: ['area', 'fund'], strength: 'unproven', kind: 'word-pair' });
    assert.deepEqual(resync(base, filler(2)), new Map());
    assert.deepEqual(resync(base, filler(2000)), new Map([['areafund', { parts: ['area', 'fund'], strength: 'unproven', kind: 'word-pair' }]]));
    assert.deepEqual(judgements.judge('areafund'), { parts: ['are', 'a', 'fund'], strength: 'certain', kind: 'function-word' });
  });

  it('forgets every judgement when the corpus grows by a size step', () => {
    const { judgements, resync } = judgementsOver(base, page(3700));
    judgements.judge('inMoscow');
    judgements.judge('areafund');
    assert.deepEqual(resync(base, page(3701)), new Map());
    // with "Moscow", judged on the way: is the name itself glue?
    assert.deepEqual([...resync(base, page(4700)).keys()].sort(), ['Moscow', 'areafund', 'inMoscow']);
  });
});

describe('corpusSizeCost', () => {
  it('costs as e^10 words below that, then the logarithm of the size in quarter steps', () => {
    assert.equal(corpusSizeCost(0), 10);
    assert.equal(corpusSizeCost(20_000), 10);
    assert.equal(corpusSizeCost(25_000), 10.25);
    assert.equal(corpusSizeCost(1_400_000), 14.25);
  });
});
