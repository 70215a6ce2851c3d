import assert from 'node:assert/strict';
import { alignSentences } from '../../../src/core/align/alignSentences';
import { Corpus } from '../../../src/core/engine/corpus';
import { numberConflict } from '../../../src/core/rules/numberConflict';
import { seedDocuments } from '../seedCorpus';

/** A Markdown version of a story from its outlet, headline and paragraphs. */
const version = (outlet: string, headline: string, ...paragraphs: string[]) =>
  `---\noutlet: ${outlet}\n---\n# ${headline}\n\n${paragraphs.join('\n\n')}\n`;

const COURIER = version('Daily Courier', 'Ruritania and Freedonia sign fisheries pact after nine rounds of talks',
  'Negotiators from Ruritania and Freedonia signed a fisheries agreement for the Azure Sea in Zenda on Monday, ending nine rounds of talks.',
  'The pact lets 75 trawlers from each country fish the shared grounds and sets a catch quota of 40,000 tonnes a year.',
  'Freedonia will pay US$1.6 billion over ten years to modernise the Zenda harbour, the fisheries ministry said.',
  'About 60,000 fishermen depend on the Azure Sea, according to the regional fisheries council.',
  'Ruritania and Freedonia established diplomatic relations in 1995.');

const WIRE = version('Wire Service', 'Freedonia, Ruritania conclude Azure Sea fisheries deal',
  'Ruritania and Freedonia signed an agreement on fishing in the Azure Sea in Zenda on Monday after nine rounds of negotiations.',
  'Under the pact, 70 trawlers from each country may fish the shared grounds, with an annual catch quota of 40,000 tonnes.',
  'The Freedonian government will spend 1.6 billion USD over ten years modernising the harbour in Zenda, the fisheries ministry said.',
  'Some 60,000 fishermen rely on the Azure Sea, the regional fisheries council said.',
  'The two countries established diplomatic relations in 1996.');

function check(docs: Record<string, string>) {
  const corpus = new Corpus([numberConflict]);
  for (const [path, text] of Object.entries(docs)) corpus.set({ path, text });
  return corpus.check();
}

