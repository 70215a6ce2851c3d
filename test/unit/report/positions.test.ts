import assert from 'node:assert/strict';
import { LineIndex } from '../../../src/core/report/positions';

describe('LineIndex', () => {
  it('ends lines at "\\n", "\\r\\n" and a lone "\\r", in any mix', () => {
    const text = 'one\ntwo\r\nthree\rfour\r\rsix\n\n';
    const index = new LineIndex(text);
    const at = (word: string) => index.positionAt(text.indexOf(word));
    assert.deepEqual([at('one'), at('two'), at('three'), at('four'), at('six')], [
      { line: 1, column: 1 }, { line: 2, column: 1 }, { line: 3, column: 1 }, { line: 4, column: 1 }, { line: 6, column: 1 },
    ]);
    assert.deepEqual(index.positionAt(text.indexOf('\r\n') + 1), { line: 2, column: 5 }, 'the "\\n" of "\\r\\n" is still on its line');
    assert.deepEqual(index.positionAt(text.length), { line: 8, column: 1 });
  });

  it('counts columns from the line start on a text without breaks', () => {
    assert.deepEqual(new LineIndex('abc').positionAt(2), { line: 1, column: 3 });
  });
});
