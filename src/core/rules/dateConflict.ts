// date-conflict: versions of one story that give different dates for the same event. Sentences
// that say the same thing are aligned across two versions; their dates are compared after reading
// each outlet's numeric dates in its own order and placing yearless dates and weekdays against
// each version's publication date. A version whose aligned statements include the same date
// agrees; sentences with several dates, and dates that cannot be resolved, are not compared.
// When more versions agree on a date than give others, only the odd ones out are reported (see
// oddOnesOut.ts).
import { outletLabel, versionName, type AnalyzedDocument } from '../engine/analyzedDocument';
import type { CorpusView, Rule } from '../engine/rule';
import { sameItems, storyVersions } from '../engine/storyVersions';
import { formatDate, weekdayOf, WEEKDAY_NAMES } from '../dates/calendar';
import { dateOrderOf, type DateOrderVerdict } from '../dates/dateOrder';
import type { DocumentDate } from '../dates/documentDates';
import { rewriteDate } from '../dates/rewriteDate';
import { pairDatedStatements, type StatementPair } from '../dates/statementPairs';
import { datesBySentence, soleDate } from '../dates/sentenceDates';
import { ATTRIBUTION, ordinaryWords, shareOrdinaryWord } from '../numbers/ordinaryWords';
import { compareStated, describeStated, statedDay, type StatedDay } from '../dates/statedDay';
import type { Finding, Span } from '../types';
import { finding, relatedAt } from './finding';
import { oddOnesOut, type Judged } from './oddOnesOut';

interface Statement {
  doc: AnalyzedDocument;
  found: DocumentDate;
  stated: StatedDay;
}

interface Counterpart extends Statement {
  /** Its sentence in its version. */
  place: number;
  says: string;
  score: number;
}

export const dateConflict: Rule = {
  id: 'date-conflict',
  defaultSeverity: 'warning',
  description: 'Versions of one story give different dates for the same event.',
  check(corpus: CorpusView): Finding[] {
    const out: Finding[] = [];
    for (const story of corpus.stories) {
      if (story.documents.length < 2) continue;
      const versions = storyVersions(corpus, story);
      if (versions.length > 1) out.push(...storyConflicts(corpus, versions));
    }
    return out;
  },
};

interface Checked {
  versions: readonly AnalyzedDocument[];
  orders: readonly DateOrderVerdict[];
  findings: Finding[];
}

/** The last findings of each story, by its first version. */
const lastChecked = new WeakMap<AnalyzedDocument, Checked>();

/**
 * A story's findings follow from its versions and from how each outlet reads its dates (verdicts
 * keep their identity while their evidence stands): after an edit elsewhere, they stand.
 */
function storyConflicts(corpus: CorpusView, versions: readonly AnalyzedDocument[]): Finding[] {
  const orders = versions.map((v) => dateOrderOf(corpus, v));
  const last = lastChecked.get(versions[0]);
  if (last && sameItems(last.versions, versions) && sameItems(last.orders, orders)) return last.findings;
  const reading = storyReading(corpus, versions);
  const judged = versions.flatMap((doc) => judgedIn(reading, doc, versions));
  const findings = oddOnesOut(judged).map((j) => conflictFinding(corpus, j.here, j.against));
  lastChecked.set(versions[0], { versions, orders, findings });
  return findings;
}

/** What a story's check reads of its versions' dates: each read once for the check, not kept with the story. */
interface StoryReading {
  datesIn(doc: AnalyzedDocument): Map<number, DocumentDate[]>;
  statedOf(doc: AnalyzedDocument, found: DocumentDate): StatedDay | undefined;
  /** The dated statements of `doc` paired with those of `other`. */
  pairsOf(doc: AnalyzedDocument, other: AnalyzedDocument): readonly StatementPair[];
  /** The ordinary words of a sentence (ordinaryWords.ts). */
  wordsOf(doc: AnalyzedDocument, sentence: number): ReadonlySet<string>;
}

function storyReading(corpus: CorpusView, versions: readonly AnalyzedDocument[]): StoryReading {
  const dates = new Map(versions.map((doc) => [doc, datesBySentence(doc)]));
  const stated = new Map<DocumentDate, StatedDay | undefined>();
  const pairs = new Map(versions.map((doc) => [doc, new Map<AnalyzedDocument, StatementPair[]>()]));
  const words = new Map(versions.map((doc) => [doc, new Map<number, ReadonlySet<string>>()]));
  return {
    datesIn: (doc) => dates.get(doc)!,
    statedOf(doc, found) {
      if (!stated.has(found)) stated.set(found, statedDay(corpus, doc, found));
      return stated.get(found);
    },
    pairsOf(doc, other) {
      const known = pairs.get(doc)!;
      let found = known.get(other);
      if (!found) known.set(other, found = pairDatedStatements(doc, other));
      return found;
    },
    wordsOf(doc, sentence) {
      const known = words.get(doc)!;
      let found = known.get(sentence);
      if (!found) known.set(sentence, found = ordinaryWords(doc.sentences[sentence].text));
      return found;
    },
  };
}

