// The engine as the benchmark drives it in-process: run.mjs bundles this file with esbuild into
// out/bench/engine.js (the same bundling the CLI gets, with dist/words.txt copied beside it), so
// the stages of a CLI check (src/cli/checkCommand.ts runCheck) can be timed one by one.
export { readCorpus } from '../src/cli/readCorpus';
export { compareVersions } from '../src/core/compare/compareVersions';
export { analyzeDocument } from '../src/core/engine/analyzedDocument';
export { createCorpus } from '../src/core/engine/createCorpus';
export { jsonChunks } from '../src/core/report/jsonChunks';
export { buildReport } from '../src/core/report/jsonReport';
export { englishLexicon } from '../src/node/wordList';
export { defaultAnalysisThreads } from '../src/node/analysisThreads';
