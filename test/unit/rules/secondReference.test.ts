import assert from 'node:assert/strict';
import { defaultHouseStyle } from '../../../src/core/config/houseStyle';
import { Corpus } from '../../../src/core/engine/corpus';
import { createSecondReference } from '../../../src/core/rules/secondReference';
import type { Finding, SourceDocument } from '../../../src/core/types';
import { seed } from '../seedCorpus';

function check(docs: SourceDocument[]): Finding[] {
  const corpus = new Corpus([createSecondReference()]);
  for (const d of docs) corpus.set(d);
  return corpus.check().findings;
}

const article = (body: string) => `Vietnam and Russia agree to deepen ties\n\n${body}\n`;
const LEAD = 'Foreign Minister Bui Thanh Son met his Russian counterpart Sergey Lavrov in Moscow on Tuesday to discuss trade and energy cooperation.';

describe('second-reference', () => {
  it('finds the family name used for Bui Thanh Son in the seed, pointing at the full name', () => {
    const doc = seed('003');
    const findings = check([doc]);
    assert.deepEqual(findings.map((f) => [f.text, f.suggestion]), [['Bui', 'Son'], ['Bui', 'Son']]);
    const [f] = findings;
    assert.equal(f.rule, 'second-reference');
    assert.equal(f.severity, 'info');
    assert.equal(f.message, '"Bui" is the family name of Bui Thanh Son: Vietnamese names are shortened to the given name, "Son".');
    assert.equal(doc.text.slice(f.span.start, f.span.end), 'Bui');
    assert.ok(doc.text.slice(f.span.start).startsWith('Bui, who is on an official visit'));
    assert.deepEqual(f.related.map((r) => [r.text, r.message]), [['Bui Thanh Son', 'Bui Thanh Son, named in full']]);
  });

  it('reads a title before the family name and a sentence ending in a name as no part of the name', () => {
    const text = article(`${LEAD} Minister Bui said the talks went well. He later met Lavrov. Bui added that Mr. Bui would return.`);
    assert.deepEqual(check([{ path: 'a.txt', text }]).map((f) => text.slice(f.span.start - 9, f.span.end)), ['Minister Bui', ' Lavrov. Bui', 'that Mr. Bui']);
  });

  it('points at the given name where another version of the story uses it', () => {
    const a = { path: 'a.txt', text: article(`${LEAD} Bui said the talks went well.`) };
    const b = { path: 'b.txt', text: article(`${LEAD} Son said the talks went well.`) };
    const [f, ...rest] = check([a, b]);
    assert.equal(rest.length, 0);
    assert.equal(f.path, 'a.txt');
    assert.deepEqual(f.related.map((r) => [r.path, r.text]), [['a.txt', 'Bui Thanh Son'], ['b.txt', 'Son']]);
  });

  it('leaves the given name, longer names, shared family names and other naming customs alone', () => {
    const texts = [
      `${LEAD} Son said the talks went well, and Bui Thanh Son will return in May.`,
      'Party chief Nguyen Phu Trong and President Nguyen Xuan Phuc met the envoy on Tuesday. Nguyen said the ties were strong.',
      'Coach Kim Sang Sik named his squad on Tuesday. Kim said the team was ready for the final in Bangkok.',
      'Writer Viet Thanh Nguyen spoke in Hanoi on Tuesday. Nguyen said the novel took ten years to write.',
      'The delegation visited Ho Chi Minh City on Tuesday, where Ho is remembered by thousands of visitors.',
      'Minister Pham Minh Chinh met Tran Van Pham on Tuesday. Pham said the two sides had agreed.',
    ];
    for (const text of texts) assert.deepEqual(check([{ path: 'a.txt', text: article(text) }]), [], text);
  });

  it('leaves a family or a dynasty of that name, and a name every version shortens the same way', () => {
    const hue = `Conservation director Nguyen Van Phuong said the Nguyen dynasty throne hall had reopened. The Nguyen emperors held court there, and the Nguyen lords before them; the first emperor of the Nguyen built it, and under Nguyen rule several Nguyen royal tombs were added. Phuong said work took three years.`;
    assert.deepEqual(check([{ path: 'a.txt', text: article(hue) }]), []);
    const salon = (outlet: string) => article(`HOUSTON (${outlet}) - Nguyen Thi Lan has run a nail salon in Houston for 22 years. "Everything comes from China," said Nguyen, 54, who arrived as a refugee in 1991.`);
    assert.deepEqual(check([{ path: 'a.txt', text: salon('Reuters') }, { path: 'b.txt', text: salon('AFP') }]), []);
    // one version alone, or one against a version that uses the given name, is still reported
    assert.equal(check([{ path: 'a.txt', text: salon('Reuters') }]).length, 1);
  });

  it('leaves a family name the house style ignores, and follows the house style as it changes', () => {
    const corpus = new Corpus([createSecondReference()]);
    corpus.set({ path: 'a.txt', text: article(`${LEAD} Bui said the talks went well.`) });
    assert.equal(corpus.check().findings.length, 1);
    corpus.setStyle({ ...defaultHouseStyle(), ignore: ['bui'] });
    assert.equal(corpus.check().findings.length, 0);
    corpus.setStyle(defaultHouseStyle());
    assert.equal(corpus.check().findings.length, 1);
  });

  it('follows an edit of the version', () => {
    const corpus = new Corpus([createSecondReference()]);
    corpus.set({ path: 'a.txt', text: article(`${LEAD} Bui said the talks went well.`) });
    assert.equal(corpus.check().findings.length, 1);
    corpus.set({ path: 'a.txt', text: article(`${LEAD} Son said the talks went well.`) });
    assert.equal(corpus.check().findings.length, 0);
  });
});
