import assert from 'node:assert/strict';
import { acronymDefinitionsOf } from '../../../src/core/acronyms/acronymDefinitions';
import { fitsAcronym } from '../../../src/core/acronyms/acronymFit';
import { phraseText, phraseWordsOf } from '../../../src/core/acronyms/phraseWords';
import { analyzeDocument } from '../../../src/core/engine/analyzedDocument';
import { Corpus } from '../../../src/core/engine/corpus';
import { acronymMismatch, createAcronymMismatch } from '../../../src/core/rules/acronymMismatch';
import type { Finding } from '../../../src/core/types';
import { seedDocuments } from '../seedCorpus';

const article = (sentence: string) => `Talks in the capital\n\n${sentence} The two sides agreed to expand cooperation in trade and energy over the coming years, officials said.\n`;

function check(sentences: Record<string, string>): Finding[] {
  const corpus = new Corpus([acronymMismatch]);
  for (const [path, sentence] of Object.entries(sentences)) corpus.set({ path, text: article(sentence) });
  return corpus.check().findings;
}

const fits = (acronym: string, longForm: string) => fitsAcronym(acronym, phraseWordsOf(longForm));

describe('acronym letters', () => {
  it('fit long forms by the initials of their content words, letters inside words allowed', () => {
    assert.equal(fits('ASEAN', 'Association of Southeast Asian Nations'), true);
    assert.equal(fits('MCIS', 'Moscow Conference on International Security'), true);
    assert.equal(fits('RoK', 'Republic of Korea'), true);
    assert.equal(fits('NPT', 'Non-Proliferation Treaty'), true);
    assert.equal(fits('MCIS', 'Moscow International Security Conference'), false);
    assert.equal(fits('MPLA', "People's Movement for the Liberation of Angola"), false);
  });

  it('opens glued joints when reading words', () => {
    assert.equal(phraseText(phraseWordsOf('Moscow Conference on InternationalSecurity')), 'Moscow Conference on International Security');
  });

  it('finds definitions both ways round, the acronym without its suffix', () => {
    const doc = analyzeDocument({ path: 'a.txt', text: article('At the 11th Moscow International Security Conference (MCIS-11), officials of the Association of Southeast Asian Nations (ASEAN) and ASEAN (Association of Southeast Asian Nations) met.') });
    assert.deepEqual(acronymDefinitionsOf(doc).map((d) => [d.acronym, d.written, phraseText(d.longForm), d.fits]), [
      ['MCIS', 'MCIS-11', 'Moscow International Security Conference', false],
      ['ASEAN', 'ASEAN', 'Association of Southeast Asian Nations', true],
      ['ASEAN', 'ASEAN', 'Association of Southeast Asian Nations', true],
    ]);
  });
});

