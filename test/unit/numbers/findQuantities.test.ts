import assert from 'node:assert/strict';
import { findQuantities } from '../../../src/core/numbers/findQuantities';
import type { Quantity } from '../../../src/core/numbers/quantity';

/** The one quantity of `text`. */
function only(text: string): Quantity {
  const found = findQuantities(text);
  assert.equal(found.length, 1, `${text}: ${JSON.stringify(found)}`);
  return found[0].quantity;
}

/** What a quantity says, without how precisely it was written. */
const said = ({ precision: _, ...rest }: Quantity) => rest;

describe('findQuantities', () => {
  it('reads US$1.6 billion, 1.6 billion USD and $1.6B as the same sum', () => {
    const expected = { kind: 'money', value: 1.6e9, unit: 'USD', noun: [], precision: 1e8 };
    assert.deepEqual(only('The loan of US$1.6 billion was approved.'), expected);
    assert.deepEqual(only('The loan of 1.6 billion USD was approved.'), expected);
    assert.deepEqual(only('The loan of $1.6B was approved.'), expected);
    assert.deepEqual(only('The loan of 1.6 billion US dollars was approved.'), expected);
  });

  it('reads other currencies by symbol, code and name', () => {
    assert.deepEqual(said(only('a €5m grant')), { kind: 'money', value: 5e6, unit: 'EUR', noun: ['grant'] });
    assert.deepEqual(said(only('USD 5 million')), { kind: 'money', value: 5e6, unit: 'USD', noun: [] });
    assert.deepEqual(said(only('US$ 5 million')), { kind: 'money', value: 5e6, unit: 'USD', noun: [] });
    assert.deepEqual(said(only('spent 5 billion dong')), { kind: 'money', value: 5e9, unit: 'VND', noun: [] });
    assert.deepEqual(said(only('fell to 1,5 million rial')), { kind: 'money', value: 1.5e6, unit: 'rial', noun: [] });
    // Vietnamese outlets write the code against the figure
    assert.deepEqual(said(only('pledged VND100 billion for relief')), { kind: 'money', value: 1e11, unit: 'VND', noun: [] });
    assert.deepEqual(said(only('a USD5 million grant')), { kind: 'money', value: 5e6, unit: 'USD', noun: ['grant'] });
    assert.deepEqual(findQuantities('Flight VN123 and model AB1500 left.'), []);
  });

  it('reads 1.2 million and 1,200,000 as the same count', () => {
    assert.deepEqual(said(only('It has 1.2 million residents.')), { kind: 'count', value: 1.2e6, unit: '', noun: ['resident'] });
    assert.deepEqual(said(only('It has 1,200,000 residents.')), { kind: 'count', value: 1.2e6, unit: '', noun: ['resident'] });
  });

  it('reads 30 per cent, 30 percent and 30% as one percentage, and percentage points apart', () => {
    for (const text of ['up 30 per cent', 'up 30 percent', 'up 30%', 'up 30 %']) {
      assert.deepEqual(only(text), { kind: 'percent', value: 30, unit: '%', noun: [], precision: 1 }, text);
    }
    assert.equal(only('up 5 percentage points').unit, 'pp');
  });

  it('reads numbers written in words', () => {
    assert.equal(only('a dozen eggs').value, 12);
    assert.equal(only('two dozen roses').value, 24);
    assert.equal(only('five soldiers').value, 5);
    assert.equal(only('twenty-five soldiers').value, 25);
    assert.equal(only('Thirty years ago').value, 30);
    assert.equal(only('two hundred and fifty people').value, 250);
    assert.equal(only('a million dollars').value, 1e6);
    assert.equal(only('five million people').value, 5e6);
    assert.deepEqual(said(only('half a million people')), { kind: 'count', value: 5e5, unit: '', noun: ['people'] });
    assert.deepEqual(findQuantities('a quarter of a million people'), []);
  });

  it('reads a range whose end repeats the currency: "between US$36 billion and US$38 billion"', () => {
    assert.deepEqual([only('between US$36 billion and US$38 billion').value, only('between US$36 billion and US$38 billion').high], [36e9, 38e9]);
    assert.equal(only('$5-$7 million').high, 7e6);
    assert.equal(findQuantities('US$36 billion and €38 billion').length, 2);
    assert.equal(findQuantities('raised $50 million — $20 million more than planned').length, 2);
  });

  it('reads ranges, including a scale written once and "between … and …"', () => {
    assert.deepEqual(said(only('60,000-80,000 Vietnamese people')), { kind: 'count', value: 60000, high: 80000, unit: '', noun: ['vietnamese', 'people'] });
    assert.deepEqual(said(only('5-6 million people')), { kind: 'count', value: 5e6, high: 6e6, unit: '', noun: ['people'] });
    assert.deepEqual(said(only('between 5 and 6 million people')), { kind: 'count', value: 5e6, high: 6e6, unit: '', noun: ['people'] });
  });

  it('reads ordinals as their own kind', () => {
    assert.deepEqual(said(only('their fourth defence dialogue')), { kind: 'ordinal', value: 4, unit: '', noun: ['defence', 'dialogue'] });
    assert.deepEqual(said(only('its 29th session')), { kind: 'ordinal', value: 29, unit: '', noun: ['session'] });
    assert.deepEqual(said(only('the 11th conference')), { kind: 'ordinal', value: 11, unit: '', noun: ['conference'] });
    assert.equal(only('the twenty-first round').value, 21);
  });

  it('reads no ranks listed together: "second and third preferences" name which were counted', () => {
    assert.deepEqual(findQuantities('officials counted second and third preferences'), []);
    assert.deepEqual(findQuantities('the first, second or 3rd round'), []);
    assert.equal(only('counted second preferences').value, 2);
  });

  it('reads a share after a name as the name\'s figure, not a label: "Wickramasinghe 39.87 percent"; "Industry 4.0" is a label', () => {
    assert.deepEqual(said(only('and Wickramasinghe 39.87 percent')), { kind: 'percent', value: 39.87, unit: '%', noun: [] });
    assert.equal(only('and Wickramasinghe 40 per cent').value, 40);
    assert.deepEqual(findQuantities('under Resolution 57'), []);
    assert.deepEqual(findQuantities('six Industry 4.0 technologies').map((m) => m.quantity.value), [6]);
  });

  it('marks hedged figures approximate, with the direction of the hedge', () => {
    const hedges: [string, string][] = [
      ['nearly 50 degrees', 'nearly'], ['almost 50 degrees', 'nearly'], ['about 50 degrees', 'about'],
      ['approximately 50 degrees', 'about'], ['around 50 degrees', 'about'], ['some 50 degrees', 'about'],
      ['more than 50 degrees', 'atLeast'], ['over 50 degrees', 'atLeast'], ['50 or more degrees', 'atLeast'], ['up to 50 degrees', 'atMost'],
    ];
    for (const [text, approximate] of hedges) assert.equal(only(text).approximate, approximate, text);
    assert.equal(only('50 degrees').approximate, undefined);
  });

  it('gives the whole expression with its offsets: hedge, figure, unit and counted noun', () => {
    const text = 'Approximately 60,000-80,000 Vietnamese people reside in Russia.';
    const [found] = findQuantities(text);
    assert.deepEqual([found.start, found.end, found.text], [0, 45, 'Approximately 60,000-80,000 Vietnamese people']);
    const money = findQuantities('The economy grew from over 5 billion USD in 1986.')[0];
    assert.deepEqual([money.text, money.quantity.noun], ['over 5 billion USD', []]);
  });

  it('takes the counted noun up to a function word, or its first plural', () => {
    assert.deepEqual(only('celebrate 75 years of diplomatic relations').noun, ['year']);
    assert.deepEqual(only('sentenced to 20 months in prison').noun, ['month']);
    assert.deepEqual(only('About 60,000 fishermen depend on the sea').noun, ['fishermen']);
    assert.deepEqual(only('75 trawlers fish there').noun, ['trawler']);
    assert.deepEqual(only('the fourth defence strategy dialogue').noun, ['defence', 'strategy', 'dialogue']);
    assert.deepEqual(only('Three of the ministers').noun, []);
  });

  it('counts an age as an age, not a span of years, and a disease ending in -s as no plural', () => {
    assert.deepEqual(only('Defendant Vo (61 years old, former director) received life.').noun, ['age']);
    assert.deepEqual(only('a 61-year-old man').noun, ['age']);
    assert.deepEqual(only('received 20 years in prison').noun, ['year']);
    assert.deepEqual(only('1,482 measles cases were recorded').noun, ['measle', 'case']);
  });

  it('reads "year-on-year" after a figure as what a change is measured against, not a counted noun', () => {
    assert.deepEqual(said(only('FDI rose 13.4 percent year-on-year.')), { kind: 'percent', value: 13.4, unit: '%', noun: [] });
    assert.deepEqual(only('exports were up 13.4% year on year').noun, []);
    assert.deepEqual(only('it grew 5 years on end').noun, ['year']);
  });

  it('takes the noun before "of" for a figure with none after it: "a crowd of 35,800"', () => {
    assert.deepEqual(only('in front of a hostile crowd of 35,800.').noun, ['crowd']);
    assert.deepEqual(only('sending the home crowd of 38,500 into celebration').noun, ['crowd']);
    assert.deepEqual(only('a total of 23,400 households').noun, ['household']);
    assert.deepEqual(only('it rose to the ranks of 12.').noun, [], 'a plural before "of" is a group the figure is part of');
  });

  it('counts no time a figure is for: "last year" is when, not what', () => {
    assert.deepEqual(findQuantities('Trade reached 46.2 billion USD last year.').map((m) => [m.text, m.quantity.noun]), [['46.2 billion USD', []]]);
    assert.deepEqual(only('Arrivals hit 17.5 million last year.').noun, []);
  });

  it('reads one measure however its unit is written: km, kilometres, a 120-kilometer canal', () => {
    const nouns = (text: string) => findQuantities(text).map((m) => m.quantity.noun.at(-1));
    assert.deepEqual(nouns('A 120km canal, 120 kilometres long, a 120-kilometer canal.'), ['km', 'km', 'km']);
    assert.deepEqual(nouns('It shipped 7.5 million tonnes, 7.5 t, 40,000 hectares and 40,000 ha.'), ['t', 't', 'ha', 'ha']);
    assert.deepEqual(nouns('A 300MW plant, a 300-megawatt plant, 5 kg and 5 kilograms.'), ['mw', 'mw', 'kg', 'kg']);
    // tons are not tonnes: "40,000 tons (36,300 tonnes)" converts
    assert.deepEqual(nouns('It carried 40,000 tons (36,300 tonnes) of wheat.'), ['ton', 't']);
  });

  it('reads a rate as its own measure: a speed is no distance, nor a yearly output a total', () => {
    const nouns = (text: string) => findQuantities(text).map((m) => m.quantity.noun.at(-1));
    assert.deepEqual(nouns('It reaches 45km/h, or 45 kilometres per hour, over 120 kilometres.'), ['km/hour', 'km/hour', 'km']);
    assert.deepEqual(nouns('It makes 1.5 million tonnes a year; it made 1.5 million tonnes.'), ['t/year', 't']);
  });

  it('reads an "m" glued to a figure as millions before a plural noun, else as metres', () => {
    assert.deepEqual(said(only('Vietnam shipped 7.5m tons of rice.')), { kind: 'count', value: 7.5e6, unit: '', noun: ['ton'] });
    assert.equal(only('About 10m people live there.').value, 1e7);
    assert.deepEqual([only('He won the 100m sprint.'), only('The wall is 5m tall.')].map((q) => [q.value, q.noun]), [[100, ['m']], [5, ['m']]]);
    // a capital M is a company, no figure
    assert.deepEqual(findQuantities('Hospitals received 3M respirators on Monday.'), []);
  });

  it('reads no size from a scale word run into the next word by bad extraction', () => {
    assert.deepEqual(findQuantities('Trade hit US$6.4 billionlast year.'), []);
    assert.deepEqual(findQuantities('The country has 40 billionaires and 3 millionaires.').map((m) => m.text), ['40 billionaires', '3 millionaires']);
    assert.deepEqual(said(only('Trade hit US$6.4 billion last year.')), { kind: 'money', value: 6.4e9, unit: 'USD', noun: [] });
  });

  it('counts what a hyphenated compound names, not the noun after it', () => {
    assert.deepEqual(only('a 20-month sentence').noun, ['month']);
    assert.deepEqual(findQuantities('He served two five-year terms').map((m) => [m.text, m.quantity.noun]), [['two', []], ['five-year', ['year']]]);
  });

  it('leaves out years, dates, times, phone numbers and codes', () => {
    const none = [
      'They established the partnership in 2012.', 'the 2020-2022 plan', 'the 1990s', 'on December 3', 'from December 1-4',
      'on 3 December 2025', 'July 28, 1995', 'Tuesday, 9/12/2025', 'at 21:34 GMT+7', 'at 10 a.m.', '9:00:26 AM',
      'Tel: 028 7300 9999', 'call 090 293 9644', "NASA's WB-57F aircraft", 'the COVID-19 pandemic', 'the conference (MCIS-11)',
      'on 5G networks', 'under Resolution 57', 'see No. 5', 'no one knows', 'one of them', 'the score was 3-1',
      '1.200 people', // 1,200 in much of Europe, 1.2 in English
      'after World War Two ended',
    ];
    for (const text of none) assert.deepEqual(findQuantities(text), [], text);
  });

  it('keeps a year-sized count that carries a unit', () => {
    assert.equal(only('a fine of $2000').value, 2000);
    assert.equal(only('2,000 people').value, 2000);
  });
});
