// One file of the corpus: an outlet's version of a story, with any planted inconsistency, rendered
// in the outlet's format with its page furniture.
import { badExtraction, BAD_EXTRACTION_RATE, choosePlant, glueOnce } from './plant.mjs';
import { RENDERERS } from './render.mjs';
import { resolveSentence } from './resolve.mjs';
import { captionPlan, paragraphs, planVersion } from './version.mjs';

const DAY_MS = 86_400_000;

function slugOf(rng, headline) {
  const words = headline.toLowerCase().normalize('NFD').replace(/[^a-z0-9 ]/g, '').split(/\s+/).filter(Boolean);
  return `${words.slice(0, 8).join('-')}-${rng.int(1_000_000, 9_999_999)}`;
}

/** Each sentence's text, with the plant applied where it applies. */
function sentenceTexts(rng, plan, outlet, plant) {
  const ctxFor = (i, withPlant) => ({
    outlet,
    rng: rng.fork(`s${i}`),
    plant: withPlant ? plant.overrides : {},
    flipLocale: withPlant && plant.flipLocale,
  });
  const applies = (i) => plant && (plant.sentence === undefined || plant.sentence === i);
  return plan.sentences.map((s, i) => {
    const text = resolveSentence(s, ctxFor(i, applies(i)));
    return applies(i) && plant.glue ? glueOnce(text) : text;
  });
}

function differsBySpelling(rng, plan, outlet) {
  return () => plan.sentences.map((s, i) => i).filter((i) => {
    const ctx = { outlet, rng: rng.fork(`s${i}`), plant: {} };
    return resolveSentence(plan.sentences[i], ctx) !== resolveSentence(plan.sentences[i], { ...ctx, rng: rng.fork(`s${i}`), flipLocale: true });
  });
}

/**
 * Builds version `index` of `story` for `outlet`. `teasers` are other stories' headlines for the
 * page's "Related news"; `author` a byline name. Returns the text and what was planted.
 */
export function buildDocument(rng, { story, outlet, index, versions, teasers, author, planVersionOptions }) {
  const plan = planVersion(rng, story, index, planVersionOptions);
  const plant = choosePlant(rng, {
    cast: story.cast, outlet, versions,
    templates: plan.sentences.map((s) => s.template),
    spellingSentences: differsBySpelling(rng, plan, outlet),
  });
  const texts = sentenceTexts(rng, plan, outlet, plant);
  const whole = plant && plant.sentence === undefined ? plant.overrides : {};
  const headline = resolveSentence(plan.headline, { outlet, rng: rng.fork('h'), plant: whole });
  const caption = rng.chance(0.45)
    ? `${resolveSentence(captionPlan(rng, story.cast), { outlet, rng: rng.fork('c'), plant: whole })} Photo: ${outlet.code}`
    : undefined;
  let paras = paragraphs(rng, texts, outlet);
  const badlyExtracted = outlet.format === 'txt' && rng.chance(BAD_EXTRACTION_RATE);
  if (badlyExtracted) paras = paras.map((p) => badExtraction(rng, p));
  const published = new Date(story.cast.event.getTime() + (index ? rng.int(0, 1) : 0) * DAY_MS + rng.int(6 * 60, 22 * 60) * 60_000 + rng.int(0, 59) * 1000);
  const doc = {
    outlet, headline, paragraphs: paras, caption, captionTwice: rng.chance(0.3), published, author,
    year: published.getUTCFullYear() + 1, slug: slugOf(rng, headline), teasers,
    tags: [story.cast.A.person.short[outlet.naming], story.cast.CTRY, story.cast.ORG.acronym, story.cast.domain],
    city: story.cast.CITY,
  };
  const planted = [...plant ? [plant.kind] : [], ...badlyExtracted ? ['extraction'] : []];
  return { ext: outlet.format, text: RENDERERS[outlet.format](doc), planted, headline, summary: texts[0], slug: doc.slug };
}