describe('acronym-mismatch', () => {
  it('reports a long form that MCIS does not fit where another document writes the fitting name', () => {
    const a = 'Speaking at the 11th Moscow International Security Conference (MCIS-11) outside Moscow, the minister spoke.';
    const b = 'The minister thanked Vietnam for its support for the Moscow Conference on InternationalSecurity and other events.';
    const [f, ...rest] = check({ 'a.txt': a, 'b.txt': b });
    assert.equal(rest.length, 0);
    const start = article(a).indexOf('Moscow International');
    assert.deepEqual(f.span, { start, end: start + 'Moscow International Security Conference (MCIS-11)'.length });
    assert.equal(f.text, 'Moscow International Security Conference (MCIS-11)');
    assert.equal(f.severity, 'warning');
    assert.equal(f.message, '"Moscow International Security Conference (MCIS-11)": the letters of MCIS fit "Moscow Conference on International Security", as b.txt writes it.');
    assert.equal(f.suggestion, 'Moscow Conference on International Security (MCIS-11)');
    assert.deepEqual(f.related.map((r) => [r.path, r.text]), [['b.txt', 'Moscow Conference on InternationalSecurity']]);
  });

  it('reports a long form that does not fit against a fitting definition of the same acronym', () => {
    const findings = check({
      'a.txt': 'The Foreign Affairs Ministry (MOFA) said so.',
      'b.txt': 'The Ministry of Foreign Affairs (MOFA) said so.',
    });
    assert.deepEqual(findings.map((f) => [f.path, f.text, f.suggestion]), [['a.txt', 'Foreign Affairs Ministry (MOFA)', 'Ministry of Foreign Affairs (MOFA)']]);
  });

  it('handles the acronym before its long form', () => {
    const findings = check({
      'a.txt': 'Delegates at MCIS (Moscow International Security Conference) spoke.',
      'b.txt': 'Delegates at the Moscow Conference on International Security spoke.',
    });
    assert.deepEqual(findings.map((f) => [f.text, f.suggestion]), [['MCIS (Moscow International Security Conference)', 'MCIS (Moscow Conference on International Security)']]);
  });

  it('leaves consistent and translated long forms alone', () => {
    assert.deepEqual(check({
      'a.txt': 'The Association of Southeast Asian Nations (ASEAN) met.',
      'b.txt': 'The Association of Southeast Asian Nations (ASEAN) met again.',
      'c.txt': "The People's Movement for the Liberation of Angola (MPLA) met.",
      'd.txt': 'Moscow (VNA) reported the talks.',
    }), []);
  });

  it('leaves a long form that is the fitting name spelled another way: a spelling, not another name', () => {
    assert.deepEqual(check({
      'a.txt': 'The Vietnam Football Federation (VFF) paid the bonus.',
      'b.txt': 'The Viet Nam Football Federation (VFF) paid the bonus.',
    }), []);
    // a name in other words still is another name
    assert.equal(check({
      'a.txt': 'The Vietnam Football Federation (VFF) paid the bonus.',
      'b.txt': 'The Viet Nam Federation of Football (VFF) paid the bonus.',
    }).length, 1);
    // the name's own acronym spelled out, or where the body is added, is the same name
    assert.deepEqual(check({
      'a.txt': 'The EU-Vietnam Free Trade Agreement (EVFTA) took effect. The General Statistics Office (GSO) said so.',
      'b.txt': 'The European Union-Viet Nam Free Trade Agreement (EVFTA) took effect. The General Statistics Office of Vietnam (GSO) said so.',
    }), []);
    // but not another word in its place
    assert.equal(check({
      'a.txt': 'The General Statistics Office (GSO) said so.',
      'b.txt': 'The General Statistics Office Bureau (GSO) said so.',
    }).length, 1);
  });

  it('reads a dateline as a place and its agency, not as a long form', () => {
    assert.deepEqual(check({
      'a.txt': 'Ha Noi (VNA) – The minister met his counterpart.',
      'b.txt': 'The talks were reported by the Vietnam News Agency (VNA) on Monday.',
      'c.txt': 'PORT CASFORD (AGN) — Officials said the port would reopen.',
      'd.txt': 'Reporters from Agence Nordique (AGN) attended.',
    }), []);
    const doc = analyzeDocument({ path: 'a.txt', text: article('Ha Noi (VNA) – The minister met the Vietnam News Agency (VNA) editors.') });
    assert.deepEqual(acronymDefinitionsOf(doc).map((d) => [d.acronym, phraseText(d.longForm), d.fits]), [['VNA', 'Vietnam News Agency', true]]);
  });

  it('leaves a possessive out of a long form: whose the body is, not its name', () => {
    const doc = analyzeDocument({ path: 'a.txt', text: article("Vietnam's Public Security Ministry (MPS) chief To Lam did not attend.") });
    assert.deepEqual(acronymDefinitionsOf(doc).map((d) => [d.acronym, phraseText(d.longForm), d.fits]), [['MPS', 'Public Security Ministry', false]]);
  });

  it('re-checks after edits exactly as a fresh check would', () => {
    const a = article('Speaking at the 11th Moscow International Security Conference (MCIS-11) outside Moscow, the minister spoke.');
    const corpus = new Corpus([createAcronymMismatch()]);
    corpus.set({ path: 'a.txt', text: a });
    corpus.set({ path: 'b.txt', text: article('The minister thanked Vietnam for its support.') });
    assert.deepEqual(corpus.check().findings, []);
    const states: Record<string, string>[] = [
      { 'a.txt': a, 'b.txt': article('The minister praised the Moscow Conference on International Security.') },
      { 'a.txt': a, 'b.txt': article('Update. The minister praised the Moscow Conference on International Security.') },
      { 'a.txt': a, 'b.txt': article('The minister thanked Vietnam for its support.') },
      { 'a.txt': a, 'c.txt': article('Security Conference Moscow International: the Moscow Conference on International Security (MCIS) met.') },
    ];
    const found: string[][] = [];
    for (const state of states) {
      for (const path of corpus.paths) if (!(path in state)) corpus.delete(path);
      for (const [path, text] of Object.entries(state)) corpus.set({ path, text });
      const fresh = new Corpus([createAcronymMismatch()]);
      for (const [path, text] of Object.entries(state)) fresh.set({ path, text });
      const findings = corpus.check().findings;
      assert.deepEqual(findings, fresh.check().findings);
      found.push(findings.flatMap((f) => f.related.map((r) => `${r.path} ${r.text}`)));
    }
    assert.deepEqual(found, [
      ['b.txt Moscow Conference on International Security'],
      ['b.txt Moscow Conference on International Security'],
      [],
      ['c.txt Moscow Conference on International Security'],
    ]);
  });

  it('finds the MCIS expansion of the seeds against the name VNA writes', () => {
    const corpus = new Corpus([acronymMismatch]);
    for (const doc of seedDocuments()) corpus.set(doc);
    const findings = corpus.check().findings;
    assert.deepEqual(findings.map((f) => [f.path.slice(0, 3), f.text, f.related.map((r) => r.path.slice(0, 3))]), [
      ['002', 'Moscow International Security Conference (MCIS-11)', ['004']],
    ]);
    assert.match(findings[0].message, /as VNA writes it\.$/);
  });
});

