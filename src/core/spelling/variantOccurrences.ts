// Every place in a document where a word could be spelled another way, with the key that the
// word's other spellings share: hyphens and spaces removed, British patterns made American and
// the inflection cut ("Viet Nam" and "Vietnam" → vietnam; "cyber-security" → cybersecurity;
// "programmes" and "programs" → program). The occurrence also records its spelling choices
// (where it is split, which side of each pattern it takes): two occurrences with one key and
// different choices are one word spelled two ways.
// A document's occurrences are worked out once per analysis and kept compact: almost every key is
// spelled one way in the whole corpus, so an occurrence is written out in full (span, text) only
// when its key turns out to be spelled two ways.
import type { AnalyzedDocument } from '../engine/analyzedDocument';
import type { Lexicon } from '../lexicon/lexicon';
import { blockSpan } from '../text/blockSpan';
import type { Token } from '../text/tokens';
import { memoPerLexicon } from '../text/wordMemo';
import type { Span } from '../types';
import { NameRuns } from './nameRuns';
import { spellingChoice, type SpellingChoice } from './spellingChoice';
import { forEachKeyId, forEachPlace, keyIndexIn, VariantCodeWriter, type VariantCode } from './variantCode';
import { isSpellingException } from './spellingExceptions';
import { isSpacedCompound } from './spacedCompounds';
import { NameKeys, nameKeysOf } from './nameKeys';
import { choiceNumber, indexInReadingOf, keyIdOf, newReading, noteIndexInReading, spellingKey } from './spellingKeys';
import { forEachWordPiece, NAME_WORD, pieceShapesOf, type PairPart, type PiecePlace, type WordPiece } from './wordPieces';

export interface VariantOccurrence extends SpellingChoice {
  doc: AnalyzedDocument;
  span: Span;
  /** The words as the reader sees them ("Viet Nam", "cyber-security"). */
  text: string;
  /** Lower-case pieces between hyphens or spaces. */
  readonly parts: readonly string[];
  /** Two words with a space between ("Viet Nam", "cyber security"). */
  spaced: boolean;
  /** Two capitalised words with a space between ("Viet Nam"): only a capitalised word is their closed form. */
  namePair: boolean;
}

/**
 * A document's occurrences, compact: they outlive the document's words (which are made anew when
 * asked), and a corpus holds millions of them. Keys are kept by number (spellingKeys.ts), and
 * keys and places as small numbers in one buffer (variantCode.ts): a pointer per key and 32 bits
 * per number made this the largest thing a check keeps.
 */
export type DocumentVariants = VariantCode;

export const PLAIN_SIGNATURE = '|';

interface ChoiceOfParts {
  /** The lower-case parts the choice is made by. */
  lowerParts: string[];
  choice: SpellingChoice;
  /** One of the parts is a spelling left alone on purpose (licence/license). */
  excepted: boolean;
}

/** A piece of a token with its own spelling choice: what reading a document needs of it, no more (a memo holds one per token text). */
interface SpelledPiece extends PiecePlace {
  lowerKey: string;
  inCapitalisedToken: boolean;
  pairPart?: PairPart;
  /** The choice of its lower-case parts, one object for every token that writes them ("Defence", "defence"). */
  spelled: ChoiceOfParts;
  /** Whether the piece alone is an occurrence: its hyphen does not make another word ("re-sign"). */
  standsAlone: boolean;
  /** Its key's number outside a name. */
  key: number;
}

const choices = memoPerLexicon<ChoiceOfParts>((lowerKey, lexicon) => choiceOfParts(lowerKey.split(' '), lexicon));
/**
 * Everything spelling needs from a token text: one look-up a token. Written out, not spread: V8
 * gives each `{ ...shape, more }` object a hidden class of its own, and there is one per word.
 */
const spelledPieces = memoPerLexicon<SpelledPiece[]>((text, lexicon) => pieceShapesOf(text).map((shape) => {
  const spelled = choices(lexicon).get(shape.lowerKey);
  const { offset, length, lowerParts, lowerKey, inCapitalisedToken, pairPart } = shape;
  return { offset, length, lowerKey, inCapitalisedToken, pairPart, spelled, standsAlone: !isDistinctiveHyphen(lowerParts), key: spellingKey(spelled.choice.key) };
}));

