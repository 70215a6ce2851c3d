import assert from 'node:assert/strict';
import { defaultHouseStyle, type HouseStyle } from '../../../src/core/config/houseStyle';
import { Corpus } from '../../../src/core/engine/corpus';
import { lexiconFromWords, type Lexicon } from '../../../src/core/lexicon/lexicon';
import { createSpellingVariant, spellingVariant } from '../../../src/core/rules/spellingVariant';
import type { Finding } from '../../../src/core/types';
import { seedDocuments } from '../seedCorpus';

const article = (sentence: string) => `Talks in the capital\n\n${sentence} The two sides agreed to expand cooperation in trade and energy over the coming years, officials said.\n`;

function check(sentences: Record<string, string>, options: { style?: Partial<HouseStyle>; lexicon?: Lexicon } = {}): Finding[] {
  const rule = options.lexicon ? createSpellingVariant(options.lexicon) : spellingVariant;
  const corpus = new Corpus([rule], { ...defaultHouseStyle(), ...options.style });
  for (const [path, sentence] of Object.entries(sentences)) corpus.set({ path, text: article(sentence) });
  return corpus.check().findings;
}

const texts = (findings: Finding[]) => findings.map((f) => [f.path, f.text, f.suggestion]);
const at = (sentence: string, word: string, nth = 0) => {
  let index = -1;
  for (let i = 0; i <= nth; i++) index = article(sentence).indexOf(word, index + 1);
  return { start: index, end: index + word.length };
};

