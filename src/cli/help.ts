// The text of `wirecheck --help`.
declare const WIRECHECK_VERSION: string | undefined;

export const VERSION = typeof WIRECHECK_VERSION === 'string' ? WIRECHECK_VERSION : '0.0.0-dev';

export const HELP = `wirecheck ${VERSION} — editorial consistency checks for a corpus of news articles

Usage:
  wirecheck check <paths…> [--format stylish|json|sarif] [--config FILE] [--max-warnings N]
                  [--max-file-size N] [--threads N] [--timings]
  wirecheck stories <paths…> [--format text|json]
  wirecheck compare-names <file.csv>
  wirecheck --help | --version

Paths are files or folders; folders are searched for .txt, .md, .html and .htm files
(node_modules and .git are never searched). A .wirecheck.json house-style file in the first
folder given is used unless --config names another.

Options:
  --format          output format (check: stylish, json or sarif; stories: text or json)
  --config FILE     house-style file (preferred forms, locale, date orders, ignored words, rules)
  --max-warnings N  check: exit 1 when there are more than N warnings (errors always fail)
  --max-file-size N skip files larger than N bytes (default 5 MB)
  --threads N       threads that extract articles beside the main one (default: one fewer
                    than the processor's cores, two at most; 0: all on the main thread); the
                    report is the same either way
  --timings         check: after the report, print on stderr how long each stage took (reading
                    and analysing, which holds each rule's reading of every document; grouping
                    stories; each rule's comparing; writing the report)

Exit codes:
  0  no findings (or no more warnings than --max-warnings and no errors)
  1  findings
  2  usage error or fatal error
`;
