// Prints the benchmark's results: the targets table (each figure beside its target, met or not),
// then the detail behind it — per size, per stage, and how each stage's cost per document grows.

const MB = 1e6;
const fixed = (n, digits = 1) => (n === undefined || Number.isNaN(n) ? '—' : n.toFixed(digits));
const thousands = (n) => n.toLocaleString('en-US');
const mbps = (bytes, seconds) => bytes / MB / seconds;

function table(rows) {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)));
  const line = (r) => r.map((cell, c) => String(cell).padEnd(widths[c])).join('  ').trimEnd();
  return [line(rows[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

function status(measured, met) {
  return measured === undefined ? 'not measured' : met ? 'met' : 'NOT MET';
}

/** Cost per document at the largest size over that at the smallest: 1.0 is perfectly linear. */
export function growth(results, seconds) {
  const sizes = Object.keys(results.cli).map(Number).sort((a, b) => a - b);
  const timed = sizes.filter((s) => seconds(s) !== undefined);
  if (timed.length < 2) return undefined;
  const [small, large] = [timed[0], timed.at(-1)];
  return { small, large, ratio: (seconds(large) / large) / (seconds(small) / small) };
}

function targetRows(results, largest) {
  const cli = results.cli[largest];
  const cliMbps = cli?.ok ? mbps(results.corpora[largest].bytes, cli.seconds) : undefined;
  const tl = results.textlint;
  const tlMbps = tl?.ok ? mbps(tl.bytes, tl.seconds) : undefined;
  const tlSameSize = tl?.size === largest ? cliMbps : results.cli[tl?.size]?.ok ? mbps(results.corpora[tl.size].bytes, results.cli[tl.size].seconds) : undefined;
  const ratio = tlMbps && tlSameSize ? tlSameSize / tlMbps : undefined;
  const stoppedCli = tl?.size === largest && cli?.timedOut ? mbps(results.corpora[largest].bytes, cli.seconds) : undefined;
  const ratioBound = tlMbps && stoppedCli !== undefined ? stoppedCli / tlMbps : undefined;
  const ratioText = ratio !== undefined ? `${fixed(ratio, 2)}x (${fixed(tlSameSize, 2)} vs ${fixed(tlMbps, 2)} MB/s)`
    : ratioBound !== undefined ? `< ${fixed(ratioBound, 2)}x (< ${fixed(stoppedCli, 2)} vs ${fixed(tlMbps, 2)} MB/s)` : tl?.note ?? tl?.error ?? '—';
  const linear = growth(results, (s) => (results.cli[s]?.ok || results.cli[s]?.timedOut ? results.cli[s].seconds : undefined));
  const linearBound = linear && results.cli[linear.large]?.timedOut;
  const lastPair = largestPairGrowth(results);
  const edit = results.edit, align = results.align, act = results.activation;
  const at = `${thousands(largest)} docs`;
  const bytes = results.corpora[largest].bytes;
  const runs = cli?.runs?.length > 1 ? `; median of ${cli.runs.length} runs: ${cli.runs.map((s) => fixed(s)).join(', ')} s${cli.repeatNote ? `; ${cli.repeatNote}` : ''}` : cli?.repeatNote ? `; one run only, ${cli.repeatNote}` : '';
  const cliText = cliMbps !== undefined ? `${fixed(cliMbps, 2)} MB/s (${fixed(cli.seconds)} s for ${fixed(bytes / MB)} MB${runs})`
    : cli?.timedOut ? `< ${fixed(mbps(bytes, cli.seconds), 2)} MB/s (stopped after ${fixed(cli.seconds, 0)} s)` : cli?.note ?? cli?.error ?? '—';
  const cliBound = cli?.timedOut ? mbps(bytes, cli.seconds) : undefined;
  const rss = cli?.peakRssMB;
  const editText = edit?.medianCheck === undefined ? edit?.note ?? '—'
    : `${fixed(edit.medianCheck)} ms check() (set() ${fixed(edit.medianSet, 2)} ms; median of ${edit.check.length}, slowest ${fixed(edit.maxCheck)} ms)`;
  return [
    ['figure', 'measured', 'target', 'status'],
    [`full CLI check, ${at}`, cliText, '>= 10 MB/s', cliBound !== undefined && cliBound < 10 ? 'NOT MET' : status(cliMbps, cliMbps >= 10)],
    [`vs textlint-terminology, ${thousands(tl?.size ?? largest)} docs`, ratioText, '>= 5x', ratioBound !== undefined && ratioBound < 5 ? 'NOT MET' : status(ratio, ratio >= 5)],
    [`CLI cost/doc growth ${linear ? `${thousands(linear.small)}->${thousands(linear.large)}` : ''}`, linear ? `${linearBound ? '> ' : ''}${fixed(linear.ratio, 2)}x per document${linearBound ? ' (largest run stopped)' : ''}${lastPair}` : '—',
      '<= 1.5x (near-linear)', linearBound ? (linear.ratio > 1.5 ? 'NOT MET' : 'not measured') : status(linear?.ratio, linear?.ratio <= 1.5)],
    [`re-check after 1 edit, ${thousands(edit?.documents ?? 2000)} docs`, editText, '< 50 ms', status(edit?.medianCheck, edit?.medianCheck < 50)],
    ['extension activation', act?.ok ? `${fixed(act.ms)} ms (activate() in VS Code, from the integration rig)` : act?.note ?? act?.error ?? '—', '< 150 ms', status(act?.ok ? act.ms : undefined, act?.ms < 150)],
    ['aligned comparison, 2 x ~2,000 words', align?.median === undefined ? align?.note ?? align?.error ?? '—' : `${fixed(align.median)} ms median (${align.words.join(' + ')} words; max ${fixed(align.max)} ms)`, '< 50 ms', status(align?.median, align?.median < 50)],
    [`peak memory of the CLI check, ${at}`, rss === undefined ? '—' : `${cli.timedOut ? '>= ' : ''}${fixed(rss, 0)} MB RSS${cli.timedOut ? ' when stopped' : runs ? ` (highest of ${cli.runs.length} runs)` : ''}`, '< 600 MB',
      cli?.timedOut ? (rss >= 600 ? 'NOT MET' : 'not measured') : status(cli?.ok ? rss : undefined, rss < 600)],
  ];
}

function sizeRows(results) {
  const rows = [['docs', 'MB', 'CLI wall s', 'CLI CPU s', 'main thread CPU s', 'CLI MB/s', 'peak RSS MB', 'ms/doc (CLI)', 'in-process s']];
  for (const size of Object.keys(results.cli).map(Number).sort((a, b) => a - b)) {
    const cli = results.cli[size], st = results.stages[size], bytes = results.corpora[size].bytes;
    const stopped = cli.timedOut ? '> ' : '';
    const measured = cli.ok || cli.timedOut;
    rows.push([thousands(size), fixed(bytes / MB), measured ? `${stopped}${fixed(cli.seconds)}` : cli.note ?? cli.error, measured ? `${stopped}${fixed(cli.cpuSeconds)}` : '—',
      measured && cli.mainThreadCpuSeconds !== undefined ? `${stopped}${fixed(cli.mainThreadCpuSeconds)}` : '—',
      measured ? `${cli.timedOut ? '< ' : ''}${fixed(mbps(bytes, cli.seconds), 2)}` : '—', measured ? `${stopped ? '>= ' : ''}${fixed(cli.peakRssMB, 0)}` : '—', cli.ok ? fixed((cli.seconds * 1000) / size, 2) : '—', st?.ms ? fixed(st.seconds) : st?.note ?? st?.error ?? '—']);
  }
  return rows;
}

function stageNames(results) {
  const names = new Set();
  for (const st of Object.values(results.stages)) if (st?.ms) for (const k of Object.keys(st.ms).concat(Object.keys(st.timings))) names.add(k);
  return ['read', 'wordList', 'analyse', ...[...names].filter((n) => !['read', 'wordList', 'analyse', 'check', 'report'].includes(n)), 'report'];
}

function stageMs(st, name) {
  return st.timings[name] ?? st.ms[name];
}

/** Cost per document at size b over that at size a, for a stage's ms at both. */
const perDocGrowth = (msA, a, msB, b) => (msA > 0 ? (msB / b) / (msA / a) : undefined);

function stageRows(results) {
  const sizes = stageSizes(results);
  if (!sizes.length) return undefined;
  // growth between the two largest sizes shows what fixed start-up costs hide in the 1k->10k figure
  const pairs = sizes.length > 1 ? [[sizes[0], sizes.at(-1)], ...sizes.length > 2 ? [[sizes.at(-2), sizes.at(-1)]] : []] : [];
  const rows = [['stage (ms)', ...sizes.map(thousands), ...pairs.map(([a, b]) => `per-doc ${thousands(a)}->${thousands(b)}`)]];
  const row = (name, valueAt) => {
    const values = sizes.map(valueAt);
    const growths = pairs.map(([a, b]) => perDocGrowth(values[sizes.indexOf(a)], a, values[sizes.indexOf(b)], b));
    rows.push([name, ...values.map((v) => fixed(v, 0)), ...growths.map((g) => (g === undefined ? '—' : `${fixed(g, 2)}x`))]);
  };
  for (const name of stageNames(results)) row(name, (s) => stageMs(results.stages[s], name));
  row('total', (s) => stageTotal(results, s));
  return rows;
}

function stageSizes(results) {
  return Object.keys(results.stages).map(Number).filter((s) => results.stages[s]?.ms).sort((a, b) => a - b);
}

const stageTotal = (results, size) => stageNames(results).reduce((n, name) => n + (stageMs(results.stages[size], name) ?? 0), 0);

/** "; in-process 5,000->10,000: 1.12x" when a third size shows growth free of start-up costs. */
function largestPairGrowth(results) {
  const sizes = stageSizes(results);
  if (sizes.length < 3) return '';
  const [a, b] = sizes.slice(-2);
  return `; in-process ${thousands(a)}->${thousands(b)}: ${fixed(perDocGrowth(stageTotal(results, a), a, stageTotal(results, b), b), 2)}x`;
}

/** Stages whose cost per document grows more than 1.5x between the two largest sizes measured. */
export function superlinearStages(results) {
  const sizes = stageSizes(results);
  if (sizes.length < 2) return [];
  const [a, b] = sizes.slice(-2);
  return stageNames(results)
    .map((name) => [name, perDocGrowth(stageMs(results.stages[a], name), a, stageMs(results.stages[b], name), b)])
    .filter(([, g]) => g > 1.5)
    .map(([name, g]) => `${name} ${fixed(g, 2)}x (${thousands(a)}->${thousands(b)})`);
}

/** The CLI's own stage timings of a run, with each stage's share of that run's wall time. */
function cliStageRows(cli) {
  if (!cli?.stages?.length) return undefined;
  const seconds = cli.stagesRun?.seconds ?? cli.seconds;
  const rows = [['stage', 'ms', 'share of wall']];
  for (const [stage, ms] of cli.stages) rows.push([stage, thousands(Math.round(ms)), `${fixed((100 * ms) / (seconds * 1000), 1)}%`]);
  return rows;
}

/** Which run the stages are from, when there were several: "the median run; ", "the slower of two runs; ". */
function stagesRunName(cli) {
  const runs = cli.stagesRun?.of ?? 1;
  return runs === 1 ? '' : runs === 2 ? 'the slower of two runs; ' : 'the median run; ';
}

function findingRows(results) {
  const sizes = Object.keys(results.stages).map(Number).filter((s) => results.stages[s]?.findings).sort((a, b) => a - b);
  if (!sizes.length) return undefined;
  const rules = [...new Set(sizes.flatMap((s) => Object.keys(results.stages[s].findings)))].sort();
  const rows = [['findings by rule', ...sizes.map(thousands)]];
  for (const rule of rules) rows.push([rule, ...sizes.map((s) => thousands(results.stages[s].findings[rule] ?? 0))]);
  rows.push(['stories found / generated', ...sizes.map((s) => `${thousands(results.stages[s].stories)} / ${thousands(results.corpora[s].stories)}`)]);
  rows.push(['planted (all kinds)', ...sizes.map((s) => thousands(Object.values(results.corpora[s].planted).reduce((a, b) => a + b, 0)))]);
  return rows;
}

export function printReport(results, largest, log = console.log) {
  log(`\nWirecheck benchmark — ${results.machine}\n`);
  log(table(targetRows(results, largest)));
  log(`\nPer size (CLI: \`node dist/cli.js check <dir> --format json\` in a child process, wall time incl. start-up and writing the report; ${results.analysisThreads} analysis thread(s) beside the main one, its default here; main thread CPU from /proc while it runs, the steadier figure when the machine's speed drifts):\n`);
  log(table(sizeRows(results)));
  const tl = results.textlint;
  if (tl?.ok) {
    log(`\ntextlint ${tl.version ?? ''} + textlint-rule-terminology (5 term pairs, .textlintrc in a temp dir), CLI over the ${thousands(tl.size)}-document folder: ${thousands(tl.files)} .txt/.md files, ${fixed(tl.bytes / MB)} MB in ${fixed(tl.seconds)} s wall (${fixed(tl.cpuSeconds)} s CPU) = ${fixed(mbps(tl.bytes, tl.seconds), 2)} MB/s, peak RSS ${fixed(tl.peakRssMB, 0)} MB, ${thousands(tl.messages)} messages.`);
  }
  const cliStages = cliStageRows(results.cli[largest]);
  if (cliStages) log(`\nWhere the time went in the ${thousands(largest)}-document CLI check (${stagesRunName(results.cli[largest])}its own \`--timings\`, wall ms, each stage's share of that run's wall time from the process's start; reading and analysing holds each rule's reading of every document, and every later stage runs on the main thread alone):\n\n${table(cliStages)}`);
  const stages = stageRows(results);
  if (stages) log(`\nIn-process stages (bench/stages.mjs through the bundled engine; per-doc a->b = cost per document at b / at a, 1.00x is linear):\n\n${table(stages)}`);
  const superlinear = superlinearStages(results);
  if (superlinear.length) log(`\nGrowing faster than the corpus (cost per document up > 1.5x between the two largest sizes): ${superlinear.join('; ')}`);
  const findings = findingRows(results);
  if (findings) log(`\nWhat the checks reported on the generated corpora (for orientation; planted kinds: ${JSON.stringify(results.corpora[largest].planted)}):\n\n${table(findings)}`);
  for (const note of results.notes) log(`\nnote: ${note}`);
}
