import assert from 'node:assert/strict';
import { analyzeDocument, isCheckedBlock, type AnalyzedDocument } from '../../../src/core/engine/analyzedDocument';
import { CorpusVocabulary } from '../../../src/core/lexicon/corpusVocabulary';
import { LETTER_RUN } from '../../../src/core/lexicon/documentWords';
import { lexiconFromWords, type Lexicon } from '../../../src/core/lexicon/lexicon';
import { DictionaryWords } from '../../../src/core/rules/gluedWords/dictionaryWords';
import { CANDIDATE_FIELDS, GlueCandidates } from '../../../src/core/rules/gluedWords/glueCandidates';
import { blockSpan } from '../../../src/core/text/blockSpan';
import { forEachWord } from '../../../src/core/text/tokens';
import { random } from '../random';
import { englishWords } from './englishWords';

const doc = (body: string): AnalyzedDocument => analyzeDocument({ path: 'a.txt', text: `Talks in Moscow\n\n${body}\n` });

/** The candidates found from the runs the vocabulary numbered, as "word@start". */
function candidates(d: AnalyzedDocument, lexicon: Lexicon = englishWords()): string[] {
  const vocabulary = new CorpusVocabulary([d]);
  const search = new GlueCandidates(new DictionaryWords(lexicon, vocabulary));
  const { places } = search.of(d, vocabulary.runsOf(d));
  const found: string[] = [];
  for (let i = 0; i < places.length; i += CANDIDATE_FIELDS) found.push(`${search.words.words[places[i]]}@${places[i + 1]}`);
  return found;
}

/** The same read plainly: every word of the checked text cut and tested, as the rule defines candidates. */
function everyWordCandidates(d: AnalyzedDocument): string[] {
  const lexicon = englishWords();
  const found: string[] = [];
  const add = (block: AnalyzedDocument['article']['blocks'][number], from: number, to: number) => found.push(`${block.text.slice(from, to)}@${blockSpan(block, from, to).start}`);
  for (const block of d.article.blocks.filter(isCheckedBlock)) {
    const { text } = block;
    forEachWord(text, (from, to) => {
      const word = text.slice(from, to);
      if (word.length < 5 || lexicon.has(word) || /[@#/\\._]$/u.test(text.slice(Math.max(0, from - 1), from)) || /^(?:[@/\\_]|\.\p{L})/u.test(text.slice(to, to + 2))) return;
      if (/^[\p{L}\p{M}]+$/u.test(word)) add(block, from, to);
      else if (!/[\p{N}.]/u.test(word)) {
        for (const run of word.matchAll(LETTER_RUN)) if (run[0].length >= 5 && !lexicon.has(run[0])) add(block, from + run.index!, from + run.index! + run[0].length);
      }
    });
  }
  return found;
}

const PIECES = [
  'inMoscow', 'theRussian', 'Vasilyevich', 'twocountries', 'talks', 'in', 'the', 'Moscow', 'cooperation', ' ', ' ', ' ', ', ', '. ',
  '-', "'", '’', '.', 'U.S.', 'COVID-19', '19', 'thediplomat.com', '@thehill', '#inthenews', 'www.', '_', '/', '\\',
  'Vietnam-RussiaTropical', "Russia's", 'cafe\u0301', '\u0301abcdefg', 'Nguyễnvăn', '\u{1D400}bcdefg', 'Phúc', '–', '(', ')',
];

describe('GlueCandidates', () => {
  it('finds the long words no dictionary has and the pieces of hyphenated ones, skipping codes and addresses', () => {
    const d = doc('Officials of the Vietnam-RussiaTropical Centre met inMoscow on COVID-19 and wrote to @thehill at thediplomat.com.');
    assert.deepEqual(candidates(d).map((c) => c.split('@')[0]), ['Moscow', 'Vietnam', 'RussiaTropical', 'inMoscow']);
  });

  it('reads the word of a letter run that starts with a combining mark, whatever the dictionary says of the run', () => {
    const lexicon = lexiconFromWords(['\u0301abcdefg']);
    const d = doc('Officials of both countries discussed cooperation on x-\u0301abcdefg during the talks.');
    assert.deepEqual(candidates(d, lexicon).map((c) => c.split('@')[0]), ['Talks', 'Moscow', 'Officials', 'countries', 'discussed', 'cooperation', 'abcdefg', 'during', 'talks']);
  });

  it('finds what cutting and testing every word finds, in random text full of joiners, marks and addresses', () => {
    const next = random(6);
    for (let n = 0; n < 300; n++) {
      const body = Array.from({ length: 40 }, () => PIECES[Math.floor(next() * PIECES.length)]).join('');
      const d = doc(body);
      assert.deepEqual(candidates(d), everyWordCandidates(d), body);
    }
  });
});
