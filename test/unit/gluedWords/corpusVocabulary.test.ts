import assert from 'node:assert/strict';
import { analyzeDocument, type AnalyzedDocument } from '../../../src/core/engine/analyzedDocument';
import { CorpusVocabulary } from '../../../src/core/lexicon/corpusVocabulary';
import { forEachLetterRun, writesApart } from '../../../src/core/lexicon/documentWords';
import { hashOf } from '../../../src/core/lexicon/wordTable';
import { Corpus } from '../../../src/core/engine/corpus';
import { createGluedWordsRule } from '../../../src/core/rules/gluedWords';
import { random } from '../random';
import { englishWords } from './englishWords';

const doc = (path: string, body: string): AnalyzedDocument =>
  analyzeDocument({ path, text: `Talks in Moscow\n\n${body} The two sides agreed to expand cooperation in trade and energy over the coming years, officials said.\n` });

/** The letter runs of the document's blocks, counted; each with the hash of its characters. */
function wordsOf(d: AnalyzedDocument): { counts: Map<string, number> } {
  const counts = new Map<string, number>();
  for (const { text } of d.article.blocks) {
    forEachLetterRun(text, (from, to, hash) => {
      const w = text.slice(from, to);
      assert.equal(hash, hashOf(w));
      counts.set(w, (counts.get(w) ?? 0) + 1);
    });
  }
  return { counts };
}

describe('forEachLetterRun', () => {
  it('counts letter runs as written, splitting hyphens and apostrophes, in every block', () => {
    const { counts } = wordsOf(doc('a.txt', 'The Vietnam-Russia Tropical Centre and Russia’s navy met.'));
    assert.equal(counts.get('Russia'), 2);
    assert.equal(counts.get('Tropical'), 1);
    assert.equal(counts.get('Moscow'), 1);
    assert.equal(counts.get('s'), 1);
    assert.equal(counts.get('Vietnam-Russia'), undefined);
  });

  it('lists capitalised neighbours apart by a space or hyphen, never across punctuation', () => {
    const vocabulary = new CorpusVocabulary([doc('a.txt', 'Deputy Minister Fomin met Vietnam-Russia Tropical Centre staff. Moscow, Hanoi.')]);
    const pairs = [['Deputy', 'Minister'], ['Minister', 'Fomin'], ['Vietnam', 'Russia'], ['Russia', 'Tropical'], ['Tropical', 'Centre']];
    for (const [first, second] of pairs) assert.equal(vocabulary.namesWrittenApart(first, second), true, `${first} ${second}`);
    for (const [first, second] of [['Fomin', 'Vietnam'], ['Moscow', 'Hanoi'], ['Minister', 'Deputy'], ['Centre', 'Moscow']]) {
      assert.equal(vocabulary.namesWrittenApart(first, second), false, `${first} ${second}`);
    }
  });

  it('finds words written apart in any case, with a space or a hyphen, but not inside other words', () => {
    const d = doc('a.txt', 'He said the Deputy-Minister post was new. He spoke of pandemics.');
    assert.equal(writesApart(d, ['deputy', 'minister']), true);
    assert.equal(writesApart(d, ['Spoke', 'Of']), true);
    assert.equal(writesApart(d, ['of', 'pan']), false);
    assert.equal(writesApart(d, ['was', 'He']), false);
  });

  it('looks past a match inside a longer word for a later one apart', () => {
    assert.equal(writesApart(doc('a.txt', 'He spoke of pandemics, then of pan flutes.'), ['of', 'pan']), true);
    // a letter outside the basic plane (two code units) before "of" still makes it part of a word
    assert.equal(writesApart(doc('a.txt', 'Ministers of panels and \u{1D400}of pan.'), ['of', 'pan']), false);
    assert.equal(writesApart(doc('a.txt', 'Ministers of panels and \u{1F600}of pan.'), ['of', 'pan']), true);
  });
});

