// fast-check arbitraries for corpora that look like scraped news: versions of one story told with
// sentences of the seeds (and a few dated, numbered ones), names, spellings, dates and numbers
// swapped for their variants and words glued together, mixed with menu and footer lines and random
// Unicode, saved as text, Markdown or HTML, with LF, CRLF or CR line ends.
import fc from 'fast-check';
import type { SourceDocument } from '../../../src/core/types';
import { splitSentences } from '../../../src/core/text/sentences';
import { seedDocuments } from '../seedCorpus';

export const SEED_SENTENCES: readonly string[] = seedDocuments().flatMap((doc) =>
  doc.text.split(/\r?\n/).flatMap((line) => splitSentences(line).map(([a, b]) => line.slice(a, b))))
  .filter((s) => s.length >= 20 && s.length <= 400);

// Sentences that give the date, weekday, number and acronym rules something to compare.
const DATED_SENTENCES = [
  'The talks took place in Moscow on Tuesday, December 3, 2019, the ministry said.',
  'Trade between the two countries reached US$1.6 billion last year, up 12 per cent on the year before.',
  'Approximately 60,000-80,000 Vietnamese people reside in Russia, according to the embassy.',
  'Both sides pledged to work together within the Association of Southeast Asian Nations (ASEAN).',
  'The agreement was signed in Hanoi on 12/03/2019 and takes effect next year.',
  'This year, Vietnam and Russia celebrate 75 years of diplomatic relations.',
];

const FURNITURE = [
  'Home | World | Business | Sport | Culture', 'Share on Facebook', 'Share', 'Read more:', 'Related articles',
  '© 2024 Example Media. All rights reserved.', 'Tags: Vietnam, Russia, defence', 'Subscribe to our newsletter',
  'Most read', 'Advertisement', 'Photo: VNA', 'Source: VNA', '9:00:26 AM | 9/29/2021', 'Back to top',
];

/** Each pair: either form is replaced by the other where the sentence has it. */
const VARIANTS: readonly [string, string][] = [
  ['Sergey', 'Sergei'], ['Vietnam', 'Viet Nam'], ['defence', 'defense'], ['cybersecurity', 'cyber-security'],
  ['December 3', '3 December'], ['Tuesday', 'Monday'], ['prioritised', 'prioritized'], ['fourth', 'fifth'],
  ['Nguyen', 'Nguyễn'], ['To Lam', 'Tô Lâm'], ['2021', '2012'], ['1.6 billion', '1.5 billion'], ['12 per cent', '21 per cent'],
  ['75 years', '57 years'], ['60,000-80,000', '50,000-80,000'], ['Southeast Asian', 'South-East Asian'], ['12/03/2019', '03/12/2019'],
];

const ODD_PIECES = ['\uD800', '\uDC00', '🎉', 'e\u0301', '\u00A0', '\u200B', '\u202E', '\t', '\u2028', '&', '<', '"', '’', 'Mr.', 'U.S.', '...', '…'];

function variantOf(sentence: string, which: number): string {
  const [a, b] = VARIANTS[which % VARIANTS.length];
  if (sentence.includes(a)) return sentence.replace(a, b);
  return sentence.includes(b) ? sentence.replace(b, a) : sentence;
}

/** The sentence with its n-th space removed: "in Moscow" → "inMoscow", as bad extraction does. */
function gluedAt(sentence: string, n: number): string {
  const spaces = [...sentence.matchAll(/ /g)].map((m) => m.index!);
  if (!spaces.length) return sentence;
  const at = spaces[n % spaces.length];
  return sentence.slice(0, at) + sentence.slice(at + 1);
}

const baseSentence = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...SEED_SENTENCES) },
  { weight: 1, arbitrary: fc.constantFrom(...DATED_SENTENCES) },
);

/** One version's wording of a sentence of the story: maybe a variant, maybe glued. */
export function sentenceVersion(base: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.record({ base, variant: fc.option(fc.nat(), { freq: 2 }), glue: fc.option(fc.nat(), { freq: 3 }) }).map(({ base, variant, glue }) => {
    const varied = variant === null ? base : variantOf(base, variant);
    return glue === null ? varied : gluedAt(varied, glue);
  });
}

const noise = fc.array(fc.oneof(fc.constantFrom(...ODD_PIECES), fc.string({ unit: 'binary', maxLength: 6 })), { maxLength: 8 }).map((p) => p.join(''));

/** A line of a version: sentences of the story, furniture, noise, a blank, now and then an unrelated sentence. */
function lineOf(story: readonly string[]): fc.Arbitrary<string> {
  const told = sentenceVersion(fc.constantFrom(...story));
  return fc.oneof(
    { weight: 6, arbitrary: fc.array(told, { minLength: 1, maxLength: 3 }).map((s) => s.join(' ')) },
    { weight: 1, arbitrary: sentenceVersion(baseSentence) },
    { weight: 2, arbitrary: fc.constantFrom(...FURNITURE) },
    { weight: 1, arbitrary: noise },
    { weight: 1, arbitrary: fc.constant('') },
  );
}

interface DocumentShape {
  format: 'txt' | 'md' | 'html';
  eol: string;
  headline: string;
  lines: string[];
  entities: boolean;
}

function shapeOf(story: readonly string[]): fc.Arbitrary<DocumentShape> {
  return fc.record({
    format: fc.constantFrom('txt', 'md', 'html'),
    eol: fc.constantFrom('\n', '\r\n', '\r'),
    headline: sentenceVersion(fc.constantFrom(...story)).map((s) => s.slice(0, 90)),
    lines: fc.array(lineOf(story), { minLength: 1, maxLength: 12 }),
    entities: fc.boolean(),
  });
}

/** Between one and `max` versions of one story, named doc0.txt, doc1.html, ... */
export function arbitraryCorpus(max = 5): fc.Arbitrary<SourceDocument[]> {
  return fc.array(baseSentence, { minLength: 3, maxLength: 10 })
    .chain((story) => fc.array(shapeOf(story), { minLength: 1, maxLength: max }))
    .map((shapes) => shapes.map((s, i) => ({ path: `doc${i}.${s.format}`, text: render(s) })));
}

function render(doc: DocumentShape): string {
  const { eol } = doc;
  if (doc.format === 'txt') return [doc.headline, ...doc.lines].join(eol) + eol;
  if (doc.format === 'md') return ['---', `title: "${doc.headline.replace(/["\\]/g, '')}"`, '---', `# ${doc.headline}`, '', ...doc.lines.flatMap((l) => [l, ''])].join(eol);
  const escape = (text: string) => htmlEscaped(text, doc.entities);
  return [
    `<!doctype html><html><head><title>${escape(doc.headline)}</title>`,
    `<script>var teaser = "${doc.lines[0]?.replace(/["\\<]/g, '') ?? ''}";</script>`,
    `</head><body><nav><a href="javascript:void(0)">Home</a></nav><article><h1>${escape(doc.headline)}</h1>`,
    ...doc.lines.map((l) => `<p>${escape(l)}</p>`),
    '</article></body></html>',
  ].join(eol);
}

/** Text as a page would carry it; with `entities`, curly quotes and some letters as character references too. */
function htmlEscaped(text: string, entities: boolean): string {
  const plain = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  if (!entities) return plain;
  return plain.replace(/’/g, '&rsquo;').replace(/ô/g, '&ocirc;').replace(/e(?=[a-z]{3})/g, '&#101;').replace(/ - /g, ' &ndash; ');
}