/** A dated statement of one version, and how the other versions' statements of the same thing stand to it. */
interface JudgedDate extends Judged {
  here: Statement;
  against: Counterpart[];
}

function judgedIn(reading: StoryReading, doc: AnalyzedDocument, versions: readonly AnalyzedDocument[]): JudgedDate[] {
  const out: JudgedDate[] = [];
  for (const [sentence, dates] of reading.datesIn(doc)) {
    const found = soleDate(dates);
    const stated = found && reading.statedOf(doc, found);
    if (!found || !stated) continue;
    const here: Statement = { doc, found, stated };
    const against: Counterpart[] = [];
    let agreeing = 1;
    for (const other of versions) {
      const answer = other === doc ? undefined : counterpartIn(reading, here, sentence, other);
      if (answer === AGREES) agreeing++;
      else if (answer) against.push(answer);
    }
    if (against.length) out.push({ doc, place: sentence, says: describeStated(stated), here, agreeing, against });
  }
  return out;
}

const AGREES = 'agrees';

/**
 * The other version's statement of the same thing with another date; AGREES if any of its
 * statements of it gives the same date; undefined when it makes no such statement.
 */
function counterpartIn(reading: StoryReading, here: Statement, sentence: number, other: AnalyzedDocument): Counterpart | typeof AGREES | undefined {
  const theirs = reading.datesIn(other);
  let best: Counterpart | undefined;
  for (const pair of reading.pairsOf(here.doc, other)) {
    if (pair.a !== sentence) continue;
    const dates = theirs.get(pair.b) ?? [];
    let sole: StatedDay | undefined;
    for (const found of dates) {
      const stated = reading.statedOf(other, found);
      if (stated && compareStated(here.stated, stated) === 'agree') return AGREES;
      if (dates.length === 1) sole = stated;
    }
    if (!sole || compareStated(here.stated, sole) !== 'conflict') continue;
    // "since Tuesday" starts what "on Friday" may be a day of: only days given the same way disagree
    if (dateRole(here.doc, here.found) !== dateRole(other, dates[0])) continue;
    // a weekday is set against another day only between sentences that share an ordinary word
    // besides attribution: statements that share only a body's name ("police detained two people on
    // Thursday, the Pacific Digital Board (PDB) said"; "the PDB plans to immunize 1,200 children by
    // April 15") are paired on it, and a bare weekday fits any statement
    if ((sole.kind === 'weekday' || here.stated.kind === 'weekday') && !shareOrdinaryWord(reading.wordsOf(here.doc, sentence), reading.wordsOf(other, pair.b), ATTRIBUTION)) continue;
    if (!best || pair.score > best.score) best = { doc: other, found: dates[0], stated: sole, place: pair.b, says: describeStated(sole), score: pair.score };
  }
  return best;
}

/** Words before a day that make it a bound of a span rather than the day something happened on. */
const ROLE_OF: ReadonlyMap<string, string> = new Map([
  ...['since', 'after'].map((w): [string, string] => [w, 'start']),
  ...['until', 'till', 'through', 'by', 'before', 'to'].map((w): [string, string] => [w, 'end']),
]);
/** Words that open a relative clause: "the attack, which began on Friday", "a deal that was signed on May 5". */
const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['which', 'that', 'who']);
/** "said that", "confirmed that": what follows is a statement reported, not a relative clause. */
const SPEECH_VERBS: ReadonlySet<string> = new Set(['said', 'says', 'announced', 'confirmed', 'told', 'stated', 'reported', 'added', 'noted', 'claimed', 'insisted', 'revealed', 'showed', 'shows']);
/** Words between such a word and the day: "since early Tuesday", "by the morning of May 5". */
const DAY_MODIFIERS: ReadonlySet<string> = new Set(['early', 'late', 'mid', 'the', 'last', 'this', 'next', 'morning', 'afternoon', 'evening', 'night', 'of']);

/**
 * How a day is given: as the start of a span ("since Tuesday"), its end ("by December 5", "until
 * the end of May"), the day figures were counted to ("as of March 20"), the day of something a
 * relative clause or a possessive describes ("an attack which began on Friday", "Saturday's
 * election": not what the sentence says happened, as "on Monday, the bank confirmed" is), or as
 * the day itself ("on Friday", "from January 1", "December 9").
 */
