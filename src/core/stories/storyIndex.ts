// Story grouping kept between checks. A full grouping finds each document's candidate pairs
// (blockingKeys.ts), scores them by cosine, and links the pairs that are clearly one story. After
// an edit only what it can have changed is recomputed: the edited documents' pairs in full; for a
// term whose document count changed, the norms and dot products using it are shifted (recountedTerms.ts)
// and, if it is (or was) rare enough to be a key, its users' keys chosen again. The result is
// exactly a full grouping's, which the tests hold it to.
import { assembleStories } from './assembleStories';
import { BlockingIndex, blockingKeys, COMPARE_ALL_BELOW, sameKeys } from './blockingKeys';
import { DocumentKeys } from './documentKeys';
import { PairScores } from './pairScores';
import { RecountedTerms } from './recountedTerms';
import { linkable, sameStory } from './sameStory';
import { FigureTerms } from './sharedFigures';
import { cosine, lengthOf, normSquared, SpreadVector, type SharedTerms } from './similarity';
import type { Story, StoryLink } from './story';
import { farApart, leadDistance, publishedTime, sameTerms, type StoryInput } from './storyInput';
import type { TermDictionary } from './termDictionary';
import { TermStatistics } from './termStatistics';

/**
 * Past this share of the corpus edited at once (a branch checked out), grouping afresh costs no
 * more. Documents an edit touches only through a term's new count cost little (a shift), however many.
 */
const REGROUP_SHARE = 0.2;

/** How the last `group` call got its stories: nothing to do, new titles only, an update, or afresh. */
export type Grouping = 'unchanged' | 'retitled' | 'updated' | 'regrouped';

export class StoryIndex {
  private inputs: readonly StoryInput[] = [];
  private readonly stats = new TermStatistics();
  private readonly blocking: BlockingIndex;
  private times = new Float64Array(0);
  /** Squared norms, exact (similarity.ts), and the norms themselves. */
  private normsSquared = new Float64Array(0);
  private norms = new Float64Array(0);
  private readonly keys = new DocumentKeys();
  /** Candidate pairs (sharing keys, published close together), their dot products and cosines. */
  private readonly scores = new PairScores();
  private readonly spread = new SpreadVector();
  /** Each document's highest score with another it could be linked with (closest). */
  private best = new Float64Array(0);
  /** The pairs that are one story, by pair number a·N + b (a < b), and the terms each link shows. */
  private readonly links = new Map<number, StoryLink>();
  private readonly shared = new Map<number, SharedTerms>();
  private stories: Story[] = [];
  private readonly termOf: (id: number) => string;
  private readonly figures: FigureTerms;
  lastGrouping: Grouping = 'unchanged';

  /**
   * `regroupShare`: past this share of documents edited, group afresh (tests set 1 to always update).
   * `compareAllBelow`: smaller corpora compare every pair (blockingKeys.ts; tests set 0 to block any corpus).
   */
  constructor(
    private readonly dictionary: TermDictionary,
    private readonly regroupShare = REGROUP_SHARE,
    compareAllBelow = COMPARE_ALL_BELOW,
  ) {
    this.termOf = (id) => dictionary.termOf(id);
    this.figures = new FigureTerms(dictionary);
    this.blocking = new BlockingIndex(compareAllBelow);
  }

  /** The stories of these documents (ordered by path), recomputing only what changed since the last call. */
  group(inputs: readonly StoryInput[]): Story[] {
    if (!samePaths(this.inputs, inputs)) return this.regroup(inputs);
    const previous = this.inputs;
    this.inputs = inputs;
    const edited: number[] = [], redated: number[] = [];
    let retitled = false;
    inputs.forEach((input, i) => {
      const before = previous[i];
      if (input === before) return;
      if (!sameTerms(input.terms, before.terms)) edited.push(i);
      if (input.published !== before.published || input.leadDay !== before.leadDay || input.leadSure !== before.leadSure || input.outlet !== before.outlet) redated.push(i);
      retitled ||= input.headline !== before.headline;
    });
    if (edited.length || redated.length) return this.update(previous, edited, redated);
    this.lastGrouping = retitled ? 'retitled' : 'unchanged';
    return retitled ? this.assemble() : this.stories; // a new headline changes only a story's title
  }

  /** Every pair compared and its score, whether linked or not: why two versions were, or were not, grouped. */
  candidatePairs(): { a: string; b: string; score: number }[] {
    const pairs: { a: string; b: string; score: number }[] = [];
    this.inputs.forEach((input, d) => {
      const scores = this.scores.scoresOf(d);
      this.scores.partnersOf(d).forEach((other, k) => {
        if (other > d) pairs.push({ a: input.path, b: this.inputs[other].path, score: scores[k] });
      });
    });
    return pairs.sort((p, q) => (p.a < q.a ? -1 : p.a > q.a ? 1 : p.b < q.b ? -1 : p.b > q.b ? 1 : 0));
  }

