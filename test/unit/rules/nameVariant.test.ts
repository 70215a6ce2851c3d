import assert from 'node:assert/strict';
import { defaultHouseStyle } from '../../../src/core/config/houseStyle';
import { Corpus } from '../../../src/core/engine/corpus';
import { createNameVariant } from '../../../src/core/rules/nameVariant';
import type { SourceDocument } from '../../../src/core/types';
import { seedDocuments } from '../seedCorpus';

function check(docs: SourceDocument[], preferred: string[] = []) {
  const corpus = new Corpus([createNameVariant()], { ...defaultHouseStyle(), preferred });
  for (const d of docs) corpus.set(d);
  return corpus.check().findings;
}

const article = (sentence: string) => `Talks in the capital\n\n${sentence} The two sides agreed to expand cooperation in trade and energy over the coming years, officials said.\n`;

describe('name-variant', () => {
  it('finds Sergei/Sergey Shoigu across the seeds, with the other versions as related locations', () => {
    const findings = check(seedDocuments());
    assert.deepEqual(findings.map((f) => [f.path.slice(0, 3), f.text]), [['002', 'Sergei Shoigu'], ['004', 'Sergei Shoigu']]);
    const f = findings[0];
    assert.equal(f.suggestion, 'Sergey Shoigu');
    assert.equal(f.message, '"Sergei Shoigu" here; "Sergey Shoigu" in 2 other documents (VnExpress, VNA). The corpus mostly writes "Sergey Shoigu" (7 times in 2 documents); no house style set.');
    assert.deepEqual([...new Set(f.related.map((r) => r.path.slice(0, 3)))], ['000', '001']);
    assert.ok(f.related.every((r) => r.text === 'Sergey Shoigu'));
  });

  it('reads a hyphen in a name as parting words: "Kim Sang-sik" and "Kim Sang Sik" are one name written two ways', () => {
    const findings = check([
      { path: 'a.txt', text: article('Coach Kim Sang-sik named his squad.') },
      { path: 'b.txt', text: article('Coach Kim Sang-sik praised his players.') },
      { path: 'c.txt', text: article('South Korean coach Kim Sang Sik took charge in May.') },
    ]);
    assert.deepEqual(findings.map((f) => [f.path, f.text, f.suggestion]), [['c.txt', 'Kim Sang Sik', 'Kim Sang-sik']]);
    // a hyphenated name and another name are still two people
    assert.deepEqual(check([
      { path: 'a.txt', text: article('Coach Kim Sang-sik named his squad.') },
      { path: 'b.txt', text: article('Minister Kim Sang Hyun named his deputy.') },
    ]), []);
  });

  it('compares names one transliteration writes with a y between vowels and another without', () => {
    const findings = check([
      { path: 'a.txt', text: article('President Shavkat Mirziyoyev arrived in Hanoi.') },
      { path: 'b.txt', text: article('President Shavkat Mirziyoyev held talks.') },
      { path: 'c.txt', text: article('Uzbek President Shavkat Mirziyoev was welcomed.') },
    ]);
    assert.deepEqual(findings.map((f) => [f.path, f.text, f.suggestion]), [['c.txt', 'Shavkat Mirziyoev', 'Shavkat Mirziyoyev']]);
    // two people whose names only a glide tells apart are still two people
    assert.deepEqual(check([
      { path: 'a.txt', text: article('Architect Maya Lin spoke first.') },
      { path: 'b.txt', text: article('Singer Mia Lin spoke next.') },
    ]), []);
  });

  it('does not report a name whose forms differ only in typography: curly and straight apostrophes', () => {
    assert.deepEqual(check([
      { path: 'a.txt', text: article('Prosecutor Le Minh Tri of the Supreme People’s Procuracy spoke.') },
      { path: 'b.txt', text: article("Prosecutor Le Minh Tri of the Supreme People's Procuracy spoke.") },
      { path: 'c.txt', text: article('Judge Tran Thi Ngoc Nuong O’Brien and Judge Tran Thi Ngoc Nuong O\'Brien sat.') },
    ]), []);
  });

  it('never pairs different people who share a given or family name', () => {
    const findings = check([
      { path: 'a.txt', text: article('Foreign Minister Sergey Lavrov met Nguyen Phu Trong and Pham Minh Chinh.') },
      { path: 'b.txt', text: article('Security Council Secretary Sergey Shoigu met Nguyen Xuan Phuc and Pham Thu Hang.') },
      { path: 'c.txt', text: article('President Luong Cuong met Nguyen Manh Cuong and Nguyen Chi Vinh.') },
    ]);
    assert.deepEqual(findings, []);
  });

  it('treats dropped diacritics as a variant but two different diacritic spellings as two people', () => {
    const findings = check([
      { path: 'a.txt', text: article('Party General Secretary Tô Lâm received the delegation.') },
      { path: 'b.txt', text: article('Party General Secretary To Lam received the delegation.') },
      { path: 'c.txt', text: article('Party General Secretary To Lam welcomed the guests.') },
    ]);
    assert.deepEqual(findings.map((f) => [f.path, f.text, f.suggestion]), [['a.txt', 'Tô Lâm', 'To Lam']]);
  });

  it('says when two spellings are written as often, rather than call one the majority', () => {
    const findings = check([
      { path: 'a.txt', text: article('Transport department director Nguyễn Phi Thường spoke.') },
      { path: 'b.txt', text: article('Transport department director Nguyen Phi Thuong spoke.') },
    ]);
    assert.deepEqual(findings.map((f) => [f.path, f.text, f.suggestion, f.data?.because]), [['a.txt', 'Nguyễn Phi Thường', 'Nguyen Phi Thuong', 'tie']]);
    assert.match(findings[0].message, /The corpus writes "Nguyen Phi Thuong" as often \(1 time in 1 document\); no house style set\.$/);
  });

  it('lets the house style choose the preferred form over the majority', () => {
    const findings = check([
      { path: 'a.txt', text: article('Deputy Minister Aleksandr Fomin spoke.') },
      { path: 'b.txt', text: article('Deputy Minister Alexander Fomin spoke.') },
      { path: 'c.txt', text: article('Deputy Minister Alexander Fomin spoke again.') },
    ], ['Aleksandr Fomin']);
    assert.deepEqual(findings.map((f) => [f.path, f.text]), [['b.txt', 'Alexander Fomin'], ['c.txt', 'Alexander Fomin']]);
    assert.match(findings[0].message, /The house style prefers "Aleksandr Fomin"/);
  });
});
