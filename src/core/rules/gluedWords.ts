// glued-words: words run together by a bad text extraction ("inMoscow", "twocountries",
// "oftheir"), told apart from compounds and brand names (cybersecurity, LinkedIn, VnExpress).
// One document at a time: a document with several certain glues is a broken extraction, so its
// weaker candidates ("militarymedicine", "InternationalSecurity") become credible; a clean
// document reports only the certain ones.
import type { AnalyzedDocument } from '../engine/analyzedDocument';
import type { CorpusView, Rule } from '../engine/rule';
import { CorpusVocabulary } from '../lexicon/corpusVocabulary';
import { writesApart } from '../lexicon/documentWords';
import type { Lexicon } from '../lexicon/lexicon';
import type { Finding } from '../types';
import { finding } from './finding';
import { STRENGTH_RANK, type Glue, type GlueEvidence, type GlueStrength } from './gluedWords/glue';
import { glueCandidates, type GlueCandidate } from './gluedWords/glueCandidates';
import { judgeGlue } from './gluedWords/judgeGlue';

/** Certain glues (likely word pairs count half) that make a document a broken extraction. */
const BROKEN_AT = 3;
/** A document this broken (certain glues, and one in so many words) gets its name joins reported too. */
const BADLY_BROKEN_AT = 5;
const BADLY_BROKEN_RATE = 1 / 40;

interface GluedWord extends GlueCandidate {
  glue: Glue;
}

/**
 * The rule, given the English word list the front end loaded (dist/words.txt); without one it
 * reports nothing. It keeps the corpus vocabulary between checks and updates it by document.
 */
export function createGluedWordsRule(lexicon?: Lexicon): Rule {
  const vocabulary = new CorpusVocabulary();
  const candidates = new WeakMap<AnalyzedDocument, GlueCandidate[]>();
  const candidatesOf = (doc: AnalyzedDocument, words: Lexicon): GlueCandidate[] => {
    let found = candidates.get(doc);
    if (!found) candidates.set(doc, (found = glueCandidates(doc, words)));
    return found;
  };
  return {
    id: 'glued-words',
    defaultSeverity: 'warning',
    description: 'Words run together by a lost space ("inMoscow", "twocountries"), told apart from compounds and brand names.',
    check(corpus) {
      if (!lexicon) return [];
      vocabulary.sync(corpus.documents);
      const judge = judgeOnce({ lexicon, vocabulary, isGlue: (word) => judge(word) !== undefined });
      return corpus.documents.flatMap((doc) => documentFindings(doc, corpus, candidatesOf(doc, lexicon), judge));
    },
  };
}

// One judgement per word and check: the evidence is the whole corpus, the same for every document.
function judgeOnce(evidence: GlueEvidence): (word: string) => Glue | undefined {
  const judged = new Map<string, Glue | undefined>();
  return (word) => {
    if (!judged.has(word)) judged.set(word, judgeGlue(word, evidence));
    return judged.get(word);
  };
}

function documentFindings(doc: AnalyzedDocument, corpus: CorpusView, candidates: readonly GlueCandidate[], judge: (word: string) => Glue | undefined): Finding[] {
  const glued: GluedWord[] = [];
  for (const candidate of candidates) {
    const glue = judge(candidate.text);
    if (glue) glued.push({ ...candidate, glue: confirmedApart(glue, doc, corpus) });
  }
  const reported = reportedStrengths(glued, doc.tokens.length);
  return glued.filter((g) => reported.has(g.glue.strength)).map((g) => gluedFinding(doc, g));
}

// Written apart in the same document ("Deputy Minister") settles a weaker reading; written apart
// in another version of the story makes it likely.
function confirmedApart(glue: Glue, doc: AnalyzedDocument, corpus: CorpusView): Glue {
  if (glue.strength === 'certain') return glue;
  if (writesApart(doc, glue.parts)) return { ...glue, strength: 'certain' };
  if (STRENGTH_RANK[glue.strength] >= STRENGTH_RANK.likely) return glue;
  const versions = corpus.storyOf.get(doc.source.path)?.documents ?? [];
  const elsewhere = versions.some((path) => path !== doc.source.path && writesApartIn(corpus.byPath.get(path), glue.parts));
  return elsewhere ? { ...glue, strength: 'likely' } : glue;
}

function writesApartIn(doc: AnalyzedDocument | undefined, parts: readonly string[]): boolean {
  return doc !== undefined && writesApart(doc, parts);
}

function reportedStrengths(glued: readonly GluedWord[], wordCount: number): ReadonlySet<GlueStrength> {
  const certain = glued.filter((g) => g.glue.strength === 'certain').length;
  const likelyPairs = glued.filter((g) => g.glue.strength === 'likely' && g.glue.kind !== 'name').length;
  if (certain + likelyPairs / 2 < BROKEN_AT) return new Set(['certain']);
  if (certain < BADLY_BROKEN_AT || certain < wordCount * BADLY_BROKEN_RATE) return new Set(['certain', 'likely']);
  return new Set(['certain', 'likely', 'possible']);
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