describe('CorpusVocabulary', () => {
  const a = doc('a.txt', 'Russian Deputy Minister Fomin spoke. The russian delegation left.');
  const b = doc('b.txt', 'RUSSIAN ships docked in Cam Ranh.');

  it('counts words exactly as written and in any case, and the documents that write them', () => {
    const vocabulary = new CorpusVocabulary([a, b]);
    assert.equal(vocabulary.count('Russian'), 1);
    assert.equal(vocabulary.count('russian'), 1);
    assert.equal(vocabulary.frequency('Russian'), 3);
    assert.equal(vocabulary.frequency('rUSSIAN'), 3);
    assert.equal(vocabulary.documentsWith('russian'), 3);
    assert.equal(vocabulary.documentsWith('Fomin'), 1);
    assert.equal(vocabulary.count('Nowhere'), 0);
    assert.equal(vocabulary.total, [...wordsOf(a).counts.values(), ...wordsOf(b).counts.values()].reduce((x, y) => x + y, 0));
  });

  it('knows capitalised words written next to each other, in order', () => {
    const vocabulary = new CorpusVocabulary([a, b]);
    assert.equal(vocabulary.namesWrittenApart('Deputy', 'Minister'), true);
    assert.equal(vocabulary.namesWrittenApart('Minister', 'Deputy'), false);
    assert.equal(vocabulary.namesWrittenApart('Cam', 'Ranh'), true);
  });

  it('updates by document: after replacing and removing documents it counts what a fresh count would', () => {
    const vocabulary = new CorpusVocabulary([a, b]);
    const edited = doc('b.txt', 'Fomin and Shoigu met.');
    vocabulary.sync([a, edited]);
    const fresh = new CorpusVocabulary([a, edited]);
    for (const word of ['Russian', 'RUSSIAN', 'Fomin', 'Shoigu', 'Cam', 'the']) {
      assert.equal(vocabulary.frequency(word), fresh.frequency(word), word);
      assert.equal(vocabulary.documentsWith(word), fresh.documentsWith(word), word);
    }
    assert.equal(vocabulary.namesWrittenApart('Cam', 'Ranh'), false);
    assert.equal(vocabulary.total, fresh.total);
    vocabulary.sync([]);
    assert.equal(vocabulary.total, 0);
    assert.equal(vocabulary.frequency('Fomin'), 0);
  });

  it('reports what a sync changed: everything at first, then only the words an edit changed', () => {
    const vocabulary = new CorpusVocabulary();
    assert.equal(vocabulary.sync([a, b]), 'all');
    const edited = doc('b.txt', 'RUSSIAN ships docked in Nha Trang.');
    assert.deepEqual(vocabulary.sync([a, edited]), { words: new Set(['Cam', 'Ranh', 'Nha', 'Trang']), namePairs: new Set(['Cam Ranh', 'Nha Trang']) });
    assert.deepEqual(vocabulary.sync([a, edited]), { words: new Set(), namePairs: new Set() });
  });

  it('reports a word written as often as before in more documents, and names no longer written next to each other', () => {
    const vocabulary = new CorpusVocabulary([doc('a.txt', 'Fomin met Fomin. Deputy Minister Vinh left.'), doc('b.txt', 'talks went on.')]);
    const change = vocabulary.sync([doc('a.txt', 'Fomin met. Deputy. Minister Vinh left.'), doc('b.txt', 'Fomin talks went on.')]);
    assert.deepEqual(change, { words: new Set(['Fomin']), namePairs: new Set(['Deputy Minister']) });
  });

  it('gives a frequency from a limit on, and below it only that it is below', () => {
    const vocabulary = new CorpusVocabulary([a, b]);
    assert.equal(vocabulary.frequencyAtLeast('russian', 3), 3);
    assert.equal(vocabulary.frequencyAtLeast('russian', 4), undefined);
  });
});

describe('words nobody writes any more', () => {
  /** `count` made-up words ("kvarbo", "tesulin"…), each written once. */
  function madeUpWords(count: number, seed: number): string {
    const next = random(seed);
    const letters = 'abdefgiklmnoprstuvz';
    const words: string[] = [];
    for (let i = 0; i < count; i++) {
      let w = '';
      for (let k = 5 + Math.floor(next() * 5); k > 0; k--) w += letters[Math.floor(next() * letters.length)];
      words.push(w);
    }
    return words.join(' ');
  }

  it('are most of the table once the documents that wrote them are gone, and only then', () => {
    const typing = doc('typing.txt', `${madeUpWords(60_000, 7)}.`);
    const vocabulary = new CorpusVocabulary([typing]);
    assert.equal(vocabulary.mostlyForgotten, false);
    vocabulary.sync([doc('final.txt', 'The text as it was saved.')]);
    assert.equal(vocabulary.mostlyForgotten, true);
    vocabulary.sync([typing]);
    assert.equal(vocabulary.mostlyForgotten, false);
  });

  it('make the glued-words rule start afresh, with the findings of a fresh check', () => {
    const lexicon = englishWords();
    const final = doc('final.txt', 'Officials met inMoscow on Monday to discuss trade.');
    const corpus = new Corpus([createGluedWordsRule(lexicon)]);
    corpus.set({ path: 'typing.txt', text: `Draft\n\n${madeUpWords(60_000, 11)}.\n` });
    corpus.set(final.source);
    corpus.check();
    corpus.delete('typing.txt');
    corpus.check(); // counts the deletion: now most numbered words are written nowhere
    corpus.set({ path: final.source.path, text: `${final.source.text}\nMore talks followed.\n` });
    const afterReset = corpus.check().findings;
    const fresh = new Corpus([createGluedWordsRule(lexicon)]);
    fresh.set({ path: final.source.path, text: `${final.source.text}\nMore talks followed.\n` });
    assert.deepEqual(afterReset, fresh.check().findings);
    assert.deepEqual(afterReset.map((f) => f.text), ['inMoscow']);
  });
});
