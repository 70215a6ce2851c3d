// The documents that use one key of an index. Most keys are used by one document, and a Set for
// each of them was the larger part of the spelling and acronym indexes: a lone document is kept
// as itself, and a Set is made when a second one comes.
import type { AnalyzedDocument } from '../engine/analyzedDocument';

/** No document (a key followed before any document uses it), one, or several in the order they came. */
export type DocumentUsers = AnalyzedDocument | Set<AnalyzedDocument> | undefined;

export function withUser(users: DocumentUsers, doc: AnalyzedDocument): DocumentUsers {
  if (users === undefined || users === doc) return doc;
  if (users instanceof Set) return users.add(doc);
  return new Set([users, doc]);
}

/** The users without `doc`; the same value when it was not among them. */
export function withoutUser(users: DocumentUsers, doc: AnalyzedDocument): DocumentUsers {
  if (users === doc) return undefined;
  if (!(users instanceof Set) || !users.delete(doc)) return users;
  return users.size === 1 ? users.values().next().value : users;
}

export function hasUser(users: DocumentUsers, doc: AnalyzedDocument): boolean {
  return users instanceof Set ? users.has(doc) : users === doc;
}

export function userCount(users: DocumentUsers): number {
  return users instanceof Set ? users.size : users === undefined ? 0 : 1;
}

export function usersOf(users: DocumentUsers): readonly AnalyzedDocument[] {
  return users instanceof Set ? [...users] : users === undefined ? [] : [users];
}
