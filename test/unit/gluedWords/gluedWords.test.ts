import assert from 'node:assert/strict';
import { Corpus } from '../../../src/core/engine/corpus';
import { createGluedWordsRule } from '../../../src/core/rules/gluedWords';
import type { Finding, SourceDocument } from '../../../src/core/types';
import { seed, seedDocuments } from '../seedCorpus';
import { englishWords, fixtureText } from './englishWords';

function check(documents: SourceDocument[]): Finding[] {
  const corpus = new Corpus([createGluedWordsRule(englishWords())]);
  for (const doc of documents) corpus.set(doc);
  return corpus.check().findings;
}

/** The words run together (warnings), not the lost spaces after punctuation (information). */
const words = (findings: Finding[]) => findings.filter((f) => f.severity === 'warning').map((f) => f.text);

const article = (body: string) => `Vietnam and Russia hold defence talks\n\n${body}\n`;
const CLEAN = 'The two sides agreed to expand cooperation in trade, energy and education over the coming years, officials said after the meeting in Hanoi on Tuesday.';

// The glued words of the seed from VNA whose extraction lost most spaces (004), in order.
const SEED_GLUES = [
  'andRussian', 'inMoscow', 'inthe', 'DeputyMinister', 'AlexanderVasilyevich', 'enhancedtraditional', 'twocountries',
  'theCommunist', 'RussianPrime', 'governmentssigned', 'yearssince', 'oftheir', 'viewthat', 'sharingexperience',
  'militarymedicine', 'jointactivities', 'itssupport', 'InternationalSecurity', 'aswell', 'ofDefence',
  'effectivelycontribute', 'RussiaTropical', 'Asiannation', 'Plusmechanism', 'Vietnamwill', 'theRussian', 'readyto',
  'defencecooperation', 'alldisputes', 'internationallaw', 'MinisterSergei',
];