describe('number-conflict', () => {
  it('reports a figure two versions of one story give differently, on both versions', () => {
    const result = check({ 'courier.md': COURIER, 'wire.md': WIRE });
    assert.deepEqual(result.stories.map((s) => s.documents), [['courier.md', 'wire.md']]);
    const [courier, wire] = result.findings;
    assert.equal(result.findings.length, 2);
    assert.deepEqual(courier, {
      rule: 'number-conflict',
      severity: 'warning',
      message: '"75 trawlers" here; "70 trawlers" in Wire Service\'s version of this story.',
      path: 'courier.md',
      span: { start: COURIER.indexOf('75 trawlers'), end: COURIER.indexOf('75 trawlers') + 11 },
      text: '75 trawlers',
      related: [{
        path: 'wire.md',
        span: { start: WIRE.indexOf('70 trawlers'), end: WIRE.indexOf('70 trawlers') + 11 },
        text: '70 trawlers',
        message: '"70 trawlers" in Wire Service\'s version',
      }],
      data: { value: 75, unit: 'trawler', normalized: '75 trawler', otherValues: [70] },
    });
    assert.equal(wire.path, 'wire.md');
    assert.equal(wire.message, '"70 trawlers" here; "75 trawlers" in Daily Courier\'s version of this story.');
  });

  it('lets hedged, rounded and differently written figures agree', () => {
    const hedged = WIRE
      .replace('70 trawlers', 'nearly 80 trawlers')
      .replace('Some 60,000 fishermen', 'About 63,000 fishermen')
      .replace('40,000 tonnes', '40 thousand tonnes')
      .replace('1.6 billion USD', '$1,600,000,000');
    const result = check({ 'courier.md': COURIER, 'wire.md': hedged });
    assert.equal(result.stories.length, 1);
    assert.deepEqual(result.findings, []);
  });

  it('does not report "nearly 50" against "48", nor "about 60,000" against "60,000"', () => {
    const a = COURIER.replace('75 trawlers', '48 trawlers').replace('About 60,000 fishermen', '60,000 fishermen');
    const b = WIRE.replace('70 trawlers', 'nearly 50 trawlers').replace('Some 60,000 fishermen', 'About 60,000 fishermen');
    assert.deepEqual(check({ 'a.md': a, 'b.md': b }).findings, []);
  });

  it('reads a tally given at another moment as an update, and one given at the same moment as a conflict', () => {
    const at = (text: string, moment: string) => text
      .replace('About 60,000 fishermen depend on the Azure Sea', `As of ${moment}, the flooding had stranded 60,000 fishermen along the Azure Sea`)
      .replace('Some 60,000 fishermen rely on the Azure Sea', `As of ${moment}, the flooding had stranded 62,000 fishermen along the Azure Sea`);
    const texts = (a: string, b: string) => check({ 'courier.md': at(COURIER, a), 'wire.md': at(WIRE, b) }).findings.filter((f) => /fishermen/.test(f.text ?? ''));
    assert.deepEqual(texts('8 a.m. on Saturday', '4pm on November 16'), []);
    assert.equal(texts('8 a.m. on Saturday', '8am Saturday').length, 2, 'one moment written two ways');
    assert.deepEqual(texts('the end of June', 'the end of September'), []);
    // one tally ("so far this year") against a figure given without a moment is the same count
    const soFar = check({ 'courier.md': at(COURIER, 'x').replace('As of x, the', 'So far this year the'), 'wire.md': at(WIRE, 'x').replace('As of x, the', 'The') });
    assert.equal(soFar.findings.filter((f) => /fishermen/.test(f.text ?? '')).length, 2);
  });

  it('does not compare figures of two sentences of one pattern matched out of order about other things', () => {
    const a = COURIER.replace('Ruritania and Freedonia established', 'It was the skipper\'s third voyage of the season. Ruritania and Freedonia established');
    const b = WIRE.replace('Under the pact,', 'It was the young navigator\'s fifth voyage of the season. Under the pact,');
    assert.deepEqual(check({ 'courier.md': a, 'wire.md': b }).findings.filter((f) => /voyage/.test(f.text ?? '')), []);
  });

  it('takes the same uncommon figure under another noun for the same fact, not leaving another to conflict', () => {
    const a = COURIER.replace('About 60,000 fishermen depend on the Azure Sea', 'The Azure Sea fleet logged 212 new landings in the past week, up from last month');
    const b = WIRE.replace('Some 60,000 fishermen rely on the Azure Sea', 'The Azure Sea fleet has logged 1,428 landings since January, with 212 new arrivals in the past week');
    assert.deepEqual(check({ 'courier.md': a, 'wire.md': b }).findings.filter((f) => /landing|arrival/.test(f.text ?? '')), []);
  });

  it('does not set a figure said of one place against one said of another', () => {
    const of = (place: string, boats: string) => WIRE.replace('70 trawlers from each country may fish the shared grounds', `${boats} trawlers were seized in ${place} last year`);
    assert.deepEqual(check({ 'courier.md': of('northern Zenda', '12'), 'wire.md': of('Strelsau', '4') }).findings, []);
    assert.equal(check({ 'courier.md': of('northern Zenda', '12'), 'wire.md': of('Zenda', '14') }).findings.length, 2);
    // one place written two ways, or a month after "in", is no other place
    assert.equal(check({ 'courier.md': of("Viet Nam's north", '12'), 'wire.md': of('northern Vietnam', '14') }).findings.length, 2);
    assert.equal(check({ 'courier.md': of('Quảng Ngãi', '12'), 'wire.md': of('Quang Ngai', '14') }).findings.length, 2);
    assert.equal(check({ 'courier.md': of('May', '12'), 'wire.md': of('Zenda', '14') }).findings.length, 2);
  });

  it('leaves years to the dates rule', () => {
    const result = check({ 'courier.md': COURIER, 'wire.md': WIRE.replace('70 trawlers', '75 trawlers') });
    assert.ok(WIRE.includes('in 1996') && COURIER.includes('in 1995'));
    assert.deepEqual(result.findings, []);
  });

  it('reports sums of money, percentages, and the figure left over once the agreeing ones pair off', () => {
    const a = COURIER
      .replace('75 trawlers from each country fish', '75 trawlers and 12 patrol boats from each country fish')
      .replace('About 60,000 fishermen depend', 'About 60,000 fishermen, 30% of the coastal workforce, depend');
    const b = WIRE
      .replace('1.6 billion USD', '1.2 billion USD')
      .replace('70 trawlers from each country may fish', '75 trawlers and 14 patrol boats from each country may fish')
      .replace('Some 60,000 fishermen rely', 'Some 60,000 fishermen, 25 per cent of the coastal workforce, rely');
    const found = check({ 'a.md': a, 'b.md': b }).findings.map((f) => `${f.path}: ${f.text}`);
    assert.deepEqual(found, [
      'a.md: 12 patrol boats', 'a.md: US$1.6 billion', 'a.md: 30%',
      'b.md: 14 patrol boats', 'b.md: 1.2 billion USD', 'b.md: 25 per cent',
    ]);
  });

  it('pairs each figure of a sentence copied word for word with its copy, "about 50" beside 48 and 55 included', () => {
    const copied = 'Police said 48 people were injured, about 50 people were treated in hospital and 55 people were questioned.';
    const result = check({
      'courier.md': COURIER.replace('Ruritania and Freedonia established diplomatic relations in 1995.', copied),
      'wire.md': WIRE.replace('The two countries established diplomatic relations in 1996.', copied),
    });
    assert.deepEqual(result.findings.filter((f) => f.text.includes('people')).map((f) => f.text), []);
  });

  it('names every other version that disagrees', () => {
    const third = version('Morning Post', 'Azure Sea fisheries pact signed by Ruritania and Freedonia',
      'Ruritania and Freedonia signed a fisheries agreement covering the Azure Sea in Zenda on Monday, after nine rounds of talks.',
      'The pact allows 72 trawlers from each country to fish the shared grounds, with a catch quota of 40,000 tonnes a year.');
    const result = check({ 'courier.md': COURIER, 'post.md': third, 'wire.md': WIRE });
    assert.equal(result.stories.length, 1);
    const courier = result.findings.find((f) => f.path === 'courier.md');
    assert.equal(courier?.message, '"75 trawlers" here; "72 trawlers" in Morning Post\'s version and "70 trawlers" in Wire Service\'s version of this story.');
    assert.deepEqual(courier?.related.map((r) => r.text), ['72 trawlers', '70 trawlers']);
  });

  it('reports only the odd one out when more versions agree on the figure than give another', () => {
    const third = version('Morning Post', 'Azure Sea fisheries pact signed by Ruritania and Freedonia',
      'Ruritania and Freedonia signed a fisheries agreement covering the Azure Sea in Zenda on Monday, after nine rounds of talks.',
      'The pact allows 70 trawlers from each country to fish the shared grounds, with a catch quota of 40,000 tonnes a year.');
    const result = check({ 'courier.md': COURIER, 'post.md': third, 'wire.md': WIRE });
    assert.deepEqual(result.findings.filter((f) => f.text.includes('trawlers')).map((f) => [f.path, f.text, f.related.map((r) => `${r.path} ${r.text}`)]), [
      ['courier.md', '75 trawlers', ['post.md 70 trawlers', 'wire.md 70 trawlers']],
    ]);
  });

  it('compares the figures of sentences matched out of order only when they share what they say, not just whom they name', () => {
    const courier = version('Daily Courier', 'Ruritania and Freedonia sign fisheries pact after nine rounds of talks',
      'Negotiators from Ruritania and Freedonia signed a fisheries agreement for the Azure Sea in Zenda on Monday, ending nine rounds of talks.',
      'The pact lets 75 trawlers from each country fish the shared grounds and sets a catch quota of 40,000 tonnes a year.',
      'About 60,000 fishermen depend on the Azure Sea, according to the regional fisheries council.',
      'The Azure Sea Fisheries Council put storm damage to the fleet at $318 million.',
      'Council inspectors will board 120 trawlers in the spring to check the catch.');
    const wire = version('Wire Service', 'Freedonia, Ruritania conclude Azure Sea fisheries deal',
      'The Azure Sea Fisheries Council has warned that delays could add $840 million to the cost of the harbour works.',
      'Council inspectors are to board 150 trawlers in the spring to check the catch.',
      'Ruritania and Freedonia signed an agreement on fishing in the Azure Sea in Zenda on Monday after nine rounds of negotiations.',
      'Under the pact, 75 trawlers from each country may fish the shared grounds, with an annual catch quota of 40,000 tonnes.',
      'Some 60,000 fishermen rely on the Azure Sea, the regional fisheries council said.');
    const result = check({ 'courier.md': courier, 'wire.md': wire });
    const [courierDoc, wireDoc] = result.documents;
    const moved = alignSentences(courierDoc, wireDoc).pairs.filter((p) => p.moved).map((p) => [courierDoc.sentences[p.a[0]].text, wireDoc.sentences[p.b[0]].text]);
    assert.deepEqual(moved.map(([a, b]) => [a.slice(0, 30), b.slice(0, 30)]), [
      ['The Azure Sea Fisheries Counci', 'The Azure Sea Fisheries Counci'],
      ['Council inspectors will board ', 'Council inspectors are to boar'],
    ]);
    // the damage and the cost of delays are two sums of money the council named, not one given twice
    assert.deepEqual(result.findings.map((f) => f.message), [
      '"120 trawlers" here; "150 trawlers" in Wire Service\'s version of this story.',
      '"150 trawlers" here; "120 trawlers" in Daily Courier\'s version of this story.',
    ]);
  });

  it('compares the figures of sentences matched in order too only when they share an ordinary word', () => {
    const courier = version('Daily Courier', 'Ruritania and Freedonia sign fisheries pact after nine rounds of talks',
      'Negotiators from Ruritania and Freedonia signed a fisheries agreement for the Azure Sea in Zenda on Monday, ending nine rounds of talks.',
      'The Azure Sea Fisheries Council put storm damage to the fleet at $318 million.',
      'About 60,000 fishermen depend on the Azure Sea, according to the regional fisheries council.');
    const wire = version('Wire Service', 'Freedonia, Ruritania conclude Azure Sea fisheries deal',
      'Ruritania and Freedonia signed an agreement on fishing in the Azure Sea in Zenda on Monday after nine rounds of negotiations.',
      'The Azure Sea Fisheries Council has cautioned that delays could add $840 million.',
      'Some 60,000 fishermen rely on the Azure Sea, the regional fisheries council said.');
    const result = check({ 'courier.md': courier, 'wire.md': wire });
    const [courierDoc, wireDoc] = result.documents;
    const council = alignSentences(courierDoc, wireDoc).pairs.filter((p) => courierDoc.sentences[p.a[0]].text.includes('$318'));
    assert.deepEqual(council.map((p) => [p.moved, wireDoc.sentences[p.b[0]].text.includes('$840')]), [[false, true]]);
    assert.deepEqual(result.findings, []);
  });

  it('does not count words of attribution or the counted thing as a shared word', () => {
    const storm = (outlet: string, deaths: string) => version(outlet, 'Storm Halvar leaves dead and injured in northern Ruritania',
      'Storm Halvar made landfall in the coastal provinces of Ruritania on Saturday with winds of 149 km/h, the national weather agency said.',
      deaths,
      'Some 3,280 houses were damaged and about 116,000 hectares of rice fields were flooded, the disaster committee said.');
    const part = storm('Daily Courier', 'Three people died in Zenda province and one in the port city, the National Disaster Committee said.');
    const whole = storm('Wire Service', 'The storm has killed four people and injured 78 others in the north, the National Disaster Committee said.');
    assert.deepEqual(check({ 'courier.md': part, 'wire.md': whole }).findings, []);
    // the same statement with another figure still conflicts
    const other = storm('Wire Service', 'Four people died in Zenda province and one in the port city, the National Disaster Committee said.');
    assert.deepEqual(check({ 'courier.md': part, 'wire.md': other }).findings.map((f) => f.text), ['Three people', 'Four people']);
  });

  it('still counts a version agreeing in order without a shared word: the third version is the odd one out', () => {
    const base = version('Daily Courier', 'Ruritania and Freedonia sign fisheries pact after nine rounds of talks',
      'Negotiators from Ruritania and Freedonia signed a fisheries agreement for the Azure Sea in Zenda on Monday, ending nine rounds of talks.',
      'Damage to the Azure Sea Fisheries Council fleet reached $318 million.',
      'About 60,000 fishermen depend on the Azure Sea, according to the regional fisheries council.');
    const agreeing = base.replace('Daily Courier', 'Wire Service').replace('Damage to the Azure Sea Fisheries Council fleet reached $318 million.', 'The Azure Sea Fisheries Council put its losses at $318 million.');
    const odd = base.replace('Daily Courier', 'Harbour Post').replace('$318 million', '$840 million');
    assert.deepEqual(check({ 'courier.md': base, 'wire.md': agreeing, 'harbour.md': odd }).findings.map((f) => [f.path, f.text]), [['harbour.md', '$840 million']]);
  });

  it('never compares versions of different stories', () => {
    const railway = version('Daily Courier', 'Elbonia and Molvania open cross-border railway to Tirana',
      'The presidents of Elbonia and Molvania opened a cross-border railway linking the mining town of Krakozhia with the port of Tirana.',
      'The electrified line took six years to build and carries freight wagons loaded with copper ore and timber to the coast.',
      'Engineers bored three tunnels through the Carpathian foothills, the state railway company said.',
      'Elsewhere, the pact lets 70 trawlers from each country fish the shared grounds and sets a catch quota of 40,000 tonnes a year.');
    const result = check({ 'courier.md': COURIER, 'railway.md': railway, 'wire.md': WIRE.replace('70 trawlers', '75 trawlers') });
    assert.deepEqual(result.stories.map((s) => s.documents), [['courier.md', 'wire.md'], ['railway.md']]);
    const [courier, , railwayDoc] = result.documents;
    const trawlers = (d: typeof courier) => d.sentences.findIndex((s) => s.text.includes('trawlers'));
    const pair = alignSentences(courier, railwayDoc).pairs.find((p) => p.a.includes(trawlers(courier)));
    assert.deepEqual(pair?.b, [trawlers(railwayDoc)], 'the two sentences say the same apart from the figure');
    assert.ok((pair?.score ?? 0) > 0.5, `score ${pair?.score}`);
    assert.deepEqual(result.findings, []);
  });

  it('finds nothing in the seed corpus, whose two versions of one story agree on their figures', () => {
    const corpus = new Corpus([numberConflict]);
    for (const doc of seedDocuments()) corpus.set(doc);
    const result = corpus.check();
    assert.deepEqual(result.findings, []);
    assert.deepEqual(result.failures, []);
  });
});
