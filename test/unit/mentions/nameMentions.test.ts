import assert from 'node:assert/strict';
import { analyzeDocument } from '../../../src/core/engine/analyzedDocument';
import { nameMentions } from '../../../src/core/mentions/nameMentions';

/** The name mentions of one paragraph, as written. */
function mentionsIn(paragraph: string): string[] {
  const text = `Talks in the capital\n\n${paragraph} The two sides agreed to expand cooperation over the coming years, officials said.\n`;
  const names = nameMentions(analyzeDocument({ path: 'a.txt', text }));
  return Array.from({ length: names.size }, (_, i) => { const { start, end } = names.spanOf(i); return text.slice(start, end); });
}

describe('nameMentions', () => {
  it('peels titles and roles off the front of a name, in politics, sport and the courts', () => {
    assert.deepEqual(mentionsIn('Defence Minister Sergei Shoigu met Coach Kim Sang-sik.'), ['Sergei Shoigu', 'Kim Sang-sik']);
    assert.deepEqual(mentionsIn('Striker Nguyen Xuan Son scored. Prosecutor Tran Van Binh watched.'), ['Nguyen Xuan Son', 'Tran Van Binh']);
    assert.deepEqual(mentionsIn('Defendant Vo Tan Phuc received life. Witness Le Thi Mai spoke.'), ['Vo Tan Phuc', 'Le Thi Mai']);
  });

  it('keeps a surname that is also a word for a role', () => {
    assert.deepEqual(mentionsIn('Foreign Minister Julie Bishop met Paul Nurse and Debra Winger.'), ['Julie Bishop', 'Paul Nurse', 'Debra Winger']);
  });

  it('keeps Do and To opening a Vietnamese name of three words, and drops a function word opening a sentence', () => {
    assert.deepEqual(mentionsIn('Do Hung Dung won the ball. To Van Hoa watched.'), ['Do Hung Dung', 'To Van Hoa']);
    assert.deepEqual(mentionsIn('In Ha Noi the talks went on. To Hanoi Mayor Tran Sy Thanh the visit mattered.'), ['Ha Noi', 'Tran Sy Thanh']);
    assert.deepEqual(mentionsIn('Do Vietnamese firms gain? Deputy Minister To Lam said so.'), ['To Lam']);
  });

  it('reads hyphenated names whole, capitals after the hyphen and Arabic articles included', () => {
    assert.deepEqual(mentionsIn('Floods hit Thua Thien-Hue and Ba Ria-Vung Tau. Jean-Pierre Raffarin met Husayn al-Nuri.'),
      ['Thua Thien-Hue', 'Ba Ria-Vung Tau', 'Jean-Pierre Raffarin', 'Husayn al-Nuri']);
    assert.deepEqual(mentionsIn('The Vietnam-Russia talks and the al-qaeda cell were discussed.'), []);
    // a title written with a hyphen is peeled off as any title
    assert.deepEqual(mentionsIn('UN Secretary-General Antonio Guterres met WTO Director-General Ngozi Okonjo-Iweala.'), ['Antonio Guterres', 'Ngozi Okonjo-Iweala']);
  });
});