describe('acronym-mismatch, an acronym spelled out two ways in one story', () => {
  const story = (sentence: string) => `Dam opens after four years of work\n\n${sentence} The Narbridge dam opened on Friday, four years after work began, project manager Khalid Darweesh said. It will supply water to 40,000 homes in the valley.\n`;
  const other = (sentence: string) => `Court clears former minister\n\n${sentence} Judges in Port Casford cleared the former transport minister of three charges on Tuesday, citing a lack of evidence.\n`;

  function checkTexts(texts: Record<string, string>): Finding[] {
    const corpus = new Corpus([createAcronymMismatch()]);
    for (const [path, text] of Object.entries(texts)) corpus.set({ path, text });
    return corpus.check().findings;
  }

  it('reports the name fewer versions write, with the others as related and the usual name as the fix', () => {
    const a = story('The Riverside Energy Authority (REA) built it.');
    const findings = checkTexts({ 'a.txt': a, 'b.txt': story('The Riverside Energy Association (REA) built it.'), 'c.txt': story('It was built by the Riverside Energy Association (REA).') });
    assert.equal(findings.length, 1);
    const [f] = findings;
    const start = a.indexOf('Riverside');
    assert.deepEqual([f.path, f.span, f.text], ['a.txt', { start, end: start + 'Riverside Energy Authority (REA)'.length }, 'Riverside Energy Authority (REA)']);
    assert.equal(f.message, '"Riverside Energy Authority (REA)": 2 other versions of this story (b.txt, c.txt) spell out REA as "Riverside Energy Association".');
    assert.equal(f.suggestion, 'Riverside Energy Association (REA)');
    assert.deepEqual(f.related.map((r) => [r.path, r.text]), [['b.txt', 'Riverside Energy Association'], ['c.txt', 'Riverside Energy Association']]);
  });

  it('changes only the word that differs, so a version keeps its own spelling', () => {
    const findings = checkTexts({
      'a.txt': story('The Regional Defence Authority (RDA) built it.'),
      'b.txt': story('The Regional Defense Association (RDA) built it.'),
      'c.txt': story('It was built by the Regional Defense Association (RDA).'),
    });
    assert.deepEqual(findings.map((f) => [f.path, f.text, f.suggestion]), [['a.txt', 'Regional Defence Authority (RDA)', 'Regional Defence Association (RDA)']]);
    assert.match(findings[0].message, /spell out RDA as "Regional Defense Association"\.$/);
  });

  it('reports both names when as many versions write each, with no fix', () => {
    const findings = checkTexts({ 'a.txt': story('The Riverside Energy Authority (REA) built it.'), 'b.txt': story('The Riverside Energy Association (REA) built it.') });
    assert.deepEqual(findings.map((f) => [f.path, f.text, f.suggestion, f.related.map((r) => r.text)]), [
      ['a.txt', 'Riverside Energy Authority (REA)', undefined, ['Riverside Energy Association']],
      ['b.txt', 'Riverside Energy Association (REA)', undefined, ['Riverside Energy Authority']],
    ]);
    assert.match(findings[0].message, /the version in b\.txt of this story spells out REA as "Riverside Energy Association"; check which name is right\.$/);
  });

  it('takes names that differ in spelling, accents, spacing, function words, apostrophes or a plural s for one name', () => {
    assert.deepEqual(checkTexts({
      'a.txt': story('The World Health Organisation (WHO) and the Association of South East Asian Nations (ASEAN) helped, with the Agence Française de Développement (AFD).'),
      'b.txt': story('The World Health Organization (WHO) and the Association of Southeast Asian Nations (ASEAN) helped, with the Agence Francaise de Developpement (AFD).'),
      'c.txt': story('The Democratic Republic of the Congo (DRC) sent engineers, and the Supreme People’s Court (SPC) ruled.'),
      'd.txt': story('The Democratic Republic of Congo (DRC) sent engineers, and the Supreme People\'s Court (SPC) ruled.'),
      'e.txt': story('The Islamic Revolutionary Guard Corps (IRGC) and the Supreme Peoples Court (SPC) were not involved.'),
      'f.txt': story('The IRGC (Islamic Revolutionary Guards Corps) was not involved.'),
    }), []);
  });

  it('leaves alone names two words apart or sharing one word only, and versions of different stories', () => {
    assert.deepEqual(checkTexts({
      'a.txt': story('The Central Digital Authority (CDA) paid for it, the Labour Party (LP) said.'),
      'b.txt': story('The Coastal Digital Association (CDA) paid for it, the Liberal Party (LP) said.'),
      'c.txt': other('The Riverside Energy Authority (REA) was not involved.'),
      'd.txt': story('The Riverside Energy Association (REA) was not involved.'),
    }), []);
  });

  it('reports a name of two words whose second slips into its neighbour in the dictionary, not one of another word', () => {
    const findings = checkTexts({
      'a.txt': story('The Intergovernmental Committee (IGC) and the Water Council (WC) met.'),
      'b.txt': story('The Intergovernmental Commission (IGC) and the Water Commission (WC) met.'),
    });
    assert.deepEqual(findings.map((f) => [f.path, f.text]), [['a.txt', 'Intergovernmental Committee (IGC)'], ['b.txt', 'Intergovernmental Commission (IGC)']]);
    // a version that spells it out both ways names two bodies
    assert.deepEqual(checkTexts({
      'a.txt': story('The European Commission (EC) met.'),
      'b.txt': story('The European Commission (EC) met, as the European Community (EC) once did.'),
    }), []);
  });

  it('re-checks after an edit as a fresh check would', () => {
    const texts: Record<string, string> = { 'a.txt': story('The Riverside Energy Authority (REA) built it.'), 'b.txt': story('The Riverside Energy Association (REA) built it.') };
    const corpus = new Corpus([createAcronymMismatch()]);
    for (const [path, text] of Object.entries(texts)) corpus.set({ path, text });
    assert.equal(corpus.check().findings.length, 2);
    corpus.set({ path: 'a.txt', text: texts['b.txt'] });
    assert.deepEqual(corpus.check().findings, []);
    corpus.set({ path: 'c.txt', text: story('The Riverside Energy Authority (REA) built it.') });
    const findings = corpus.check().findings;
    assert.deepEqual(findings, checkTexts({ 'a.txt': texts['b.txt'], 'b.txt': texts['b.txt'], 'c.txt': story('The Riverside Energy Authority (REA) built it.') }));
    assert.deepEqual(findings.map((f) => [f.path, f.suggestion]), [['c.txt', 'Riverside Energy Association (REA)']]);
  });
});
