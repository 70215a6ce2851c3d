// One outlet's version of a story: later versions re-pick synonyms, split or join sentences
// differently, drop sentences, cut the tail and move a sentence, the way rewrites and wire cuts do.
import { planSentence, synonymGroups } from './story.mjs';

const CAPTION = '{A} [and|with] {B} [at their meeting|during the event|at the ceremony] in {CITY} {DATE}.';

function repick(rng, sentence, p) {
  const sizes = synonymGroups(sentence.template);
  return {
    ...sentence,
    synonyms: sentence.synonyms.map((k, i) => (rng.chance(p) ? rng.int(0, sizes[i] - 1) : k)),
    splits: sentence.splits.map((s) => (rng.chance(p) ? !s : s)),
  };
}

function moveOne(rng, sentences) {
  if (sentences.length < 4) return sentences;
  const out = [...sentences];
  const [moved] = out.splice(rng.int(1, out.length - 1), 1);
  out.splice(rng.int(1, out.length), 0, moved);
  return out;
}

/**
 * The sentence plan of version `index` (0 is the story as first told). `drop`: chance each body
 * sentence is left out; `keepAtLeast`: the share of the body a tail cut keeps at least.
 */
export function planVersion(rng, story, index, { drop = 0.15, keepAtLeast = 0.6 } = {}) {
  if (index === 0) return { headline: story.headline, sentences: story.sentences };
  const [lead, ...rest] = story.sentences;
  let body = rest.filter(() => !rng.chance(drop)).map((s) => repick(rng, s, 0.35));
  body = body.slice(0, Math.ceil(body.length * (keepAtLeast + (1 - keepAtLeast) * rng.next())));
  if (rng.chance(0.5)) body = moveOne(rng, [lead, ...body]).slice(1);
  const headline = rng.chance(0.15)
    ? planSentence(rng, rng.pick(story.headlines), story.cast)
    : repick(rng, story.headline, 0.5);
  return { headline, sentences: [repick(rng, lead, 0.35), ...body] };
}

/** Sentences grouped into paragraphs the way the outlet paragraphs. */
export function paragraphs(rng, texts, outlet) {
  const out = [];
  for (let i = 0; i < texts.length;) {
    const size = rng.int(outlet.paragraph[0], outlet.paragraph[1]);
    out.push(texts.slice(i, i + size).join(' '));
    i += size;
  }
  return out;
}

export function captionPlan(rng, cast) {
  return planSentence(rng, CAPTION, cast);
}
