import assert from 'node:assert/strict';
import { globMatcher } from '../../../src/extension/globMatcher';

describe('globMatcher (wirecheck.exclude in the folder walk)', () => {
  const excluded = globMatcher(['**/node_modules/**', '**/.git/**', 'drafts/*.txt', 'archive/{2019,2020}/**', 'notes/draft-?.md', 'tmp[0-9]/**']);

  it('excludes a folder named by a ** glob, wherever it is, and everything in it', () => {
    assert.equal(excluded('node_modules', true), true);
    assert.equal(excluded('site/node_modules', true), true);
    assert.equal(excluded('site/node_modules/pkg/readme.txt', false), true);
    assert.equal(excluded('node_modules.txt', false), false);
  });

  it('matches * and ? within one path segment only', () => {
    assert.equal(excluded('drafts/a.txt', false), true);
    assert.equal(excluded('drafts/sub/a.txt', false), false);
    assert.equal(excluded('notes/draft-1.md', false), true);
    assert.equal(excluded('notes/draft-12.md', false), false);
  });

  it('reads brace alternatives and character classes', () => {
    assert.equal(excluded('archive/2019/a.txt', false), true);
    assert.equal(excluded('archive/2020', true), true);
    assert.equal(excluded('archive/2021/a.txt', false), false);
    assert.equal(excluded('tmp3/x.txt', false), true);
    assert.equal(excluded('tmpx/x.txt', false), false);
  });

  it('takes dots and other regular-expression characters literally', () => {
    const dotted = globMatcher(['a.b/(c)+.txt']);
    assert.equal(dotted('a.b/(c)+.txt', false), true);
    assert.equal(dotted('axb/(c)+.txt', false), false);
  });
});