  private regroup(inputs: readonly StoryInput[]): Story[] {
    this.lastGrouping = 'regrouped';
    this.inputs = inputs;
    this.stats.reset(inputs.map((input) => input.terms), this.dictionary.size);
    this.times = Float64Array.from(inputs, publishedTime);
    this.normsSquared = Float64Array.from(inputs, (input) => normSquared(input.terms, this.stats.idf));
    this.norms = this.normsSquared.map(lengthOf);
    this.keys.reset(inputs.length);
    inputs.forEach((input, d) => this.keys.set(d, blockingKeys(input.terms, this.stats, this.termOf)));
    this.scores.reset(inputs.length);
    this.blocking.clear(inputs.length);
    for (let i = 0; i < inputs.length; i++) this.pairUp(i);
    for (let i = 0; i < inputs.length; i++) this.scores.trim(i);
    this.blocking.trim();
    this.best = new Float64Array(inputs.length);
    this.links.clear();
    this.shared.clear();
    this.relink(new Set(inputs.keys()));
    return this.assemble();
  }

  private update(previous: readonly StoryInput[], edited: number[], redated: number[]): Story[] {
    if (edited.length + redated.length > this.regroupShare * this.inputs.length) return this.regroup(this.inputs);
    const versions = edited.map((i) => ({ before: previous[i].terms, after: this.inputs[i].terms }));
    const recounted = new RecountedTerms(this.stats.replace(versions, this.dictionary.size), this.stats, this.inputs);
    const touched = new Set([...edited, ...redated, ...recounted.users.keys()]);
    this.lastGrouping = 'updated';
    for (const d of redated) this.times[d] = publishedTime(this.inputs[d]);
    this.renorm(edited, recounted);
    const rekeyed = this.changedKeys([...edited, ...recounted.rekeyed]);
    const fresh = new Set([...edited, ...redated, ...rekeyed.keys()]);
    for (const d of fresh) {
      this.blocking.remove(d, this.keys.of(d));
      const keys = rekeyed.get(d);
      if (keys) this.keys.set(d, keys);
    }
    const rejudged = this.unpair(fresh);
    for (const d of fresh) this.pairUp(d);
    for (const d of recounted.users.keys()) if (!fresh.has(d)) this.shift(d, fresh, recounted);
    for (const d of touched) {
      rejudged.add(d);
      for (const other of this.scores.partnersOf(d)) rejudged.add(other);
    }
    for (const d of rejudged) this.scores.trim(d); // every document that got a new pair is here
    this.relink(rejudged, recounted);
    return this.assemble();
  }

  /** New norms: taken again for edited documents, shifted for the other users of recounted terms. */
  private renorm(edited: readonly number[], recounted: RecountedTerms): void {
    const taken = new Set(edited);
    for (const d of taken) this.normsSquared[d] = normSquared(this.inputs[d].terms, this.stats.idf);
    for (const d of recounted.users.keys()) if (!taken.has(d)) this.normsSquared[d] += recounted.normShift(d);
    for (const d of new Set([...taken, ...recounted.users.keys()])) this.norms[d] = lengthOf(this.normsSquared[d]);
  }

  /** Chooses these documents' keys again; returns those that changed. */
  private changedKeys(docs: readonly number[]): Map<number, number[]> {
    const changed = new Map<number, number[]>();
    for (const d of docs) {
      const keys = blockingKeys(this.inputs[d].terms, this.stats, this.termOf);
      if (!sameKeys(keys, this.keys.of(d))) changed.set(d, keys);
    }
    return changed;
  }

  /** Forgets these documents' pairs and links; returns their former partners. */
  private unpair(docs: ReadonlySet<number>): Set<number> {
    const partners = new Set<number>();
    for (const d of docs) {
      for (const other of this.scores.forget(d)) {
        this.unlink(this.pairNumber(d, other));
        partners.add(other);
      }
    }
    return partners;
  }

  /** Scores a document with its candidates (blockingKeys.ts: in a small corpus every indexed document), then indexes it. */
  private pairUp(d: number): void {
    const candidates = this.blocking.candidates(this.keys.of(d)).filter((other) => !farApart(this.times[d], this.times[other]));
    if (candidates.length) this.spread.layOut(this.inputs[d].terms, this.stats.idf.length);
    for (const other of candidates) this.setScore(d, other, this.spread.dotWith(this.inputs[other].terms, this.stats.idf));
    this.blocking.add(d, this.keys.of(d));
  }

