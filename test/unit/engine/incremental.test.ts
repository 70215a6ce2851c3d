// A corpus kept up to date edit by edit must report exactly what a fresh check of the final corpus
// reports: every rule that keeps state between checks (indexes, cached judgements, story links) is
// held to it here, over a generated corpus with planted variants and the seeds.
import assert from 'node:assert/strict';
import { generateDocuments } from '../../../bench/gen/corpus.mjs';
import { defaultHouseStyle, type HouseStyle } from '../../../src/core/config/houseStyle';
import type { CheckResult } from '../../../src/core/engine/corpus';
import { createCorpus } from '../../../src/core/engine/createCorpus';
import { RULE_IDS, type SourceDocument } from '../../../src/core/types';
import { englishWords } from '../gluedWords/englishWords';
import { random } from '../random';
import { seedDocuments } from '../seedCorpus';

/** What an editor does to one article: fix or break a word, cut a paragraph, glue two words. */
const EDITS: ((text: string, pick: () => number) => string)[] = [
  (text) => text.replace(' the ', ' a '),
  (text) => text.replace(/Sergey|Sergei/, (m) => (m === 'Sergey' ? 'Sergei' : 'Sergey')),
  (text, pick) => { const paragraphs = text.split('\n\n'); paragraphs.splice(Math.floor(pick() * paragraphs.length), 1); return paragraphs.join('\n\n'); },
  (text, pick) => { const at = text.indexOf(' ', Math.floor(pick() * text.length)); return at < 0 ? text : text.slice(0, at) + text.slice(at + 1); },
  (text) => text.replace(/defence/i, (m) => (m[0] === 'D' ? 'Defense' : 'defense')),
  (text) => `${text}\nThe talks will resume on Tuesday, 12 May, officials said in a statement.\n`,
];

/** Findings and stories as plain data, so two results compare with deepEqual (link scores exactly). */
function comparable(result: CheckResult) {
  return {
    findings: result.findings.map((f) => ({ ...f, related: f.related.map((r) => ({ ...r })) })),
    stories: result.stories.map((s) => ({ documents: s.documents, headline: s.headline, links: s.links })),
    failures: result.failures,
    unanalysed: result.unanalysed,
  };
}

function freshCheck(documents: ReadonlyMap<string, string>, style: HouseStyle): CheckResult {
  const corpus = createCorpus({ lexicon: englishWords(), style });
  for (const [path, text] of documents) corpus.set({ path, text });
  return corpus.check();
}

function startingCorpus(): SourceDocument[] {
  return [...[...generateDocuments(60, 'incremental')].map(({ path, text }) => ({ path, text })), ...seedDocuments()];
}

/** What each step does, in turn; edits (the commonest change) fill the rest. */
const STEP_KINDS = ['edit', 'delete', 'edit', 'restyle', 'edit', 'toggle', 'restore', 'rename', 'edit', 'toggle'] as const;

describe('incremental checking', function () {
  this.timeout(120_000);

  it('equals a fresh check of the final corpus after every edit, deletion, rename, re-addition, house-style change and rule turned off or on', () => {
    const pick = random(20261122);
    const documents = new Map(startingCorpus().map((d) => [d.path, d.text]));
    const removed = new Map<string, string>();
    let style = defaultHouseStyle();
    const corpus = createCorpus({ lexicon: englishWords(), style });
    for (const [path, text] of documents) corpus.set({ path, text });
    corpus.check();
    for (let step = 0; step < 30; step++) {
      const paths = [...documents.keys()];
      const path = paths[Math.floor(pick() * paths.length)];
      const action = STEP_KINDS[step % STEP_KINDS.length];
      if (action === 'restore' && removed.size) {
        const [back, text] = [...removed][0];
        removed.delete(back);
        documents.set(back, text);
        corpus.set({ path: back, text });
      } else if (action === 'delete') {
        removed.set(path, documents.get(path)!);
        documents.delete(path);
        corpus.delete(path);
      } else if (action === 'restyle') {
        style = { ...style, preferred: [...style.preferred, 'Sergei Shoigu'], ignore: step % 2 ? ['Vasilyevich'] : [] };
        corpus.setStyle(style);
      } else if (action === 'toggle') {
        // a rule turned off and on again must catch up with what changed meanwhile
        const rule = RULE_IDS[Math.floor(pick() * RULE_IDS.length)];
        style = { ...style, rules: { ...style.rules, [rule]: style.rules[rule] === 'off' ? 'warning' : 'off' } };
        corpus.setStyle(style);
      } else if (action === 'rename') {
        const renamed = `renamed-${step}-${path}`;
        documents.set(renamed, documents.get(path)!);
        documents.delete(path);
        corpus.delete(path);
        corpus.set({ path: renamed, text: documents.get(renamed)! });
      } else {
        const text = EDITS[Math.floor(pick() * EDITS.length)](documents.get(path)!, pick);
        documents.set(path, text);
        corpus.set({ path, text });
      }
      assert.deepEqual(comparable(corpus.check()), comparable(freshCheck(documents, style)), `after step ${step}`);
    }
  });
});
