// A mistake in how wirecheck was called: exit code 2 and a pointer to --help.
export class UsageError extends Error {}