function choiceOfParts(parts: string[], lexicon?: Lexicon): ChoiceOfParts {
  return { lowerParts: parts, choice: spellingChoice(parts, lexicon), excepted: parts.some(isSpellingException) };
}

const HYPHEN = /[-‐‑]/u;
const NO_LEXICON = {};
const cached = new WeakMap<object, WeakMap<AnalyzedDocument, DocumentVariants>>();

export function documentVariants(doc: AnalyzedDocument, lexicon?: Lexicon): DocumentVariants {
  let byDocument = cached.get(lexicon ?? NO_LEXICON);
  if (!byDocument) cached.set(lexicon ?? NO_LEXICON, (byDocument = new WeakMap()));
  let variants = byDocument.get(doc);
  if (!variants) byDocument.set(doc, (variants = variantsOf(doc, lexicon)));
  return variants;
}

/** Keys by their numbers, made once for a check that reads many documents' occurrences of them. */
export type WantedKeys = ReadonlyMap<number, string>;

export function wantedKeys(keys: readonly string[]): WantedKeys {
  const wanted = new Map<number, string>();
  for (const key of keys) {
    const id = keyIdOf(key);
    if (id !== undefined) wanted.set(id, key);
  }
  return wanted;
}

/**
 * The document's occurrences of each of these keys, written out in one pass over its places: a
 * check asks for the few words spelled two ways in thousands of documents, and a pass for each
 * word was most of its time.
 */
export function occurrencesOfKeys(doc: AnalyzedDocument, wanted: WantedKeys, lexicon?: Lexicon): Map<string, VariantOccurrence[]> {
  const variants = documentVariants(doc, lexicon);
  const keyAt: (string | undefined)[] = [];
  forEachKeyId(variants, (id) => keyAt.push(wanted.get(id)));
  const found = new Map<string, VariantOccurrence[]>();
  forEachPlace(variants, (place, block, from, to) => {
    const key = keyAt[place];
    if (key === undefined) return;
    let list = found.get(key);
    if (!list) found.set(key, (list = []));
    list.push(occurrenceAt(doc, key, block, from, to, lexicon));
  });
  return found;
}

/** Where the key comes among the document's keys (in order of first use); -1 when it does not use it. */
export function keyPlace(variants: DocumentVariants, key: string): number {
  const id = keyIdOf(key);
  return id === undefined ? -1 : keyIndexIn(variants, id);
}

function variantsOf(doc: AnalyzedDocument, lexicon?: Lexicon): DocumentVariants {
  const reading = new DocumentReading(doc, lexicon);
  const pairChoice = choices(lexicon);
  // a spaced pair comes before the occurrence of its second word, as it comes first in the text
  forEachWordPiece(reading.tokens, spelledPieces(lexicon).getter, (piece, previous) => {
    const { shape } = piece;
    if (previous && !previous.shape.spelled.excepted && !shape.spelled.excepted && isSpacedCompound(doc, previous, piece, lexicon)) {
      reading.add(previous, piece, pairChoice.get(`${previous.shape.lowerKey} ${shape.lowerKey}`).choice);
    }
    if (shape.standsAlone && !shape.spelled.excepted) reading.add(piece, piece, shape.spelled.choice, shape.key);
  });
  return reading.variants();
}

/** One reading of a document: its occurrences as they are met. */
class DocumentReading {
  readonly tokens: readonly Token[];
  private readonly names: NameRuns;
  private readonly mark = newReading();
  private readonly keys: number[] = [];
  private readonly places = new VariantCodeWriter();
  /** 1 at the place of each key used without a choice. */
  private readonly usedPlain: number[] = [];
  private readonly choices = new Set<number>();
  /** The last name met, by its tokens. */
  private readonly lastName: { from: number; to: number; keys?: NameKeys } = { from: -1, to: -1 };

