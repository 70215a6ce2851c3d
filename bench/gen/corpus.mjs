// The documents of a generated corpus, in memory: what bench/generateCorpus.mjs writes to disk and
// what unit tests check edit by edit. Deterministic from the seed; no file system here.
import { buildDocument } from './document.mjs';
import { outletsFor } from './outlets.mjs';
import { Random } from './random.mjs';
import { createStory } from './story.mjs';
import { peoplePool } from './vocabulary.mjs';

const VERSION_WEIGHTS = [30, 30, 25, 15];
const TEASER_POOL = 300;

function fileNames(rng, size) {
  const order = rng.shuffle(Array.from({ length: size }, (_, i) => i));
  return order.map((i) => `${String(i).padStart(5, '0')}_${rng.hex(16)}`);
}

/** Yields the corpus's documents in generation order (versions of a story together). */
export function* generateDocuments(size, seed) {
  const rng = new Random(`corpus:${seed}`);
  const people = peoplePool(rng.fork('people'), Math.max(200, Math.round(size * 0.6)));
  const names = fileNames(rng.fork('names'), size);
  const recent = [];
  let made = 0;
  for (let storyIndex = 0; made < size; storyIndex++) {
    const srng = rng.fork(`story${storyIndex}`);
    const story = createStory(srng, people);
    const versions = Math.min(size - made, 1 + srng.weightedIndex(VERSION_WEIGHTS));
    const outlets = outletsFor(srng, versions);
    for (let index = 0; index < versions; index++) {
      const outlet = outlets[index];
      const author = people[srng.int(0, people.length - 1)].forms[outlet.naming];
      const teasers = recent.length ? srng.sample(recent, srng.int(5, 11)) : [];
      const doc = buildDocument(srng.fork(`v${index}`), { story, outlet, index, versions, teasers, author });
      recent[(made) % TEASER_POOL] = { headline: doc.headline, summary: doc.summary, slug: doc.slug };
      yield { path: `${names[made]}.${doc.ext}`, text: doc.text, story: storyIndex, outlet: outlet.name, planted: doc.planted };
      made++;
    }
  }
}
