// spelling-variant: one word spelled two ways across the corpus ("defence"/"defense",
// "Viet Nam"/"Vietnam", "cyber-security"/"cybersecurity"). Every occurrence of a non-preferred
// spelling is reported, with the preferred spelling's occurrences in other documents as related.
// A rule keeps its index and each key's findings from one check to the next: after an edit, only
// the keys the changed documents use are looked at again, and a finding whose occurrence, group
// summary and related uses are unchanged is kept as it was.
import type { HouseStyle } from '../config/houseStyle';
import { outletLabel, type AnalyzedDocument } from '../engine/analyzedDocument';
import type { Rule } from '../engine/rule';
import { sameItems } from '../engine/storyVersions';
import type { Lexicon } from '../lexicon/lexicon';
import { SharedStrings } from '../lexicon/sharedStrings';
import { keyGroups, type KeyGroups, type OccurrenceReader } from '../spelling/keyGroups';
import { spellingSuggestion } from '../spelling/spellingSuggestion';
import { VariantIndex } from '../spelling/variantIndex';
import { documentVariants, keyPlace, occurrencesOfKeys, wantedKeys, type VariantOccurrence } from '../spelling/variantOccurrences';
import { relatedOccurrences, type VariantReport } from '../spelling/variantReport';
import type { Finding, Related } from '../types';
import { finding, relatedAt } from './finding';

/** A key's findings, where the key is first used (its findings come in that order), and what made them. */
interface KeyFindings {
  firstAt: number;
  findings: Finding[];
  groups: KeyGroups;
  made: Map<VariantOccurrence, MadeFinding>;
}

interface MadeFinding {
  finding: Finding;
  summary: string;
  related: readonly VariantOccurrence[];
}

/** The rule; with a lexicon it also compares spaced words with closed ones and the -ll-, ae, oe patterns. */
export function createSpellingVariant(lexicon?: Lexicon): Rule {
  const index = new VariantIndex(lexicon);
  const byKey = new Map<string, KeyFindings>();
  let styleSeen = '';
  return {
    id: 'spelling-variant',
    defaultSeverity: 'warning',
    description: 'A word spelled two ways across the corpus: British and American spelling, spacing or hyphenation.',
    prepare: (doc) => { documentVariants(doc, lexicon); },
    check(corpus) {
      const changed = index.update(corpus.documents);
      const style = styleFingerprint(corpus.style);
      const position = new Map(corpus.documents.map((doc, i) => [doc, i]));
      const everything = changed === 'all' || style !== styleSeen;
      if (everything) byKey.clear();
      else for (const key of changed) if (!index.isSpelledTwoWays(key)) byKey.delete(key);
      const keys = everything ? [...index.spelledTwoWays()] : [...changed].filter((key) => index.isSpelledTwoWays(key));
      const read = occurrenceReader(keys, lexicon);
      for (const key of keys) byKey.set(key, keyFindings(key, index, position, corpus.style, read, lexicon, byKey.get(key)));
      styleSeen = style;
      return [...byKey.values()]
        .sort((a, b) => position.get(a.groups.docs[0])! - position.get(b.groups.docs[0])! || a.firstAt - b.firstAt)
        .flatMap((k) => k.findings);
    },
  };
}

export const spellingVariant: Rule = createSpellingVariant();

/** What of the house style the findings depend on. */
function styleFingerprint(style: HouseStyle): string {
  return JSON.stringify([style.preferred, style.locale, style.ignore]);
}

/**
 * Writes out the occurrences of the keys to look at, each document's in one pass for all of them
 * (kept for this check only: the groups keep the occurrences they use).
 */
function occurrenceReader(keys: readonly string[], lexicon: Lexicon | undefined): OccurrenceReader {
  const byDocument = new Map<AnalyzedDocument, Map<string, VariantOccurrence[]>>();
  const wanted = wantedKeys(keys);
  return (doc, key) => {
    let found = byDocument.get(doc);
    if (!found) byDocument.set(doc, (found = occurrencesOfKeys(doc, wanted, lexicon)));
    return found.get(key) ?? [];
  };
}

function keyFindings(
  key: string, index: VariantIndex, position: ReadonlyMap<AnalyzedDocument, number>, style: HouseStyle,
  read: OccurrenceReader, lexicon: Lexicon | undefined, previous: KeyFindings | undefined,
): KeyFindings {
  const docs = documentsInOrder(key, index, previous?.groups.docs, position);
  const groups = keyGroups(key, docs, style, read, lexicon, previous?.groups);
  const findings: Finding[] = [];
  const made = new Map<VariantOccurrence, MadeFinding>();
  for (const { preference, report } of groups.groups) {
    for (const form of report.group.forms) {
      if (form === preference.form) continue;
      for (const occurrence of form.occurrences) {
        const current = madeFinding(occurrence, report, previous?.made.get(occurrence));
        findings.push(current.finding);
        made.set(occurrence, current);
      }
    }
  }
  return { firstAt: keyPlace(documentVariants(docs[0], lexicon), key), findings, groups, made };
}

/**
 * The documents that use the key, in corpus order: those that still do in their order from before,
 * and the documents just added that do, put in place.
 */
