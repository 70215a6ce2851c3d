// The wirecheck.exclude globs as a test on workspace-relative paths, for the folder walk that finds
// what the workspace search cannot return (unlistedEntries.ts): the same syntax findFiles takes
// (`**`, `*`, `?`, `{a,b}`, `[a-z]`), paths with `/` separators.

/** Whether a relative path (a file, or a folder when `folder`) is excluded by any of `globs`. */
export function globMatcher(globs: readonly string[]): (path: string, folder: boolean) => boolean {
  const patterns = globs.map((glob) => new RegExp(`^${globSource(glob.replace(/^\.\//, ''))}$`));
  const matches = (path: string) => patterns.some((p) => p.test(path));
  // `**/out/**` excludes the folder out itself: everything in it would match
  return (path, folder) => matches(path) || (folder && matches(`${path}/\u0000`));
}

function globSource(glob: string): string {
  let source = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (glob.startsWith('**/', i)) { source += '(?:.*/)?'; i += 2; }
    else if (glob.startsWith('**', i)) { source += '.*'; i += 1; }
    else if (c === '*') source += '[^/]*';
    else if (c === '?') source += '[^/]';
    else if (c === '{') { const end = closing(glob, i); source += `(?:${alternatives(glob.slice(i + 1, end)).map(globSource).join('|')})`; i = end; }
    else if (c === '[' && glob.indexOf(']', i + 2) > 0) { const end = glob.indexOf(']', i + 2); source += `[${glob.slice(i + 1, end).replace(/^!/, '^').replace(/\\/g, '\\\\')}]`; i = end; }
    else source += c.replace(/[.+^$()|\\\]{}]/g, '\\$&');
  }
  return source;
}

/** Where the `{` at `open` is closed (nested braces counted); the end of the glob if never. */
function closing(glob: string, open: number): number {
  let depth = 0;
  for (let i = open; i < glob.length; i++) {
    if (glob[i] === '{') depth++;
    else if (glob[i] === '}' && --depth === 0) return i;
  }
  return glob.length;
}

/** The comma-separated alternatives of a brace group, commas inside nested braces kept. */
function alternatives(inner: string): string[] {
  const parts: string[] = [];
  let depth = 0, start = 0;
  for (let i = 0; i < inner.length; i++) {
    if (inner[i] === '{') depth++;
    else if (inner[i] === '}') depth--;
    else if (inner[i] === ',' && depth === 0) { parts.push(inner.slice(start, i)); start = i + 1; }
  }
  return [...parts, inner.slice(start)];
}
