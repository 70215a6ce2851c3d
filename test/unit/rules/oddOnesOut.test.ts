import assert from 'node:assert/strict';
import { analyzeDocument } from '../../../src/core/engine/analyzedDocument';
import { oddOnesOut, type Judged } from '../../../src/core/rules/oddOnesOut';

const [a, b, c, e] = ['a', 'b', 'c', 'e'].map((name) => analyzeDocument({ path: `${name}.txt`, text: `Version ${name}.\n` }));
const against = (...docs: typeof a[]) => docs.map((doc) => ({ doc, place: 0 }));
const shown = (judged: Judged[]) => oddOnesOut(judged).map((j) => j.doc.source.path);

describe('oddOnesOut', () => {
  it('reports both sides of a tie', () => {
    assert.deepEqual(shown([
      { doc: a, place: 0, agreeing: 1, against: against(b) },
      { doc: b, place: 0, agreeing: 1, against: against(a) },
    ]), ['a.txt', 'b.txt']);
  });

  it('reports the odd one out only, when the others outnumber it', () => {
    assert.deepEqual(shown([
      { doc: a, place: 0, agreeing: 2, against: against(c) },
      { doc: b, place: 0, agreeing: 2, against: against(c) },
      { doc: c, place: 0, agreeing: 1, against: against(a, b) },
    ]), ['c.txt']);
  });

  it('keeps an outvoting statement whose opponent does not report it back, or is outvoting too', () => {
    // c's statement did not pair with a's: a stays, so the disagreement is still shown
    assert.deepEqual(shown([
      { doc: a, place: 0, agreeing: 2, against: against(c) },
      { doc: c, place: 0, agreeing: 1, against: against(b) },
    ]), ['a.txt', 'c.txt']);
    // c's statement names another statement of a (place 1): a's place 0 stays
    assert.deepEqual(shown([
      { doc: a, place: 0, agreeing: 2, against: against(c) },
      { doc: c, place: 0, agreeing: 1, against: [{ doc: a, place: 1 }] },
    ]), ['a.txt', 'c.txt']);
    // a and e each agree with two others and disagree with each other: neither is the odd one out
    assert.deepEqual(shown([
      { doc: a, place: 0, agreeing: 3, against: against(e) },
      { doc: e, place: 0, agreeing: 3, against: against(a) },
    ]), ['a.txt', 'e.txt']);
  });

  it('leaves out a statement the odd one names back through another sentence of its version saying the same', () => {
    // a gives "18 November" in its lead (0) and a caption (1); c's "19 November" paired best with the caption
    const judged: Judged[] = [
      { doc: a, place: 0, says: '18 November', agreeing: 3, against: [{ doc: c, place: 0, says: '19 November' }] },
      { doc: a, place: 1, says: '18 November', agreeing: 3, against: [{ doc: c, place: 0, says: '19 November' }] },
      { doc: c, place: 0, says: '19 November', agreeing: 1, against: [{ doc: a, place: 1, says: '18 November' }, { doc: b, place: 0, says: '18 November' }] },
      { doc: b, place: 0, says: '18 November', agreeing: 3, against: [{ doc: c, place: 0, says: '19 November' }] },
    ];
    assert.deepEqual(shown(judged), ['c.txt']);
    // the lead saying something else than the caption named back stays reported
    judged[0] = { ...judged[0], says: '17 November' };
    assert.deepEqual(shown(judged), ['a.txt', 'c.txt']);
  });

  it('leaves out a statement whose every opponent is outvoted and names it back, though no other sentence paired with it', () => {
    // a and b each paired only with c's statement; c stands against both
    assert.deepEqual(shown([
      { doc: a, place: 0, agreeing: 1, against: against(c) },
      { doc: b, place: 0, agreeing: 1, against: against(c) },
      { doc: c, place: 0, agreeing: 1, against: against(a, b) },
    ]), ['c.txt']);
    // three versions all apart: each is reported
    assert.deepEqual(shown([
      { doc: a, place: 0, agreeing: 1, against: against(b, c) },
      { doc: b, place: 0, agreeing: 1, against: against(a, c) },
      { doc: c, place: 0, agreeing: 1, against: against(a, b) },
    ]), ['a.txt', 'b.txt', 'c.txt']);
  });
});
