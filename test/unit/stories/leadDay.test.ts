import assert from 'node:assert/strict';
import { analyzeDocument } from '../../../src/core/engine/analyzedDocument';
import { dayOfIso, daysBetween, leadOf } from '../../../src/core/stories/leadDay';
import { leadDistance, type StoryInput } from '../../../src/core/stories/storyInput';
import { sameStory } from '../../../src/core/stories/sameStory';

const MORE = 'The two sides agreed to expand cooperation in trade, energy and education over the coming years, officials said.';
const leadDay = (lead: string) => leadOf(analyzeDocument({ path: 'a.txt', text: `Talks in the capital\n\n${lead} ${MORE}\n\n${MORE}\n` }))?.day;

describe('leadDay', () => {
  it('reads the first date of the lead as a day of the year', () => {
    assert.equal(leadDay('Mexico and Japan pledged on Saturday, 5 April to expand cooperation in defence.'), 31 + 28 + 31 + 4);
    assert.equal(leadDay('The ministers met on January 1 and again on May 2.'), 0);
    assert.equal(leadDay('The ministers met on 29/9 in the capital.'), 31 + 28 + 31 + 30 + 31 + 30 + 31 + 31 + 28);
  });

  it('tells the day of the news (a wire dateline, "on August 31") from background in the lead', () => {
    const lead = (text: string) => leadOf(analyzeDocument({ path: 'a.txt', text: `Talks in the capital\n\n${text} ${MORE}\n\n${MORE}\n` }));
    assert.deepEqual(lead('HANOI, Sept 13 (Reuters) - A fire tore through an apartment block in the capital late on Tuesday.'), { day: 243 + 12, sure: true });
    assert.deepEqual(lead('The bridge, which collapsed on September 9 last year when the typhoon hit, reopened to traffic on Monday.'), { day: 243 + 8, sure: false });
    assert.deepEqual(lead('Egypt and Poland pledged on Saturday, August 31 to broaden cooperation in defence and trade.'), { day: 242, sure: true });
    assert.deepEqual(lead('From January 1 to November 30, the country shipped 8.2 million tonnes of rice abroad.'), { day: 0, sure: false });
    for (const background of [
      'The bridge, which collapsed on September 9, 2023, during the typhoon, reopened to traffic on Monday.',
      'The bridge collapsed on September 9 two years ago and reopened to traffic on Monday.',
      'The Land Law, which took effect on August 1, has changed how farmland is valued across the country.',
    ]) assert.equal(lead(background)?.sure, false, background);
  });

  it('gives none for a lead without a date, or with one read two ways', () => {
    assert.equal(leadDay('The ministers met in the capital on Monday.'), undefined);
    assert.equal(leadDay('The ministers met on 9/12 in the capital.'), undefined);
  });

  it('counts days the short way round the year', () => {
    assert.equal(daysBetween(364, 1), 2);
    assert.equal(daysBetween(10, 40), 30);
  });

  it('dates an undated copy\'s lead against the other\'s publication when only one lead gives a day', () => {
    const input = (leadDay?: number, published?: string, leadSure = false): StoryInput => ({ path: 'x', headline: 'x', terms: { ids: new Int32Array(0), weights: new Float32Array(0) }, leadDay, published, leadSure });
    assert.deepEqual([
      leadDistance(input(94), input(undefined, '2025-05-06')),
      leadDistance(input(94, undefined, true), input(undefined, '2025-05-06')),
      leadDistance(input(94), input(undefined, '2025-04-07')),
      leadDistance(input(undefined, '2025-01-01'), input(undefined, '2025-05-06')),
      leadDistance(input(94), input()),
    ], ['week', 'far', 'near', 'near', 'near']);
    // a lead's day weeks from its own publication is background, not the news
    assert.deepEqual([
      leadDistance(input(61, '2025-03-20'), input(undefined, '2025-03-20')),
      leadDistance(input(61, '2025-03-20'), input(78)),
      leadDistance(input(76, '2025-03-20'), input(undefined, '2025-03-28')),
    ], ['near', 'near', 'week']);
    assert.deepEqual([dayOfIso('2025-04-05'), dayOfIso('2024-12-31T10:00:00Z'), dayOfIso('undated'), dayOfIso('2025-13-45')], [94, 364, undefined, undefined]);
  });

  it('lets leads a week apart hold only strong links, and datelines more than two weeks apart none', () => {
    const input = (leadDay?: number, leadSure = true): StoryInput => ({ path: 'x', headline: 'x', terms: { ids: new Int32Array(0), weights: new Float32Array(0) }, leadDay, leadSure });
    assert.deepEqual(
      [leadDistance(input(94), input(125)), leadDistance(input(94), input(100)), leadDistance(input(94), input(101)), leadDistance(input(94), input(108)), leadDistance(input(94), input(109)), leadDistance(input(94), input()), leadDistance(input(360), input(4))],
      ['far', 'near', 'week', 'week', 'far', 'near', 'week'],
    );
    // a date in an undated copy's lead may be background ("the bridge, which collapsed on September 9 last year, reopened"): a week at most
    assert.equal(leadDistance(input(94, false), input(125)), 'week');
    assert.deepEqual(
      [sameStory(0.25, 0.25, 0.25), sameStory(0.25, 0.25, 0.25, 'week'), sameStory(0.5, 0.5, 0.5, 'week'), sameStory(0.9, 0.9, 0.9, 'far')],
      [true, false, true, false],
    );
  });

  it('takes no version for the closest of the other when the corpus holds only the two', () => {
    assert.deepEqual([sameStory(0.25, 0.25, 0.25, 'near', false), sameStory(0.4, 0.4, 0.4, 'near', false)], [false, true]);
  });
});
