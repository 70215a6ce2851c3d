// A story: who and what it is about (its cast: people, places, figures, dates) and the sentences
// its first version tells it in. Versions (version.mjs) paraphrase and cut this plan.
import { DOMAINS, GENERIC } from './templates.mjs';
import { cityName, company, COUNTRIES, organisation, project } from './vocabulary.mjs';

const DAY_MS = 86_400_000;
export const FIGURE_SETS = 7;
const FIRST_DAY = Date.UTC(2024, 0, 1);
const LAST_DAY = Date.UTC(2026, 1, 28);

/** How many synonym groups a template has: each version keeps or re-picks each one. */
export function synonymGroups(template) {
  return (template.match(/\[[^\[\]]*\]/g) ?? []).map((g) => g.split('|').length);
}

export function joinCount(template) {
  return (template.match(/ ~\w+~ /g) ?? []).length;
}

/** A sentence of the plan: a template, which synonym each group uses, which joins are split. */
export function planSentence(rng, template, cast) {
  return {
    template,
    cast,
    synonyms: synonymGroups(template).map((n) => rng.int(0, n - 1)),
    splits: Array.from({ length: joinCount(template) }, () => rng.chance(0.5)),
  };
}

function roundTo(value, step) {
  return Math.max(step, Math.round(value / step) * step);
}

/** The story's figures. Secondary ones come in sets: each sentence template uses its own. */
function figures(rng) {
  const millions = () => (rng.chance(0.2) ? rng.int(12, 95) * 100 : rng.int(12, 9500) / 10);
  const several = (draw) => Array.from({ length: FIGURE_SETS }, draw);
  return {
    count: roundTo(Math.exp(rng.next() * Math.log(90_000)) + 120, rng.pick([10, 50, 100])),
    count2: several(() => roundTo(rng.int(20, 5000), 10)),
    money: millions(),
    money2: several(millions),
    pct: several(() => rng.int(15, 480) / 10),
    small: several(() => rng.int(2, 9)),
    year: rng.int(1975, 2019),
    km: several(() => rng.int(2, 180)),
  };
}

function person(rng, people, roles) {
  const role = rng.pick(roles);
  return { person: people[rng.skewedIndex(people.length)], role };
}

/** Everything a story's templates can name, drawn once so every version agrees (unless planted). */
export function castStory(rng, people, domain) {
  const city = cityName(rng);
  const [ctry, ctry2] = rng.sample(COUNTRIES, 2);
  const event = FIRST_DAY + rng.int(0, (LAST_DAY - FIRST_DAY) / DAY_MS) * DAY_MS;
  const cast = {
    domain: domain.name,
    A: person(rng, people, domain.roles.A),
    B: person(rng, people, domain.roles.B),
    C: person(rng, people, domain.roles.C),
    ORG: organisation(rng),
    CO: company(rng),
    CITY: city,
    CITY2: cityName(rng),
    CTRY: ctry,
    CTRY2: ctry2,
    PRJ: project(rng, city),
    N: figures(rng),
    event: new Date(event),
    next: new Date(event + rng.int(20, 200) * DAY_MS),
  };
  if (cast.B.person === cast.A.person) cast.B = person(rng, people, domain.roles.B);
  return cast;
}

/** A story with a lead and `length` further sentences drawn from its domain and the generic pool. */
export function createStory(rng, people, length = rng.int(22, 36)) {
  const domain = rng.pick(DOMAINS);
  const cast = castStory(rng, people, domain);
  // a story borrows some context from a neighbouring domain (a trade story's diplomatic background)
  const context = rng.sample(rng.pick(DOMAINS.filter((d) => d !== domain)).body, 6);
  const pool = rng.shuffle([...domain.body, ...context, ...rng.sample(GENERIC, 24)]);
  const body = pool.slice(0, length);
  return {
    cast,
    headline: planSentence(rng, rng.pick(domain.headlines), cast),
    headlines: domain.headlines,
    sentences: [planSentence(rng, rng.pick(domain.leads), cast), ...body.map((t) => planSentence(rng, t, cast))],
  };
}

/** A long story (a round-up of several events) of about `words` words, for the alignment benchmark. */
export function createLongStory(rng, people, words) {
  const story = createStory(rng, people, 20);
  while (story.sentences.reduce((n, s) => n + s.template.split(' ').length, 0) < words) {
    story.sentences.push(...createStory(rng, people, 20).sentences);
  }
  return story;
}
