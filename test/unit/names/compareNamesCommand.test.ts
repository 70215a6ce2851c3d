import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { compareNamesCommand } from '../../../src/cli/compareNames';

describe('compareNamesCommand', () => {
  let directory = '';
  beforeEach(() => { directory = mkdtempSync(path.join(tmpdir(), 'wirecheck-names-')); });
  afterEach(() => rmSync(directory, { recursive: true, force: true }));

  async function run(csv: string): Promise<{ code: number; lines: string[] }> {
    const file = path.join(directory, 'pairs.csv');
    writeFileSync(file, csv);
    const lines: string[] = [];
    const code = await compareNamesCommand(file, (line) => lines.push(line));
    return { code, lines };
  }

  it('writes one JSON line per data row, skipping the header and extra columns', async () => {
    const { code, lines } = await run('name1,name2,is_match\r\n"Putin, Vladimir",Vladimir Putin,true\r\nSergey Lavrov,Sergey Shoigu,false\r\n');
    assert.equal(code, 0);
    assert.equal(lines.length, 2);
    assert.deepEqual(JSON.parse(lines[0]), { name1: 'Putin, Vladimir', name2: 'Vladimir Putin', same: true, score: 1 });
    const second = JSON.parse(lines[1]);
    assert.deepEqual([second.name1, second.name2, second.same], ['Sergey Lavrov', 'Sergey Shoigu', false]);
  });

  it('compares the first row when it is not a header', async () => {
    const { lines } = await run('Tô Lâm,To Lam\n');
    assert.equal(JSON.parse(lines[0]).same, true);
  });

  it('rounds scores to two decimals', async () => {
    const { lines } = await run('Olaf Scholze,Olaf Scholz\n');
    const { score } = JSON.parse(lines[0]);
    assert.equal(score, Math.round(score * 100) / 100);
  });

  it('returns 2 and says so for a file that cannot be read', async () => {
    const [lines, warnings]: string[][] = [[], []];
    const missing = path.join(directory, 'missing.csv');
    const code = await compareNamesCommand(missing, (line) => lines.push(line), (message) => warnings.push(message));
    assert.equal(code, 2);
    assert.deepEqual(lines, []);
    assert.equal(warnings.length, 1);
    assert.ok(warnings[0].includes(`cannot read ${missing}`), warnings[0]);
  });
});
