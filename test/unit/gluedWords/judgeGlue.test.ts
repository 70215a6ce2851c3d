import assert from 'node:assert/strict';
import { analyzeDocument } from '../../../src/core/engine/analyzedDocument';
import { CorpusVocabulary } from '../../../src/core/lexicon/corpusVocabulary';
import type { Glue, GlueEvidence } from '../../../src/core/rules/gluedWords/glue';
import { judgeGlue } from '../../../src/core/rules/gluedWords/judgeGlue';
import { englishWords } from './englishWords';

// A judge over a corpus of the given article bodies, one document each, as the rule builds it.
function judgeIn(...bodies: string[]): (word: string) => Glue | undefined {
  const docs = bodies.map((body, i) => analyzeDocument({ path: `${i}.txt`, text: `Officials meet\n\n${body}\n` }));
  const judged = new Map<string, Glue | undefined>();
  const evidence: GlueEvidence = { lexicon: englishWords(), vocabulary: new CorpusVocabulary(docs), isGlue: (w) => judge(w) !== undefined };
  const judge = (word: string) => {
    if (!judged.has(word)) judged.set(word, judgeGlue(word, evidence));
    return judged.get(word);
  };
  return judge;
}

const BODY = 'Russian Deputy Minister Alexander Fomin and the Secretary met Vietnam officials in Moscow, where the Communist Party and BlackRock and PowerPoint were discussed.';

describe('judgeGlue', () => {
  const judge = judgeIn(BODY);

  it('reads two function words run together as certain, preferring function words to rarer pieces', () => {
    assert.deepEqual(judge('inthe'), { parts: ['in', 'the'], strength: 'certain', kind: 'function-word' });
    assert.deepEqual(judge('oftheir'), { parts: ['of', 'their'], strength: 'certain', kind: 'function-word' });
  });

  it('reads a function word that starts or ends no compound, next to a word, as certain', () => {
    assert.deepEqual(judge('itssupport')?.parts, ['its', 'support']);
    assert.deepEqual(judge('alldisputes')?.parts, ['all', 'disputes']);
    assert.deepEqual(judge('readyto')?.parts, ['ready', 'to']);
    assert.deepEqual(judge('yearssince')?.parts, ['years', 'since']);
    assert.equal(judge('aswell')?.strength, 'certain');
  });

  it('reads a lost "a" by word frequency ("a request", not "are quest"), as likely', () => {
    assert.deepEqual(judge('arequest'), { parts: ['a', 'request'], strength: 'likely', kind: 'function-word' });
  });

  it('reads a function word before a capitalised word the corpus writes as certain', () => {
    assert.deepEqual(judge('inMoscow'), { parts: ['in', 'Moscow'], strength: 'certain', kind: 'function-word' });
    assert.deepEqual(judge('theCommunist')?.parts, ['the', 'Communist']);
  });

  it('reads a name the corpus writes followed by "will", "and"… as certain, not a dictionary word (Armand)', () => {
    assert.deepEqual(judge('Vietnamwill'), { parts: ['Vietnam', 'will'], strength: 'certain', kind: 'function-word' });
    assert.equal(judge('Armand'), undefined);
  });

  it('reads inflected or long content-word pairs as likely, bare compounds as unproven until written apart', () => {
    assert.deepEqual(judge('militarymedicine'), { parts: ['military', 'medicine'], strength: 'likely', kind: 'word-pair' });
    assert.deepEqual(judge('effectivelycontribute')?.strength, 'likely');
    assert.deepEqual(judge('livestream'), { parts: ['live', 'stream'], strength: 'unproven', kind: 'word-pair' });
  });

  it('leaves compounds with a prefix or a word-forming ending alone', () => {
    for (const word of ['microplastics', 'policymakers', 'overtourism']) assert.equal(judge(word), undefined, word);
  });

  it('reads capitalised pieces written apart elsewhere as likely, and one unknown name joined to a known one as possible', () => {
    assert.deepEqual(judge('DeputyMinister'), { parts: ['Deputy', 'Minister'], strength: 'likely', kind: 'name' });
    assert.deepEqual(judge('AlexanderVasilyevich'), { parts: ['Alexander', 'Vasilyevich'], strength: 'possible', kind: 'name' });
  });

  it('leaves brands and camel-case names alone', () => {
    for (const word of ['PowerPoint', 'LinkedIn', 'YouTube', 'McDonald', 'MacArthur', 'VnExpress', 'iPhone', 'eBay', 'PetroVietnam', 'JavaScript', 'HarperCollins', 'GlaxoSmithKline']) {
      assert.equal(judge(word), undefined, word);
    }
  });

  it('leaves names, acronyms and dictionary words alone, however they split', () => {
    for (const word of ['Thailand', 'Washington', 'Westminster', 'Newcastle', 'September', 'Samsung', 'Petersburg', 'Singapore', 'American', 'Fairweather', 'Nguyen', 'Shoigu']) {
      assert.equal(judge(word), undefined, word);
    }
    for (const word of ['ASEAN', 'COVID', 'cybersecurity', 'nonetheless', 'another', 'multilateralisation', 'into']) assert.equal(judge(word), undefined, word);
  });

  it('splits a chain at every join with a reason, and keeps a brand the corpus writes whole', () => {
    assert.deepEqual(judge('Secretaryofthe')?.parts, ['Secretary', 'of', 'the']);
    assert.deepEqual(judge('atBlackRock')?.parts, ['at', 'BlackRock']);
    assert.deepEqual(judge('PowerPointand')?.parts, ['PowerPoint', 'and']);
  });

  it('takes a joined form written by other documents too as a house form, except two function words', () => {
    const twice = judgeIn(`${BODY} The theRussian team came, inthe end.`, 'The theRussian fleet left inthe night.');
    assert.equal(twice('theRussian'), undefined);
    assert.deepEqual(twice('inthe')?.parts, ['in', 'the']);
  });

  it('takes a name join written twice as a name, not an accident', () => {
    const twice = judgeIn(`${BODY} AlexanderVasilyevich spoke. AlexanderVasilyevich left.`);
    assert.equal(twice('AlexanderVasilyevich'), undefined);
  });
});
