// One document that breaks the engine must cost that document, not the run: an analysis that
// throws leaves the document out with its path and the error; a rule that throws is reported by
// id and the other rules' findings stand.
import assert from 'node:assert/strict';
import { checkDocuments } from '../../../src/cli/checkCommand';
import { defaultHouseStyle } from '../../../src/core/config/houseStyle';
import { analyzeDocument } from '../../../src/core/engine/analyzedDocument';
import { Corpus } from '../../../src/core/engine/corpus';
import type { Rule } from '../../../src/core/engine/rule';
import { createRules } from '../../../src/core/rules';
import type { Finding, SourceDocument } from '../../../src/core/types';
import { seedDocuments } from '../seedCorpus';

const POISON = 'poison.txt';
const poison: SourceDocument = { path: POISON, text: 'Headline\nA body the extractor chokes on.\n' };

/** The real analyser, except that it throws, as an extraction bug would, on the poison document. */
function failingOn(path: string) {
  return (doc: SourceDocument) => {
    if (doc.path === path) throw new TypeError("Cannot read properties of undefined (reading 'kind')");
    return analyzeDocument(doc);
  };
}

const key = (f: Finding) => `${f.rule} ${f.path} ${f.span.start}-${f.span.end} ${f.text}`;

function checked(corpus: Corpus, docs: SourceDocument[]) {
  for (const doc of docs) corpus.set(doc);
  return corpus.check();
}

describe('a document whose analysis throws', () => {
  let healthy: ReturnType<typeof checked>;
  before(() => { healthy = checked(new Corpus(createRules()), seedDocuments()); });

  it('is left out with its path and error; every other document is checked as before', () => {
    const corpus = new Corpus(createRules(), defaultHouseStyle(), failingOn(POISON));
    const docs = seedDocuments();
    const result = checked(corpus, [...docs.slice(0, 2), poison, ...docs.slice(2)]);
    assert.deepEqual(result.unanalysed, [{ path: POISON, error: "Cannot read properties of undefined (reading 'kind')" }]);
    assert.deepEqual(result.documents.map((d) => d.source.path), docs.map((d) => d.path));
    assert.deepEqual(result.findings.map(key), healthy.findings.map(key));
    assert.ok(result.findings.some((f) => f.rule === 'name-variant' && f.text === 'Sergei Shoigu'));
  });

  it('drops the analysis of its previous text, and comes back once its text can be read', () => {
    const fixed = { path: POISON, text: 'Headline\nA harmless body.\n' };
    const failing = failingOn(POISON);
    const corpus = new Corpus(createRules(), defaultHouseStyle(), (doc) => (doc.text === poison.text ? failing(doc) : analyzeDocument(doc)));
    const state = () => { const r = corpus.check(); return [r.documents.map((d) => d.source.path), r.unanalysed.map((u) => u.path)]; };
    assert.ok(corpus.set(fixed));
    assert.equal(corpus.set(poison), undefined); // an edit that breaks extraction
    assert.deepEqual(state(), [[], [POISON]]); // the old analysis points into text that is gone
    assert.ok(corpus.set(fixed));
    assert.deepEqual(state(), [[POISON], []]);
    corpus.set(poison);
    corpus.delete(POISON);
    assert.deepEqual(state(), [[], []]);
  });

  it('is listed by the CLI under "errors" with its path and named on stderr', () => {
    const warnings: string[] = [];
    const corpus = new Corpus(createRules(), defaultHouseStyle(), failingOn(POISON));
    const report = checkDocuments(corpus, [...seedDocuments(), poison], [], (line) => warnings.push(line));
    const message = "could not be analysed, so it was not checked: Cannot read properties of undefined (reading 'kind')";
    assert.deepEqual(report.errors, [{ path: POISON, message }]);
    assert.deepEqual(warnings, [`${POISON}: ${message}`]);
    assert.equal(report.documents.length, 5);
    assert.ok(report.findings.length > 0);
  });
});

describe('a rule that throws on one document', () => {
  // What happens today: the rule is reported by id and all its findings are lost, in every
  // document; the other rules' findings stand.
  const rules = createRules();
  const throwing = (id: string): Rule[] => rules.map((rule) => (rule.id !== id ? rule : {
    ...rule,
    check: (view) => {
      if (view.byPath.has(POISON)) throw new RangeError('Invalid time value');
      return rule.check(view);
    },
  }));

  it('is reported by id; the other rules still report every document', () => {
    const victim = 'name-variant';
    const corpus = new Corpus(throwing(victim));
    const result = checked(corpus, [...seedDocuments(), poison]);
    const healthy = checked(new Corpus(rules), [...seedDocuments(), poison]);
    assert.deepEqual(result.failures, [{ rule: victim, error: 'Invalid time value' }]);
    assert.deepEqual(result.findings.map(key), healthy.findings.filter((f) => f.rule !== victim).map(key));
    assert.ok(result.findings.some((f) => f.rule === 'spelling-variant'));
  });

  it('is named on the CLI\'s stderr and under "errors"', () => {
    const warnings: string[] = [];
    const report = checkDocuments(new Corpus(throwing('weekday-mismatch')), [...seedDocuments(), poison], [], (line) => warnings.push(line));
    assert.deepEqual(report.errors, [{ rule: 'weekday-mismatch', message: 'Invalid time value' }]);
    assert.deepEqual(warnings, ['rule weekday-mismatch failed: Invalid time value']);
  });
});

describe('a rule with a flood of findings', () => {
  it('has all 200,000 of them reported (they once overflowed the call stack and were lost as a rule failure)', () => {
    const doc: SourceDocument = { path: 'flood.txt', text: 'Headline\nA body with a word.\n' };
    const flood: Rule = {
      id: 'spelling-variant', defaultSeverity: 'info', description: 'a finding per position, many times over',
      check: (view) => Array.from({ length: 200_000 }, (_, i) => ({
        rule: 'spelling-variant', severity: 'info', message: 'flood', path: doc.path,
        span: { start: i % 20, end: (i % 20) + 1 }, text: view.byPath.get(doc.path)!.source.text[i % 20], related: [],
      })),
    };
    const result = checked(new Corpus([flood]), [doc]);
    assert.deepEqual(result.failures, []);
    assert.equal(result.findings.length, 200_000);
  });
});
