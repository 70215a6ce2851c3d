import assert from 'node:assert/strict';
import { parse } from 'yaml';
import { simpleFrontMatter } from '../../../src/core/document/simpleFrontMatter';

describe('simpleFrontMatter', () => {
  it('reads quoted strings, words, ISO dates and lists of quoted strings as YAML does', () => {
    const body = 'title: "Port: work starts"\noutlet: Hilltop Gazette\ndate: 2025-12-18\ntags: ["Chile", "trade"]';
    const fields = simpleFrontMatter(body);
    assert.deepEqual(fields, { title: 'Port: work starts', outlet: 'Hilltop Gazette', date: '2025-12-18', tags: ['Chile', 'trade'] });
    assert.deepEqual(fields, parse(body));
  });

  it('leaves to YAML what it reads as another type or might read differently', () => {
    for (const body of ['a: true', 'a: 12', 'a: x ', 'a:', 'a: "x\\ty"', 'a: x # note', 'a: x\na: y', 'a: x\r', '  a: x', 'a: []x']) {
      assert.equal(simpleFrontMatter(body), undefined, body);
    }
  });
});
