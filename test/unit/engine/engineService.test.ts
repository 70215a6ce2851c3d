import assert from 'node:assert/strict';
import type { Snapshot } from '../../../src/node/engineProtocol';
import { EngineService } from '../../../src/node/engineService';
import { seedDocuments } from '../seedCorpus';

function comparable(snapshot: Snapshot) {
  const { generation: _g, timings: _t, ...rest } = snapshot;
  return rest;
}

describe('EngineService', () => {
  it('gives the same result after incremental edits as a full check of the final corpus', () => {
    const seeds = seedDocuments();
    const incremental = new EngineService();
    incremental.handle({ kind: 'update', set: seeds, remove: [] });
    incremental.handle({ kind: 'check', generation: 1 });
    const edited = seeds.map((d) => (d.path.startsWith('002') ? { ...d, text: d.text.replace('Sergei Shoigu', 'Sergey Shoigu') } : d));
    incremental.handle({ kind: 'update', set: [edited[2]], remove: [seeds[4].path] });
    const after = incremental.handle({ kind: 'check', generation: 2 });

    const full = new EngineService();
    full.handle({ kind: 'update', set: edited.filter((d) => d.path !== seeds[4].path), remove: [] });
    assert.deepEqual(comparable(after), comparable(full.handle({ kind: 'check', generation: 2 })));
    assert.ok(!after.findings.some((f) => f.rule === 'name-variant'), 'the edit resolved the only name variant left');
  });

  it('places findings at 0-based lines and columns and summarises documents without their text', () => {
    const service = new EngineService();
    service.handle({ kind: 'update', set: seedDocuments(), remove: [] });
    const snapshot = service.handle({ kind: 'check', generation: 7 });
    assert.equal(snapshot.generation, 7);
    const sergei = snapshot.findings.find((f) => f.rule === 'name-variant' && f.path.startsWith('002'))!;
    assert.deepEqual(sergei.range, { line: 16, column: 93, endLine: 16, endColumn: 106 });
    const doc000 = snapshot.documents.find((d) => d.path.startsWith('000'))!;
    assert.equal(doc000.outlet?.name, 'VnExpress');
    assert.ok(!('text' in doc000));
    // the menu above the headline and everything after the source line, each one run of lines
    assert.deepEqual(doc000.furniture.map((f) => f.reason), ['before the article', 'after the source line']);
    assert.ok(doc000.furniture[0].start === 0 && doc000.furniture[0].end < doc000.headline!.start);
  });

  it('answers comparisons, story facts, names and bodies from the same corpus', () => {
    const service = new EngineService();
    const seeds = seedDocuments();
    service.handle({ kind: 'update', set: seeds, remove: [] });
    const comparison = service.handle({ kind: 'compare', a: seeds[0].path, b: seeds[1].path })!;
    assert.ok(comparison.summary.pairs > 5);
    assert.match(service.handle({ kind: 'facts', path: seeds[1].path })!, /^# Story facts: Russia considers Vietnam/);
    const names = service.handle({ kind: 'names' });
    assert.ok(names.some((g) => g.forms.map((f) => f.form).sort().join() === 'Sergei Shoigu,Sergey Shoigu'));
    assert.ok(service.handle({ kind: 'body', path: seeds[3].path })!.startsWith('Viet Nam Always Sees Russia'));
    assert.equal(service.handle({ kind: 'compare', a: 'missing.txt', b: seeds[1].path }), undefined);
  });

  it('reports a broken house-style file with its position and keeps the defaults', () => {
    const service = new EngineService();
    const { problems } = service.handle({ kind: 'style', text: '{ "locale": "uk", }\n{' });
    assert.equal(problems.length, 1);
    assert.equal(problems[0].line, 2);
  });
});