function documentsInOrder(key: string, index: VariantIndex, before: readonly AnalyzedDocument[] | undefined, position: ReadonlyMap<AnalyzedDocument, number>): AnalyzedDocument[] {
  if (!before) return [...index.documentsUsing(key)].sort((a, b) => position.get(a)! - position.get(b)!);
  const docs = before.filter((doc) => index.uses(key, doc));
  for (const doc of index.added) {
    if (!index.uses(key, doc)) continue;
    const at = position.get(doc)!;
    let low = 0;
    for (let high = docs.length; low < high;) {
      const middle = (low + high) >> 1;
      if (position.get(docs[middle])! < at) low = middle + 1;
      else high = middle;
    }
    docs.splice(low, 0, doc);
  }
  return docs;
}

/** The finding of one occurrence, the one made before when nothing it says has changed. */
function madeFinding(occurrence: VariantOccurrence, report: VariantReport, before: MadeFinding | undefined): MadeFinding {
  const related = usualOrOwn(report, relatedOccurrences(report, occurrence.doc));
  if (before && before.summary === report.summary && sameItems(before.related, related)) return before;
  return { finding: variantFinding(occurrence, report, related), summary: report.summary, related };
}

function variantFinding(occurrence: VariantOccurrence, report: VariantReport, related: readonly VariantOccurrence[]): Finding {
  return finding({
    rule: 'spelling-variant',
    severity: severityOf(occurrence, report),
    message: `"${occurrence.text}" here; ${report.tail}`,
    doc: occurrence.doc,
    span: occurrence.span,
    suggestion: sharedSuggestion(report, spellingSuggestion(occurrence, report.preference.form)),
    related: sharedRelated(report, related),
    data: sharedData(report),
  });
}

// A word spelled two ways has hundreds of findings that show the same few related uses and the
// same facts: one object each, shared by the findings (nothing changes a finding once made), is
// most of what the rule's findings held.
const relatedOfOccurrence = new WeakMap<VariantOccurrence, Related>();
interface ReportShares {
  data: Record<string, unknown>;
  /** The related uses most of the report's findings show, and their Related objects. */
  usual?: { from: readonly VariantOccurrence[]; related: Related[] };
  /** The suggestions made so far, each one string for all the findings that make it. */
  suggestions: SharedStrings;
}
const reportShares = new WeakMap<VariantReport, ReportShares>();

function sharesOf(report: VariantReport): ReportShares {
  let shares = reportShares.get(report);
  if (!shares) {
    const { group, preference } = report;
    const data = {
      key: group.key,
      preferred: preference.form.display,
      reason: preference.reason,
      forms: report.forms.map((f) => ({ ...f })),
      patterns: [...report.patterns],
    };
    reportShares.set(report, (shares = { data, suggestions: new SharedStrings(Number.POSITIVE_INFINITY) }));
  }
  return shares;
}

function sharedData(report: VariantReport): Record<string, unknown> {
  return sharesOf(report).data;
}

/**
 * The related uses, as the one array the report's findings keep when they are its usual ones (the
 * first finding's are taken as usual): most findings show the same few.
 */
function usualOrOwn(report: VariantReport, related: readonly VariantOccurrence[]): readonly VariantOccurrence[] {
  const shares = sharesOf(report);
  if (shares.usual && sameItems(shares.usual.from, related)) return shares.usual.from;
  shares.usual ??= { from: related, related: related.map(relatedOf) };
  return related;
}

/** The Related objects of the related uses, the array the report's findings share for its usual ones. */
function sharedRelated(report: VariantReport, related: readonly VariantOccurrence[]): Related[] {
  const { usual } = sharesOf(report);
  return usual?.from === related ? usual.related : related.map(relatedOf);
}

function sharedSuggestion(report: VariantReport, suggestion: string | undefined): string | undefined {
  return suggestion === undefined ? undefined : sharesOf(report).suggestions.of(suggestion);
}

function relatedOf(o: VariantOccurrence): Related {
  let made = relatedOfOccurrence.get(o);
  if (!made) relatedOfOccurrence.set(o, (made = relatedAt(o.doc, o.span, `"${o.text}" in ${outletLabel(o.doc)}`)));
  return made;
}

/**
 * A warning where the spelling is inconsistent: the house style settles it, or this document or
 * another of its outlet's writes the word the other way. An outlet that keeps its own convention
 * throughout ("programme" at a British outlet, "program" at an American one) gets a note: that is
 * a difference between outlets, not a slip. "prioritised" against "prioritizing" (this very word
 * form is never written the other way) is a note too.
 */
function severityOf(occurrence: VariantOccurrence, report: VariantReport): 'warning' | 'info' {
  if (!report.preferredNormals.has(occurrence.normal)) return 'info';
  if (report.preference.reason === 'house-style' || report.preference.reason === 'locale') return 'warning';
  const users = preferredUsers(report);
  const outlet = occurrence.doc.article.outlet?.name;
  return users.documents.has(occurrence.doc) || (outlet !== undefined && users.outlets.has(outlet)) ? 'warning' : 'info';
}

const usersOfReport = new WeakMap<VariantReport, { documents: Set<AnalyzedDocument>; outlets: Set<string> }>();

function preferredUsers(report: VariantReport): { documents: Set<AnalyzedDocument>; outlets: Set<string> } {
  let users = usersOfReport.get(report);
  if (!users) {
    const occurrences = report.preference.form.occurrences;
    users = {
      documents: new Set(occurrences.map((o) => o.doc)),
      outlets: new Set(occurrences.flatMap((o) => (o.doc.article.outlet ? [o.doc.article.outlet.name] : []))),
    };
    usersOfReport.set(report, users);
  }
  return users;
}

