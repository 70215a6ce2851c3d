// The small words whose place in a run-together word tells a broken extraction from a compound.
// English compounds are built from content words ("chatbot", "livestream"); a word never ends in
// "their" nor starts with "of" followed by a whole word, so a function word on either side of
// the split is the strongest sign of a lost space.
import { STOP_WORDS } from '../../text/stopWords';

const words = (list: string): ReadonlySet<string> => new Set(list.split(/\s+/).filter(Boolean));

/** Function words of two letters or more: two of them run together are never one word ("inthe"). */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([...STOP_WORDS].filter((w) => w.length >= 2 && /^\p{L}+$/u.test(w)));

/** Function words that start no English compound, so "its|support" or "all|disputes" is a lost space. */
export const LEADING_GLUE = words(`
  the of and its their his our all as to for from with that this these those was were has have had
  will would which who are`);

/** Function words that end no English compound: "ready|to", "view|that", "years|since". */
export const TRAILING_GLUE = words(`
  the of and that to which will would with from since their this these were was has have had who
  also said into about between during`);

/** Words that also build compounds on either side (overtourism, rollout, startup, inbuilt, catchall). */
export const PARTICLES = words('in on up out off down over under about by after back through away around across all');

/** Weaker signs before a word, for broken documents: "in|fact", "be|held", "at|risk". */
export const WEAK_LEADING_GLUE: ReadonlySet<string> = new Set(
  ['in', ...[...FUNCTION_WORDS].filter((w) => !PARTICLES.has(w) && !LEADING_GLUE.has(w))],
);

/** Weaker signs after a word, for broken documents: pronouns and auxiliaries ("said|she", "paid|not"). */
export const WEAK_TRAILING_GLUE = words(`
  its her his our them they she him can could should may might must not but did does been being both
  each what when while whom whose why your you because until within without against among`);

/**
 * After a name: "Vietnam|will". Others end names: "in", "on", "is", "all", "at", "had" (Martin,
 * Benton, Paris, Marshall, Marat, Farhad).
 */
export const TRAILING_GLUE_AFTER_NAME = words(`
  will would and the of has have was were said says which that who also with from their this these since`);

/** Before a capitalised word: "in|Moscow", "the|Communist" ("my", "up", "we" start brands: myTaxi, upGrad, weChat). */
export const LEADING_GLUE_BEFORE_NAME = words(`
  in of the and to for at by with from as on that his her their its our is was were are has have had
  said says between about into during after before among amid than which who while when where or but
  will would also this these those since under over across via per until within without against`);

/** After a run-together article "The|": the sentence-initial "Inthe", "Ofthe" (never "Andover"). */
export const DETERMINERS = words('the their this these those its');

/** Word-forming prefixes: "micro|plastics", "counter|terrorism" are compounds, not two words. */
export const PREFIX_WORDS = words(`
  anti counter inter intra multi non over post pre pro semi sub super trans ultra under cyber eco bio
  geo micro macro mega mini neo socio tele auto hydro agri agro petro euro photo electro thermo nano
  cross self back fore mid extra hyper poly mono uni pan infra meta proto pseudo quasi retro tech
  crypto out off down up`);

/** Second halves that form compounds: "nation|wide", "ransom|ware", "policy|makers". */
export const SUFFIX_WORDS = words(`
  wide ware wares maker makers making like less ness ship ships hood wise ward wards fold based led
  free man men woman women person persons goer goers holder holders proof scape scapes style related
  driven backed owned run friendly oriented`);

/** Second halves of place names and surnames: New|castle, West|minster, Long|fellow. */
export const NAME_ENDINGS = words(`
  castle bridge borough minster chester caster church fellow weather worths market stein berger
  burger thorpe bourne combe haven`);

/** Name particles that start a capitalised piece: McDonald, MacArthur, DeVos, VanderBilt. */
export const NAME_PARTICLES = words('mc mac de di da du del della la le van von der den al el bin abu fitz st');

/** Words a figure follows ("in 2030", "by 20%", "than 50"): run into the figure, they are a lost space. */
export const BEFORE_FIGURE = words('in on at by to of from since until than about over under nearly almost around some only after before between');

/**
 * A small word run into a capitalised one ("inHa Noi", "atMy Dinh", "inTra Leng"): a glue however
 * short, and though "intra" is a word, since a word never has a capital after its first letter.
 */
const SMALL_WORD_THEN_NAME = /^(?:in|at|on|of|to|by)\p{Lu}\p{Ll}+$/u;

export function isSmallWordThenName(word: string): boolean {
  return word.length >= 4 && SMALL_WORD_THEN_NAME.test(word);
}
