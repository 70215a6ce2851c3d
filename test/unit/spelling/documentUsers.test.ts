import assert from 'node:assert/strict';
import type { AnalyzedDocument } from '../../../src/core/engine/analyzedDocument';
import { hasUser, userCount, usersOf, withoutUser, withUser, type DocumentUsers } from '../../../src/core/spelling/documentUsers';

const doc = (path: string) => ({ source: { path, text: '' } }) as unknown as AnalyzedDocument;

describe('document users', () => {
  const [a, b, c] = [doc('a'), doc('b'), doc('c')];

  it('keeps a lone document as itself and makes a set when a second one comes, in the order they came', () => {
    let users: DocumentUsers = withUser(undefined, a);
    assert.equal(users, a);
    assert.equal(withUser(users, a), a);
    users = withUser(withUser(users, c), b);
    assert.ok(users instanceof Set);
    assert.deepEqual(usersOf(users), [a, c, b]);
    assert.equal(userCount(users), 3);
    assert.equal(hasUser(users, c), true);
  });

  it('goes back to the lone document when the others leave, and to none', () => {
    let users = withUser(withUser(undefined, a), b);
    assert.equal(withoutUser(users, c), users);
    users = withoutUser(users, a);
    assert.equal(users, b);
    assert.equal(hasUser(users, a), false);
    assert.equal(withoutUser(users, a), b);
    users = withoutUser(users, b);
    assert.equal(users, undefined);
    assert.deepEqual([usersOf(users), userCount(users), hasUser(users, a)], [[], 0, false]);
  });
});
