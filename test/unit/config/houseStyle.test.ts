import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import { parseHouseStyle, withDefaults } from '../../../src/core/config/houseStyle';
import { Corpus } from '../../../src/core/engine/corpus';
import { createGluedWordsRule } from '../../../src/core/rules/gluedWords';
import { createNameVariant } from '../../../src/core/rules/nameVariant';
import { englishWords } from '../gluedWords/englishWords';
import { SEEDS_DIR } from '../seedCorpus';

const schema = JSON.parse(readFileSync(path.join(SEEDS_DIR, '..', 'media', 'wirecheck.schema.json'), 'utf8'));
const validate = new Ajv({ allErrors: true }).compile(schema);

describe('house style (.wirecheck.json)', () => {
  const good = '{\n  // comments are allowed\n  "preferred": ["Sergey Shoigu", "Viet Nam"],\n  "locale": "uk",\n  "dateOrder": { "VnExpress": "DMY" },\n  "ignore": ["Hanoi"],\n  "rules": { "glued-words": "error", "acronym-mismatch": "off" }\n}\n';

  it('reads every field, and the contributed JSON schema accepts the same file', () => {
    const { style, problems, given } = parseHouseStyle(good);
    assert.deepEqual(problems, []);
    assert.deepEqual(style, {
      preferred: ['Sergey Shoigu', 'Viet Nam'], locale: 'uk', dateOrder: { VnExpress: 'DMY' }, ignore: ['Hanoi'], ignoreIn: {},
      rules: { 'glued-words': 'error', 'acronym-mismatch': 'off' },
    });
    assert.deepEqual(given.sort(), ['dateOrder', 'ignore', 'locale', 'preferred', 'rules']);
    assert.ok(validate(JSON.parse(good.replace(/\/\/.*\n/, ''))));
  });

  it('reports a syntax error with its line and column and falls back to the defaults', () => {
    const { style, problems } = parseHouseStyle('{\n  "locale": "uk"\n  "ignore": []\n}');
    assert.equal(problems.length, 1);
    assert.deepEqual([problems[0].line, problems[0].column], [3, 3]);
    assert.equal(style.locale, 'none');
  });

  it('keeps the valid fields of a file with wrong types, says which are wrong, and the schema rejects them too', () => {
    const text = '{ "locale": "fr", "preferred": "Viet Nam", "ignore": ["Hanoi"] }';
    const { style, problems, given } = parseHouseStyle(text);
    assert.deepEqual(problems.map((p) => p.message), [
      '"preferred" must be a list of strings; the default is used',
      '"locale" must be "uk", "us" or "none"; the default is used',
    ]);
    assert.deepEqual(style.ignore, ['Hanoi']);
    assert.deepEqual(given, ['ignore']);
    assert.equal(validate(JSON.parse(text)), false);
  });

  it('drops findings on a word ignored in one document only ("ignore here")', () => {
    const { style } = parseHouseStyle('{ "ignoreIn": { "b.txt": ["Sergei Shoigu"] } }');
    const corpus = new Corpus([createNameVariant()], style);
    const text = (name: string) => `Talks\n\nSecurity Council Secretary ${name} met officials in the capital on Monday and discussed trade and energy cooperation.\n`;
    corpus.set({ path: 'a.txt', text: text('Sergey Shoigu') });
    corpus.set({ path: 'b.txt', text: text('Sergei Shoigu') });
    corpus.set({ path: 'c.txt', text: text('Sergei Shoigu') + text('Sergey Shoigu') + text('Sergey Shoigu') });
    assert.deepEqual(corpus.check().findings.map((f) => [f.path, f.text]), [['c.txt', 'Sergei Shoigu']]);
  });

  it('drops every rule\'s findings on a word ignored everywhere', () => {
    const check = (ignore: string) => {
      const corpus = new Corpus([createGluedWordsRule(englishWords())], parseHouseStyle(`{ "ignore": ["${ignore}"] }`).style);
      corpus.set({ path: 'a.txt', text: 'Talks in the capital\n\nOfficials met inthe capital on Monday and discussed trade and energy cooperation over the coming years.\n' });
      return corpus.check().findings.map((f) => f.text);
    };
    assert.deepEqual(check('Hanoi'), ['inthe']);
    assert.deepEqual(check('InThe'), []);
  });

  it('lets the user\'s settings fill what the file leaves open, and the file win where it speaks', () => {
    const parsed = parseHouseStyle('{ "rules": { "glued-words": "error" } }');
    const style = withDefaults(parsed, { locale: 'us', rules: { 'glued-words': 'off', 'name-variant': 'info' } });
    assert.equal(style.locale, 'us');
    assert.deepEqual(style.rules, { 'glued-words': 'error', 'name-variant': 'info' });
    assert.equal(withDefaults(parseHouseStyle('{ "locale": "uk" }'), { locale: 'us' }).locale, 'uk');
  });
});
