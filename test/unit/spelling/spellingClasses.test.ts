import assert from 'node:assert/strict';
import { lexiconFromWords } from '../../../src/core/lexicon/lexicon';
import { analyzeSpelling, respell } from '../../../src/core/spelling/spellingClasses';
import { spellingChoice } from '../../../src/core/spelling/spellingChoice';

describe('spelling patterns', () => {
  it('gives the American spelling and the British patterns of a word', () => {
    const cases: [string, string, string[]][] = [
      ['multilateralisation', 'multilateralization', ['ise']],
      ['analysed', 'analyzed', ['yse']],
      ['favourite', 'favorite', ['our']],
      ['centres', 'centers', ['re']],
      ['defence', 'defense', ['ence']],
      ['programmes', 'programs', ['gramme']],
      ['catalogue', 'catalog', ['ogue']],
      ['defense', 'defense', []],
      ['four', 'four', []],
      ['raised', 'raised', []],
      ['acre', 'acre', []],
    ];
    for (const [word, us, british] of cases) assert.deepEqual(analyzeSpelling(word), { us, british }, word);
  });

  it('applies the -ll-, ae and oe patterns only where a lexicon knows both spellings', () => {
    const lexicon = lexiconFromWords(['travel', 'travelled', 'traveled', 'fill', 'refill', 'refilled', 'refiled', 'boeing', 'being']);
    assert.deepEqual(analyzeSpelling('travelled'), { us: 'travelled', british: [] });
    assert.deepEqual(analyzeSpelling('travelled', lexicon), { us: 'traveled', british: ['ll'] });
    assert.deepEqual(analyzeSpelling('refilled', lexicon), { us: 'refilled', british: [] });
    assert.deepEqual(analyzeSpelling('boeing', lexicon), { us: 'boeing', british: [] });
    const ments = lexiconFromWords(['judgement', 'judgment', 'judgements', 'judgments']);
    assert.deepEqual(analyzeSpelling('judgements', ments), { us: 'judgments', british: ['dgement'] });
    assert.deepEqual(analyzeSpelling('judgment', ments), { us: 'judgment', british: [] });
    assert.equal(respell('judgment', 'dgement', 'uk'), 'judgement');
  });

  it('turns a word to either side of a pattern', () => {
    assert.equal(respell('prioritizing', 'ise', 'uk'), 'prioritising');
    assert.equal(respell('prioritised', 'ise', 'us'), 'prioritized');
    assert.equal(respell('colors', 'our', 'uk'), 'colours');
  });

  it('keys a word by its pieces joined, made American, one ending cut; the signature keeps the choices', () => {
    assert.deepEqual(spellingChoice(['viet', 'nam']), { key: 'vietnam', normal: 'vietnam', british: [], signature: '4|' });
    assert.deepEqual(spellingChoice(['vietnam']), { key: 'vietnam', normal: 'vietnam', british: [], signature: '|' });
    assert.deepEqual(spellingChoice(['programmes']), { key: 'program', normal: 'programs', british: ['gramme'], signature: '|gramme' });
    assert.deepEqual(spellingChoice(['colour', 'blind']), { key: 'colorblind', normal: 'colorblind', british: ['our'], signature: '5|our' });
  });
});