  constructor(private readonly doc: AnalyzedDocument, private readonly lexicon?: Lexicon) {
    this.tokens = doc.tokens;
    this.names = new NameRuns(doc, this.tokens);
  }

  /** An occurrence from piece first to piece last; `plainKey` is its key when it stands outside a name. */
  add(first: WordPiece<SpelledPiece>, last: WordPiece<SpelledPiece>, choice: SpellingChoice, plainKey?: number): void {
    const name = first.shape.inCapitalisedToken ? this.nameAround(first.token, last.token) : undefined;
    const key = !name ? plainKey ?? spellingKey(choice.key) : name.keyOf(choice.key);
    let index = indexInReadingOf(key, this.mark);
    if (index < 0) {
      index = this.keys.push(key) - 1;
      noteIndexInReading(key, this.mark, index);
    }
    if (choice.signature !== PLAIN_SIGNATURE) this.choices.add(choiceNumber(key, choice.signature));
    else this.usedPlain[index] = 1;
    this.places.addPlace(index, first.block, first.from, last.to);
  }

  variants(): DocumentVariants {
    const notPlain: number[] = [];
    for (let at = 0; at < this.keys.length; at++) if (this.usedPlain[at] !== 1) notPlain.push(at);
    return this.places.finish(this.keys, notPlain, this.choices);
  }

  /** The keys of the longer name around tokens first..last, if any; each word of a name meets it again. */
  private nameAround(first: number, last: number): NameKeys | undefined {
    const run = this.names.enclosingName(first, last);
    if (!run) return undefined;
    const name = this.lastName;
    if (name.from !== run.from || name.to !== run.to) {
      name.from = run.from;
      name.to = run.to;
      name.keys = nameKeysOf(this.tokens, run.from, run.to, this.lexicon);
    }
    return name.keys;
  }
}

/**
 * A hyphen that makes another word: "re-sign" is not "resign", "re-cover" not "recover", "co-op"
 * not "coop". Before an e ("re-elect") the hyphen only keeps two vowels apart.
 */
function isDistinctiveHyphen(parts: readonly string[]): boolean {
  if (parts.length < 2) return false;
  const [prefix, rest] = parts;
  return (prefix === 're' && !rest.startsWith('e')) || (prefix === 'co' && (prefix + rest).length < 6);
}

/** An occurrence from its place: its words are the text there, split at the hyphen or the space. */
function occurrenceAt(doc: AnalyzedDocument, key: string, block: number, from: number, to: number, lexicon?: Lexicon): VariantOccurrence {
  const text = doc.article.blocks[block].text.slice(from, to);
  const spaced = text.includes(' ');
  const written = text.split(spaced ? ' ' : HYPHEN);
  const spelled = choices(lexicon).get(written.map((p) => p.toLowerCase()).join(' '));
  const namePair = spaced && NAME_WORD.test(written[0]) && NAME_WORD.test(written[1]);
  return new WrittenOccurrence(doc, key, spelled, block, from, to, spaced, namePair);
}

/**
 * An occurrence as the rule keeps it: tens of thousands are kept, so what every use of the same
 * words shares (their parts and choice) is one object, and its text and span are made when asked.
 */
class WrittenOccurrence implements VariantOccurrence {
  constructor(
    readonly doc: AnalyzedDocument, readonly key: string, private readonly spelled: ChoiceOfParts,
    private readonly block: number, private readonly from: number, private readonly to: number, readonly spaced: boolean, readonly namePair: boolean,
  ) {}

  get text(): string {
    return this.doc.article.blocks[this.block].text.slice(this.from, this.to);
  }

  get span(): Span {
    return blockSpan(this.doc.article.blocks[this.block], this.from, this.to);
  }

  get parts(): readonly string[] {
    return this.spelled.lowerParts;
  }

  get normal(): string {
    return this.spelled.choice.normal;
  }

  get british(): string[] {
    return this.spelled.choice.british;
  }

  get signature(): string {
    return this.spelled.choice.signature;
  }
}
