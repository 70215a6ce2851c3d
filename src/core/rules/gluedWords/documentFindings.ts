// One document's glued words: a document with several certain glues is a broken extraction, so
// its weaker candidates ("militarymedicine", "InternationalSecurity") become credible; a clean
// document reports only the certain ones.
import { isCheckedBlock, type AnalyzedDocument } from '../../engine/analyzedDocument';
import { writesApart } from '../../lexicon/documentWords';
import { forEachWord } from '../../text/tokens';
import type { Finding, Span } from '../../types';
import { finding } from '../finding';
import { isLowercase, STRENGTH_RANK, type Glue, type GlueStrength } from './glue';
import { CANDIDATE_FIELDS, type DocumentCandidates } from './glueCandidates';

/** Certain glues (likely word pairs count half) that make a document a broken extraction. */
const BROKEN_AT = 3;
/** A document this broken (certain glues, and one in so many words) gets its name joins reported too. */
const BADLY_BROKEN_AT = 5;
const BADLY_BROKEN_RATE = 1 / 40;

interface GluedWord {
  text: string;
  span: Span;
  glue: Glue;
}

/** What a document's findings read besides the document: the judgements, and its story's other versions. */
export interface GlueContext {
  judge(word: string): Glue | undefined;
  /** The other versions of the document's story; asked only when a weak glue needs them. */
  otherVersions(): readonly AnalyzedDocument[];
}

/** Most documents have no glued word: they share one empty list. */
const NO_FINDINGS: readonly Finding[] = [];

/** `words` are the candidate words by number (GlueCandidates.words). */
export function documentFindings(doc: AnalyzedDocument, found: DocumentCandidates, words: readonly string[], context: GlueContext): readonly Finding[] {
  const glued: GluedWord[] = [];
  const { places } = found;
  for (let i = 0; i < places.length; i += CANDIDATE_FIELDS) {
    const text = words[places[i]];
    const glue = context.judge(text);
    if (glue) glued.push({ text, span: { start: places[i + 1], end: places[i + 2] }, glue: confirmedApart(glue, doc, context) });
  }
  if (!glued.length) return NO_FINDINGS;
  const reported = reportedStrengths(glued, () => checkedWordCount(doc));
  const out = glued.filter((g) => reported.has(g.glue.strength)).map((g) => gluedFinding(doc, g));
  return out.length ? out : NO_FINDINGS;
}

// Written apart in the same document ("Deputy Minister") settles a weaker reading; written apart
// in another version of the story makes it likely, and settles a word run into a name written
// apart as is ("city|People's"): a brand that starts in lower case starts with a letter or two
// (eBay, iPhone), not a word.
function confirmedApart(glue: Glue, doc: AnalyzedDocument, context: GlueContext): Glue {
  if (glue.strength === 'certain') return glue;
  if (writesApart(doc, glue.parts)) return { ...glue, strength: 'certain' };
  const wordThenName = glue.kind === 'name' && isLowercase(glue.parts[0]);
  if (wordThenName && context.otherVersions().some((version) => writesApart(version, glue.parts, true))) return { ...glue, strength: 'certain' };
  if (STRENGTH_RANK[glue.strength] >= STRENGTH_RANK.likely) return glue;
  return context.otherVersions().some((version) => writesApart(version, glue.parts)) ? { ...glue, strength: 'likely' } : glue;
}

/** `wordCount`: the words of the document's checked text, counted only for a badly broken one. */
function reportedStrengths(glued: readonly GluedWord[], wordCount: () => number): ReadonlySet<GlueStrength> {
  const certain = glued.filter((g) => g.glue.strength === 'certain').length;
  const likelyPairs = glued.filter((g) => g.glue.strength === 'likely' && g.glue.kind !== 'name').length;
  if (certain + likelyPairs / 2 < BROKEN_AT) return new Set(['certain']);
  if (certain < BADLY_BROKEN_AT || certain < wordCount() * BADLY_BROKEN_RATE) return new Set(['certain', 'likely']);
  return new Set(['certain', 'likely', 'possible']);
}

function checkedWordCount(doc: AnalyzedDocument): number {
  let count = 0;
  for (const block of doc.article.blocks) if (isCheckedBlock(block)) forEachWord(block.text, () => count++);
  return count;
}

const COUNT_WORDS = ['', '', 'two', 'three', 'four', 'five'];

function gluedFinding(doc: AnalyzedDocument, glued: GluedWord): Finding {
  const { parts } = glued.glue;
  const split = parts.join(' ');
  return finding({
    rule: 'glued-words',
    severity: 'warning',
    message: `"${glued.text}" looks like ${COUNT_WORDS[parts.length] ?? parts.length} words run together: "${split}".`,
    doc,
    span: glued.span,
    suggestion: split,
    data: { parts },
  });
}