describe('glued-words', () => {
  it('finds every run-together word of the broken seed and nothing in the clean ones', () => {
    const findings = check(seedDocuments());
    assert.deepEqual(words(findings), SEED_GLUES);
    assert.ok(findings.every((f) => f.path.startsWith('004_') && f.rule === 'glued-words'));
    // and, as information, the lost spaces after commas
    assert.deepEqual(findings.filter((f) => f.severity === 'info').map((f) => [f.text, f.suggestion]), [
      ['connections,they', 'connections, they'], ['exchanges,sharing', 'exchanges, sharing'], ['security,peace', 'security, peace'],
    ]);
  });

  it('reports the glued word exactly, with the split as message, suggestion and data', () => {
    const doc = seed('004');
    const f = check(seedDocuments()).find((x) => x.text === 'inMoscow')!;
    const start = doc.text.indexOf('inMoscow');
    assert.deepEqual(f.span, { start, end: start + 'inMoscow'.length });
    assert.equal(f.message, '"inMoscow" looks like two words run together: "in Moscow".');
    assert.equal(f.suggestion, 'in Moscow');
    assert.deepEqual(f.data, { parts: ['in', 'Moscow'] });
    assert.deepEqual(f.related, []);
  });

  it('reports the glued piece of a hyphenated word, not the whole word', () => {
    const doc = seed('004');
    const f = check([doc]).find((x) => x.suggestion === 'Russia Tropical')!;
    const start = doc.text.indexOf('Vietnam-RussiaTropical') + 'Vietnam-'.length;
    assert.deepEqual([f.text, f.span], ['RussiaTropical', { start, end: start + 'RussiaTropical'.length }]);
  });

  it('finds nothing in clean news prose full of brands, compounds, foreign names and codes', () => {
    assert.deepEqual(check([{ path: 'clean.txt', text: fixtureText('clean-news.txt') }]), []);
    assert.deepEqual(check([{ path: 'clean.txt', text: fixtureText('clean-news.txt') }, ...seedDocuments()]).filter((f) => f.path === 'clean.txt'), []);
  });

  it('reports a small word run into a figure, and leaves codes alone', () => {
    const findings = check([{ path: 'a.txt', text: article(`${CLEAN} The line will be completed in2030 at a cost of about1,500 billion, or by20% more.`) }]);
    assert.deepEqual(findings.map((f) => [f.text, f.suggestion, f.severity]), [['in2030', 'in 2030', 'warning'], ['about1,500', 'about 1,500', 'warning'], ['by20', 'by 20', 'warning']]);
    const codes = article(`${CLEAN} The COVID19 rules, the G7 summit, an A320 jet, the mp3 files, the 2030s, U23 players, the "over50" programme and the on1 plan stayed.`);
    assert.deepEqual(check([{ path: 'a.txt', text: codes }]), []);
  });

  it('reports a small word run into a name, however short, and leaves a name the corpus never writes alone', () => {
    const glued = article(`${CLEAN} The delegation arrived inHa Noi and met officials atMy Dinh stadium and inTra Leng commune.`);
    const apart = article(`${CLEAN} The delegation arrived in Ha Noi and met officials at My Dinh stadium and in Tra Leng commune.`);
    assert.deepEqual(check([{ path: 'a.txt', text: glued }, { path: 'b.txt', text: apart }]).map((f) => [f.path, f.text, f.suggestion]), [
      ['a.txt', 'inHa', 'in Ha'], ['a.txt', 'atMy', 'at My'], ['a.txt', 'inTra', 'in Tra'],
    ]);
    assert.deepEqual(check([{ path: 'a.txt', text: article(`${CLEAN} The startup toGo and the app onZup launched.`) }]), []);
  });

  it('reports a word run into a name that another version of the story writes apart', () => {
    const glued = article(`${CLEAN} The chairman of the cityPeople's Committee attended the meeting.`);
    const apart = article(`${CLEAN} The chairman of the city People's Committee attended the meeting.`);
    assert.deepEqual(check([{ path: 'a.txt', text: glued }]), []);
    assert.deepEqual(check([{ path: 'a.txt', text: glued }, { path: 'b.txt', text: apart }]).map((f) => [f.path, f.text]), [['a.txt', 'cityPeople']]);
    // another case, or a hyphenated word, writes something else: "easy jet-lag" is not "easy Jet"
    const brand = article(`${CLEAN} Tickets are sold through easyJet's partner services.`);
    const other = article(`${CLEAN} Tickets are sold through partner services, with an easy jet-lag cure on board.`);
    assert.deepEqual(check([{ path: 'a.txt', text: brand }, { path: 'b.txt', text: other }]), []);
  });

  it('reports a lost space after a comma or a full stop as information, never in addresses, figures or abbreviations', () => {
    const text = article(`${CLEAN} Both sides agreed,they said. The council approved it.The city pays. See vnexpress.net, the U.S.Army, 1,500 people, No.3 and 10 a.m.Local time.`);
    assert.deepEqual(check([{ path: 'a.txt', text }]).map((f) => [f.text, f.severity, f.message]), [
      ['agreed,they', 'info', '"agreed,they" has no space after the comma: "agreed, they".'],
      ['it.The', 'info', '"it.The" has no space after the full stop: "it. The".'],
    ]);
  });

  it('reports only certain glues in an otherwise clean document', () => {
    const findings = check([{ path: 'a.txt', text: article(`${CLEAN} Officials discussed militarymedicine and met inthe capital.`) }]);
    assert.deepEqual(findings.map((f) => f.text), ['inthe']);
  });

  it('reports weaker glues too once several certain ones show a broken extraction', () => {
    const body = `${CLEAN} Officials discussed militarymedicine and met inthe capital, spoke highly oftheir ties and thanked Vietnam for itssupport.`;
    assert.deepEqual(check([{ path: 'a.txt', text: article(body) }]).map((f) => f.text), ['militarymedicine', 'inthe', 'oftheir', 'itssupport']);
  });

  it('reports a capitalised join when the same document writes it apart', () => {
    const apart = check([{ path: 'a.txt', text: article(`${CLEAN} DeputyMinister Vinh met the Russian Deputy Minister.`) }]);
    assert.deepEqual(apart.map((f) => [f.text, f.suggestion]), [['DeputyMinister', 'Deputy Minister']]);
    assert.deepEqual(check([{ path: 'a.txt', text: article(`${CLEAN} DeputyMinister Vinh met the Russian delegation.`) }]), []);
  });

  it('reports two plain words run together in a broken document once another version of the story writes them apart', () => {
    const story = (relations: string) => article(`Vietnam and Russia held their fourth defence dialogue in Moscow on Tuesday, affirming that defence cooperation remains a pillar of ${relations} relations. ${CLEAN}`);
    const broken = { path: 'a.txt', text: story('the twocountries’').replace('held their', 'held oftheir').replace('in Moscow', 'inthe Moscow').replace('affirming that', 'affirming itssupport that') };
    const version = { path: 'b.txt', text: story('the two countries’') };
    assert.deepEqual(check([broken]).map((f) => f.text), ['oftheir', 'inthe', 'itssupport']);
    assert.deepEqual(check([broken, version]).map((f) => f.text), ['oftheir', 'inthe', 'itssupport', 'twocountries']);
  });

  it('leaves web addresses, e-mails, handles and hashtags alone, which are written without spaces on purpose', () => {
    const body = `${CLEAN} As thediplomat.com and https://www.thehindu.com/news/ reported, readers wrote to info@theworld.org, @thehill and #inthenews.`;
    assert.deepEqual(check([{ path: 'a.txt', text: article(body) }]), []);
  });

  it('reports nothing in page furniture after the sign-off', () => {
    const doc = seed('004');
    const withTeaser = { ...doc, text: `${doc.text}\nOfficials metinthe capital to review progress ofthe talks andtheir results.\n` };
    const others = seedDocuments().filter((d) => d.path !== doc.path);
    assert.deepEqual(words(check([withTeaser, ...others])), SEED_GLUES);
  });

  it('follows edits: a fixed glue disappears, and the results match a fresh check', () => {
    const corpus = new Corpus([createGluedWordsRule(englishWords())]);
    for (const doc of seedDocuments()) corpus.set(doc);
    assert.equal(words(corpus.check().findings).length, SEED_GLUES.length);
    const doc = seed('004');
    corpus.set({ ...doc, text: doc.text.replace('inMoscow', 'in Moscow') });
    const edited = words(corpus.check().findings);
    assert.deepEqual(edited, SEED_GLUES.filter((g) => g !== 'inMoscow'));
    corpus.set(doc);
    assert.deepEqual(corpus.check().findings, check(seedDocuments()));
  });

  it('reports nothing without a word list', () => {
    const corpus = new Corpus([createGluedWordsRule()]);
    corpus.set(seed('004'));
    assert.deepEqual(corpus.check().findings, []);
  });
});