  /** Shifts the pairs of an unedited user of recounted terms, but those with `fresh` documents, scored anew already. */
  private shift(d: number, fresh: ReadonlySet<number>, recounted: RecountedTerms): void {
    const partners = [...this.scores.partnersOf(d)], dots = [...this.scores.dotsOf(d)];
    partners.forEach((other, k) => {
      if (fresh.has(other) || (other < d && recounted.users.has(other))) return; // scored, or shifted from the other side
      this.setScore(d, other, dots[k] + (recounted.users.has(other) ? recounted.dotShift(d, other) : 0));
    });
  }

  private setScore(a: number, b: number, dot: number): void {
    this.scores.set(a, b, dot, cosine(dot, this.norms[a], this.norms[b]));
  }

  /** Updates these documents' best scores, then judges each of their pairs anew. */
  private relink(docs: ReadonlySet<number>, recounted?: RecountedTerms): void {
    for (const d of docs) this.best[d] = this.closest(d);
    // a change in the number of documents groups them all afresh (group), so this holds for every pair
    const closestTells = this.inputs.length > 2;
    for (const d of docs) {
      const partners = this.scores.partnersOf(d), scores = this.scores.scoresOf(d);
      partners.forEach((other, k) => {
        if (other < d && docs.has(other)) return; // judged from the other side
        const pair = this.pairNumber(d, other);
        // one outlet's reports of two days share its figures: its versions of one story share its words
        const sameOutlet = this.inputs[d].outlet !== undefined && this.inputs[d].outlet === this.inputs[other].outlet;
        const figures = sameOutlet ? undefined : () => this.figures.between(this.inputs[d].terms.ids, this.inputs[other].terms.ids);
        if (!sameStory(scores[k], this.best[d], this.best[other], leadDistance(this.inputs[d], this.inputs[other]), closestTells, figures)) this.unlink(pair);
        else this.link(d, other, scores[k], this.sharedMayChange(pair, d, other, recounted));
      });
    }
  }

  /**
   * The document's highest score with a version it could be linked with: a weak pair whose leads are
   * a week apart never links (sameStory.ts), so it is no closer match to measure others against.
   */
  private closest(d: number): number {
    const partners = this.scores.partnersOf(d), scores = this.scores.scoresOf(d);
    let best = 0;
    partners.forEach((other, k) => {
      if (scores[k] > best && linkable(scores[k], leadDistance(this.inputs[d], this.inputs[other]))) best = scores[k];
    });
    return best;
  }

  /** Links a pair, its shared terms taken again when they may have changed (or it was not linked). */
  private link(d: number, other: number, score: number, sharedMayChange: boolean): void {
    const pair = this.pairNumber(d, other);
    const link = this.links.get(pair);
    if (link && !sharedMayChange) {
      if (link.score !== score) this.links.set(pair, { ...link, score });
      return;
    }
    this.spread.layOut(this.inputs[d].terms, this.stats.idf.length);
    const shared = this.spread.sharedWith(this.inputs[other].terms, this.stats.idf, this.termOf);
    this.shared.set(pair, shared);
    const [a, b] = [this.inputs[Math.min(d, other)].path, this.inputs[Math.max(d, other)].path];
    this.links.set(pair, { a, b, score, shared: shared.ids.map((id) => this.termOf(id).replace(/^#/, '')) });
  }

  /** A pair not linked before (the links of edited documents are dropped with their pairs) has no shared terms yet. */
  private sharedMayChange(pair: number, d: number, other: number, recounted?: RecountedTerms): boolean {
    const shared = this.shared.get(pair);
    return !shared || !!recounted?.sharedMayChange(d, other, shared);
  }

  private unlink(pair: number): void {
    this.links.delete(pair);
    this.shared.delete(pair);
  }

  private pairNumber(a: number, b: number): number {
    return Math.min(a, b) * this.inputs.length + Math.max(a, b);
  }

  private assemble(): Story[] {
    const n = this.inputs.length;
    const pairs = Float64Array.from(this.links.keys()).sort();
    const links = Array.from(pairs, (pair) => ({ a: Math.floor(pair / n), b: pair % n, link: this.links.get(pair)! }));
    this.stories = assembleStories(this.inputs, links);
    return this.stories;
  }
}

function samePaths(a: readonly StoryInput[], b: readonly StoryInput[]): boolean {
  return a.length === b.length && a.every((input, i) => input.path === b[i].path);
}
