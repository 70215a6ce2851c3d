import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { createCorpus } from '../../../src/core/engine/createCorpus';
import { lexiconFromWordList } from '../../../src/core/lexicon/lexicon';
import { buildReport } from '../../../src/core/report/jsonReport';
import { toSarif } from '../../../src/core/report/sarif';
import { createRules } from '../../../src/core/rules';
import path from 'node:path';
import { SEEDS_DIR, seedDocuments } from '../seedCorpus';

// The official SARIF 2.1.0 schema, as shipped by Microsoft's SARIF tooling on npm. One of its
// patterns is not valid as a Unicode regular expression, hence unicodeRegExp: false.
const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));

function sarifValidator() {
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  return ajv.compile(schema);
}

describe('SARIF output', () => {
  it('validates against the SARIF 2.1.0 schema, with every rule, fix and related location of the seeds', () => {
    const lexicon = lexiconFromWordList(readFileSync(path.join(SEEDS_DIR, '..', 'node_modules', 'word-list', 'words.txt'), 'utf8'));
    const corpus = createCorpus({ lexicon });
    for (const doc of seedDocuments()) corpus.set(doc);
    const report = buildReport(corpus.check(), [{ path: 'photo.txt', reason: 'binary file (contains NUL bytes)' }]);
    const sarif = toSarif(report, createRules()) as { runs: { results: { ruleId: string; fixes?: unknown[]; relatedLocations: unknown[] }[] }[] };
    const validate = sarifValidator();
    assert.ok(validate(sarif), JSON.stringify(validate.errors?.slice(0, 5), null, 1));
    const results = sarif.runs[0].results;
    assert.equal(results.length, report.findings.length);
    assert.ok(results.some((r) => r.ruleId === 'glued-words' && r.fixes?.length === 1));
    assert.ok(results.some((r) => r.ruleId === 'name-variant' && r.relatedLocations.length > 0));
  });

  it('is rejected by the schema when a result lacks its message (the check can fail)', () => {
    const validate = sarifValidator();
    const broken = { version: '2.1.0', runs: [{ tool: { driver: { name: 'wirecheck' } }, results: [{ ruleId: 'x' }] }] };
    assert.equal(validate(broken), false);
  });
});
