import assert from 'node:assert/strict';
import { foldName, phoneticKey, spellingKey } from '../../../src/core/names/nameKey';

function assertOneKey(...tokens: string[]): void {
  const keys = tokens.map(phoneticKey);
  assert.deepEqual(new Set(keys).size, 1, `${tokens.join('/')} share a key: ${keys.join(', ')}`);
}

describe('foldName', () => {
  it('strips diacritics, including letters NFKD keeps whole', () => {
    assert.equal(foldName('Tô Lâm'), 'to lam');
    assert.equal(foldName('Đỗ Mười'), 'do muoi');
    assert.equal(foldName('Søren Kierkegaard'), 'soren kierkegaard');
    assert.equal(foldName('Łukasz Straße'), 'lukasz strasse');
  });
  it('unifies hyphens, drops apostrophes and collapses spacing', () => {
    assert.equal(foldName('  Jean\u2013Marie \u00A0 Le\tPen '), 'jean-marie le pen');
    assert.equal(foldName("'Abd al-Aziz"), 'abd al-aziz');
    assert.equal(foldName('CHO\u2019NG'), 'chong');
  });
});

describe('spellingKey', () => {
  it('rewrites transliteration digraphs', () => {
    assert.equal(spellingKey('khamenei'), 'hamenai');
    assert.equal(spellingKey('alexander'), 'aleksander');
    assert.equal(spellingKey('aleksandr'), 'aleksander');
    assert.equal(spellingKey('ig0r'), 'igor');
    // Indonesian names in the Dutch-era spelling, not the vowels after a y
    assert.equal(spellingKey('soetrisno'), spellingKey('sutrisno'));
    assert.equal(spellingKey('soeharto'), spellingKey('suharto'));
    assert.equal(spellingKey('mirziyoev'), 'mirziyoev');
  });
});

describe('phoneticKey', () => {
  it('groups transliterations of one name', () => {
    assertOneKey('Sergei', 'Sergey', 'Serguei', 'Sergej');
    assertOneKey('Yuri', 'Yury', 'Iouri', 'Yuriy');
    assertOneKey('Aleksandr', 'Alexander', 'Aleksander');
    assertOneKey('Dmitri', 'Dmitry', 'Dmitriy', 'Dmitrij');
    assertOneKey('Mohammed', 'Muhammad', 'Mohamad', 'Mohamed');
    assertOneKey('Philip', 'Filip');
    assertOneKey('Khan', 'Han');
    assertOneKey('Usama', 'Ousama');
    assertOneKey('Zelensky', 'Zelenskyy', 'Zelenskiy');
  });
  it('keeps different names apart', () => {
    assert.notEqual(phoneticKey('Olga'), phoneticKey('Oleg'));
    assert.notEqual(phoneticKey('Maria'), phoneticKey('Mario'));
    assert.notEqual(phoneticKey('Lavrov'), phoneticKey('Shoigu'));
    assert.notEqual(phoneticKey('Trong'), phoneticKey('Phuc'));
  });
});