function dateRole(doc: AnalyzedDocument, found: DocumentDate): string {
  // "Saturday's election": the day of what the noun names, not of what the sentence says happened
  if (/^['’]s\b/.test(doc.source.text.slice(found.span.end, found.span.end + 3))) return 'relative';
  // the words as written ("The WHO said on August 14" opens no clause), and lower-cased
  const written = doc.source.text.slice(Math.max(0, found.span.start - 40), found.span.start).match(/\p{L}+/gu) ?? [];
  const before = written.map((word) => word.toLowerCase());
  // "as of March 20": the day figures were counted up to, not a day something happened on
  if (before.at(-2) === 'as' && (before.at(-1) === 'of' || before.at(-1) === 'at')) return 'cutoff';
  for (let k = before.length - 1; k >= 0 && k >= before.length - 4; k--) {
    const role = ROLE_OF.get(before[k]);
    if (role) return role;
    if (!DAY_MODIFIERS.has(before[k])) break;
  }
  // "which began on Friday", "which was signed on May 5", "who arrived Tuesday"; not "said that on
  // Monday", nor "said that it ended on Monday", which reports a statement
  const onDay = ['on', 'in', 'at'].includes(before.at(-1) ?? '');
  for (let k = 2; k <= 4; k++) {
    if (!RELATIVE_PRONOUNS.has(written.at(-k) ?? '')) continue;
    if ((onDay ? k >= 3 : k === 2) && !(written.at(-k) === 'that' && SPEECH_VERBS.has(before.at(-k - 1) ?? ''))) return 'relative';
    break;
  }
  return 'point';
}

function conflictFinding(corpus: CorpusView, here: Statement, all: readonly Counterpart[]): Finding {
  const against = clearest(all);
  const others = against.map((c) => `${quoted(c)} in ${versionName(c.doc)}`);
  const suggestion = suggestionFor(corpus, here, against);
  return finding({
    rule: 'date-conflict',
    severity: 'warning',
    message: `${quoted(here)} here; ${joined(others)} of this story.`,
    doc: here.doc,
    span: writtenSpan(here.found),
    ...(suggestion !== undefined ? { suggestion } : {}),
    related: against.map((c) => relatedAt(c.doc, writtenSpan(c.found), `${outletLabel(c.doc)}: ${describeStated(c.stated)}`)),
    data: {
      here: describeStated(here.stated),
      versions: all.map((c) => ({ path: c.doc.source.path, outlet: outletLabel(c.doc), text: writtenText(c.found), date: describeStated(c.stated) })),
      ...(here.found.expression.date?.form === 'numeric' ? { dateOrder: dateOrderOf(corpus, here.doc) } : {}),
    },
  });
}

/**
 * The versions to cite: a numeric date ("29/7") is left out when another version gives the same
 * day in words ("July 29"), which needs no reading of the outlet's order to be believed.
 */
function clearest(against: readonly Counterpart[]): readonly Counterpart[] {
  const inWords = new Set(against.filter((c) => c.found.expression.date?.form !== 'numeric').map((c) => c.says));
  const cited = against.filter((c) => c.found.expression.date?.form !== 'numeric' || !inWords.has(c.says));
  return cited.length ? cited : against;
}

/** The date part of the expression ("December 9" of "Tuesday, December 9"), or the weekday alone. */
function writtenText(found: DocumentDate): string {
  return found.expression.date?.text ?? found.expression.weekday?.text ?? found.expression.text;
}

/** "December 9", or "9/12" (9 December): numeric dates say how they were read. */
function quoted(statement: Statement): string {
  const written = `"${writtenText(statement.found)}"`;
  if (statement.found.expression.date?.form !== 'numeric' || statement.stated.kind !== 'date') return written;
  const { day, month, year, yearWritten } = statement.stated.date;
  return `${written} (${formatDate({ day, month, ...(yearWritten ? { year } : {}) })})`;
}

function writtenSpan(found: DocumentDate): Span {
  return found.dateSpan ?? found.weekdaySpan ?? found.span;
}

/** The other versions' day written this version's way, when they all give the same one. */
function suggestionFor(corpus: CorpusView, here: Statement, against: readonly Counterpart[]): string | undefined {
  const target = against[0].stated;
  if (against.some((c) => describeStated(c.stated) !== describeStated(target))) return undefined;
  const date = here.found.expression.date;
  if (date && target.kind === 'date') {
    const { day, month, year, yearWritten } = target.date;
    return rewriteDate(date, dateOrderOf(corpus, here.doc).order, { day, month, ...(yearWritten && year !== undefined ? { year } : {}) });
  }
  if (date) return undefined;
  if (target.kind === 'weekday') return WEEKDAY_NAMES[target.weekday];
  const { year } = target.date;
  return year === undefined ? undefined : WEEKDAY_NAMES[weekdayOf({ ...target.date, year })];
}

function joined(parts: readonly string[]): string {
  return parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}
