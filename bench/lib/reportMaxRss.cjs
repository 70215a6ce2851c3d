// Preloaded (node --require) into a measured child where /usr/bin/time is missing: reports the
// process's peak resident set size on stderr as it exits.
process.on('exit', () => {
  process.stderr.write(`wirecheck-bench maxRSS ${process.resourceUsage().maxRSS}\n`);
});
