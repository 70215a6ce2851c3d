// Counts as the CLI prints them to a person: "10,000 files", "1 thread".

export function thousands(n: number): string {
  return n.toLocaleString('en-US');
}

/** "1 file", "10,000 files". */
export function counted(n: number, noun: string): string {
  return `${thousands(n)} ${noun}${n === 1 ? '' : 's'}`;
}