describe('spelling-variant', () => {
  it('reports defense where the corpus mostly writes defence, with the span, message, suggestion and related uses', () => {
    const a = 'The defence ministry said defence spending would rise.';
    const b = 'The army said its defense budget was ready.';
    const [f, ...rest] = check({ 'a.txt': a, 'b.txt': b });
    assert.equal(rest.length, 0);
    assert.equal(f.rule, 'spelling-variant');
    assert.equal(f.severity, 'info', 'b.txt keeps its own spelling throughout: a note, not a warning');
    assert.equal(f.path, 'b.txt');
    assert.deepEqual(f.span, at(b, 'defense'));
    assert.equal(f.text, 'defense');
    assert.equal(f.suggestion, 'defence');
    assert.equal(f.message, '"defense" here; the corpus mostly writes "defence" (2 times in 1 document: a.txt). No house style set.');
    assert.deepEqual(f.related.map((r) => [r.path, r.text, r.span]), [['a.txt', 'defence', at(a, 'defence')], ['a.txt', 'defence', at(a, 'defence', 1)]]);
    assert.deepEqual(f.data?.patterns, ['-ce/-se']);
    assert.equal(f.data?.reason, 'majority');
  });

  it('warns where the spelling is inconsistent (within a document or an outlet) and notes an outlet\'s own convention', () => {
    const signed = (outlet: string, sentence: string) => `Talks in the capital\n\n${sentence} The two sides agreed to expand cooperation in trade and energy over the coming years, officials said.\n\nSource: ${outlet}\n`;
    const findings = check({
      'uk1.txt': signed('Albion Wire', 'The defence ministry said defence spending would rise.'),
      'uk2.txt': signed('Albion Wire', 'The defense ministry said the budget was ready.'),
      'us1.txt': signed('Liberty Post', 'The defense ministry said the plan was ready.'),
      'mixed.txt': signed('Other Daily', 'The defence ministry said its defense budget was ready and defence was a priority.'),
    });
    assert.deepEqual(findings.map((f) => [f.path, f.text, f.severity]), [
      ['mixed.txt', 'defense', 'warning'],
      ['uk2.txt', 'defense', 'warning'],
      ['us1.txt', 'defense', 'info'],
    ]);
  });

  it('covers both words of a spaced name and keeps the possessive out of the span', () => {
    const b = "The delegation praised Viet Nam's growth.";
    const findings = check({ 'a.txt': 'Vietnam and Laos met. Vietnam hosted the talks.', 'b.txt': b });
    assert.deepEqual(texts(findings), [['b.txt', 'Viet Nam', 'Vietnam']]);
    assert.deepEqual(findings[0].span, at(b, 'Viet Nam'));
  });

  it('compares hyphenated and closed compounds', () => {
    const findings = check({
      'a.txt': 'Cybersecurity matters, and cybersecurity training continues.',
      'b.txt': 'They discussed cyber-security and multi-faceted ties.',
      'c.txt': 'They praised the multifaceted partnership and its multifaceted goals.',
    });
    assert.deepEqual(texts(findings), [['b.txt', 'cyber-security', 'cybersecurity'], ['b.txt', 'multi-faceted', 'multifaceted']]);
  });

  it('counts inflections as one spelling: programmes and programme against programs', () => {
    const findings = check({
      'a.txt': 'The programme grew and two programmes began.',
      'b.txt': 'New programs were launched.',
    });
    assert.deepEqual(texts(findings), [['b.txt', 'programs', 'programmes']]);
    assert.match(findings[0].message, /the corpus mostly writes "programme" \(2 times in 1 document: a\.txt\)/);
    assert.deepEqual(check({ 'a.txt': 'The programme grew and two programmes began.' }), []);
  });

  it('turns a different inflection to the preferred side: prioritised → prioritized', () => {
    const findings = check({
      'a.txt': 'They prioritised health.',
      'b.txt': 'They are prioritizing trade.',
      'c.txt': 'The plan prioritizes energy.',
    });
    assert.deepEqual(texts(findings), [['a.txt', 'prioritised', 'prioritized']]);
  });

  it('says when the corpus is split evenly and suggests the alphabetically first form', () => {
    const findings = check({ 'a.txt': 'They backed multilateralisation of ties.', 'b.txt': 'They backed multilateralization of ties.' });
    assert.deepEqual(texts(findings), [['b.txt', 'multilateralization', 'multilateralisation']]);
    assert.equal(findings[0].message, '"multilateralization" here; the corpus writes "multilateralisation" as often (1 time in 1 document: a.txt). No house style set.');
  });

  it('finds -our/-or, -re/-er and -ogue/-og, but never joins four and for', () => {
    const findings = check({
      'a.txt': 'The colour of the city centre shaped the dialogue for four days.',
      'b.txt': 'The color of the center shaped the dialog.',
      'c.txt': 'The colour of the centre shaped the dialogue.',
    });
    assert.deepEqual(texts(findings), [['b.txt', 'color', 'colour'], ['b.txt', 'center', 'centre'], ['b.txt', 'dialog', 'dialogue']]);
  });

  it('compares a name only with the same name: the Tropical Centre is not the World Trade Center', () => {
    const findings = check({
      'a.txt': 'They visited the Vietnam-Russia Tropical Centre in Hanoi.',
      'b.txt': 'They visited the World Trade Center in New York.',
      'c.txt': 'They visited the Vietnam-Russia Tropical Center again.',
    });
    assert.deepEqual(texts(findings), [['a.txt', 'Centre', 'Center']]);
    assert.match(findings[0].message, /the corpus writes "Center" as often \(1 time in 1 document: c\.txt\)/);
  });

  it('leaves the Ministry of Defence and the Department of Defense to themselves', () => {
    assert.deepEqual(check({ 'a.txt': 'The Ministry of Defence agreed.', 'b.txt': 'The Department of Defense agreed.' }), []);
  });

  it('ignores capitals at the start of a sentence', () => {
    assert.deepEqual(check({ 'a.txt': 'Defence comes first.', 'b.txt': 'They said defence comes first.' }), []);
  });

  it('leaves alone pairs that are two words in British usage', () => {
    assert.deepEqual(check({
      'a.txt': 'The licence was renewed and it is common practice.',
      'b.txt': 'They license exports and practise speeches.',
    }), []);
  });

  it('compares spaced and closed common words, -ll-/-l-, ae and oe only with a lexicon', () => {
    const lexicon = lexiconFromWords(['cybersecurity', 'travel', 'travelled', 'traveled', 'paediatric', 'pediatric', 'foetus', 'fetus', 'fill', 'filled', 'filed']);
    const sentences = {
      'a.txt': 'Cyber security experts travelled to the paediatric ward; the foetus was healthy; they filled forms.',
      'b.txt': 'Cybersecurity experts traveled to the pediatric ward; the fetus was healthy; they filed forms.',
      'c.txt': 'Cybersecurity experts traveled to the pediatric ward; the fetus was healthy.',
    };
    assert.deepEqual(texts(check(sentences)), []);
    assert.deepEqual(texts(check(sentences, { lexicon })), [
      ['a.txt', 'Cyber security', 'Cybersecurity'], ['a.txt', 'travelled', 'traveled'], ['a.txt', 'paediatric', 'pediatric'], ['a.txt', 'foetus', 'fetus'],
    ]);
  });

  it('compares "per cent" with "percent", the one function word that closes into a word written both ways', () => {
    const lexicon = lexiconFromWords(['percent', 'into']);
    assert.deepEqual(texts(check({
      'a.txt': 'Exports rose 5 per cent, or 3 per cent after prices.',
      'b.txt': 'Exports rose 5 percent, the ministry said.',
      'c.txt': 'Exports rose 5 per cent and walked in to the record books.',
    }, { lexicon })), [['b.txt', 'percent', 'per cent']]);
  });

  it('closes "per" only into "percent": "one shop per ward" is no "shopper"', () => {
    const lexicon = lexiconFromWords(['percent', 'shopper', 'shoppers', 'shop', 'ward']);
    const sentence = 'Many shoppers came, and one shopper said the city allowed one shop per ward.';
    assert.deepEqual(check({ 'a.txt': sentence, 'b.txt': 'Other shoppers came too.' }, { lexicon }), []);
  });

  it('counts a word no pattern can change for neither spelling: travel beside travelled and traveled', () => {
    const lexicon = lexiconFromWords(['travel', 'travelled', 'traveled']);
    const c = 'Air travel grew, the delegation traveled, and travel time and travel costs fell.';
    const findings = check({
      'a.txt': 'The minister travelled to Hanoi.',
      'b.txt': 'The envoy travelled to Paris.',
      'c.txt': c,
    }, { lexicon });
    assert.deepEqual(texts(findings), [['c.txt', 'traveled', 'travelled']]);
    assert.deepEqual(findings[0].span, at(c, 'traveled'));
    assert.equal(findings[0].message, '"traveled" here; the corpus mostly writes "travelled" (2 times in 2 documents: a.txt, b.txt). No house style set.');
    assert.deepEqual(findings[0].data?.forms, [{ text: 'travelled', count: 2, documents: 2 }, { text: 'traveled', count: 1, documents: 1 }]);
  });

  it('never compares a verb and its particle, a modifier, function words or glued words with a closed word', () => {
    const lexicon = lexiconFromWords(['turnout', 'into', 'everyday', 'maybe', 'longtime', 'long', 'longest', 'time']);
    assert.deepEqual(check({
      'a.txt': 'Voters may be keen to turn out and walk in to vote every day, as for a long time.',
      'b.txt': 'Turnout was high, maybe everyday concerns drove longtime voters into the booths inthe morning.',
    }, { lexicon }), []);
  });

  it('compares a name pair only with a capitalised closed word', () => {
    assert.deepEqual(check({ 'a.txt': 'They met Jon Smith at noon.', 'b.txt': 'They wrote to jonsmith at noon.' }), []);
  });

  it('follows the house style over the majority', () => {
    const sentences = { 'a.txt': 'Vietnam and Laos met. Vietnam hosted.', 'b.txt': 'The leaders of Viet Nam met.' };
    const findings = check(sentences, { style: { preferred: ['Viet Nam'] } });
    assert.deepEqual(texts(findings), [['a.txt', 'Vietnam', 'Viet Nam'], ['a.txt', 'Vietnam', 'Viet Nam']]);
    assert.equal(findings[0].message, '"Vietnam" here; the house style prefers "Viet Nam" (1 time in 1 document: b.txt).');
  });

  it('follows the house locale for British and American pairs only', () => {
    const sentences = {
      'a.txt': 'The defense budget and cyber-security grew.',
      'b.txt': 'The defense plan and cyber-security grew.',
      'c.txt': 'The defence review and cybersecurity grew.',
    };
    const findings = check(sentences, { style: { locale: 'uk' } });
    assert.deepEqual(texts(findings), [['a.txt', 'defense', 'defence'], ['b.txt', 'defense', 'defence'], ['c.txt', 'cybersecurity', 'cyber-security']]);
    assert.equal(findings[0].message, '"defense" here; the house style is British spelling: "defence" (1 time in 1 document: c.txt).');
    assert.match(findings[2].message, /the corpus mostly writes "cyber-security" .* The house style does not settle it\.$/);
  });

  it('never reports a word the house style ignores', () => {
    assert.deepEqual(check({ 'a.txt': 'The defence plan.', 'b.txt': 'The defense plan.' }, { style: { ignore: ['Defense'] } }), []);
  });

  it('re-checks after edits exactly as a fresh check would', () => {
    const texts0: Record<string, string> = {
      'a.txt': article('The defence ministry and the programme office agreed.'),
      'b.txt': article('The defence review and two programmes began.'),
      'c.txt': article('The defense budget and the program grew.'),
    };
    const corpus = new Corpus([createSpellingVariant()]);
    for (const [path, text] of Object.entries(texts0)) corpus.set({ path, text });
    assert.deepEqual(corpus.check().findings.map((f) => [f.path, f.text, f.suggestion]), [['c.txt', 'defense', 'defence'], ['c.txt', 'program', 'programme']]);
    const edits: [string, string | undefined][] = [
      ['a.txt', `Update: ${texts0['a.txt']}`], // the same words further on
      ['c.txt', texts0['c.txt'].replace('defense', 'defence')], // one spelling changed
      ['d.txt', article('The defense program and the defense plan.')], // a new document turns the majority
      ['b.txt', undefined], // a document removed
    ];
    const current = { ...texts0 };
    for (const [path, text] of edits) {
      if (text === undefined) {
        corpus.delete(path);
        delete current[path];
      } else {
        corpus.set({ path, text });
        current[path] = text;
      }
      const fresh = new Corpus([createSpellingVariant()]);
      for (const [p, t] of Object.entries(current)) fresh.set({ path: p, text: t });
      assert.deepEqual(corpus.check().findings, fresh.check().findings, `after editing ${path}`);
    }
    assert.deepEqual(corpus.check().findings.map((f) => [f.path, f.text, f.suggestion]), [
      ['a.txt', 'programme', 'program'], ['d.txt', 'defense', 'defence'], ['d.txt', 'defense', 'defence'],
    ]);
  });

  it('keeps a finding from one check to the next unless its document or a related use moved', () => {
    const corpus = new Corpus([createSpellingVariant()]);
    corpus.set({ path: 'a.txt', text: article('The defence ministry agreed.') });
    corpus.set({ path: 'b.txt', text: article('The defence review began.') });
    corpus.set({ path: 'c.txt', text: article('The defense budget grew.') });
    corpus.set({ path: 'd.txt', text: article('The weather was fine.') });
    const [before] = corpus.check().findings;
    corpus.set({ path: 'd.txt', text: article('The weather was fine again.') });
    assert.equal(corpus.check().findings[0], before);
    corpus.set({ path: 'a.txt', text: `Update. ${article('The defence ministry agreed.')}` });
    const [after] = corpus.check().findings;
    assert.notEqual(after, before);
    assert.deepEqual(after.related.map((r) => [r.path, r.span.start - before.related.find((b) => b.path === r.path)!.span.start]), [['a.txt', 8], ['b.txt', 0]]);
  });

  it('finds Viet Nam, defence, cyber-security, programmes and multilateralisation across the seeds', () => {
    const corpus = new Corpus([spellingVariant]);
    for (const doc of seedDocuments()) corpus.set(doc);
    const found = new Set(corpus.check().findings.map((f) => `${f.text}|${f.related[0].text}`));
    assert.deepEqual([...found].sort(), [
      'Viet Nam|Vietnam', 'cyber-security|cybersecurity', 'defense|defence', 'multifaceted|multi-faceted',
      'multilateralization|multilateralisation', 'prioritised|prioritizing', 'programmes|programs',
    ]);
  });
});
