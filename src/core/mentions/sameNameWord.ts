// Whether two words of a name are one word written two ways: diacritics dropped ("Lâm"/"Lam"),
// another transliteration ("Sergei"/"Sergey", "Aleksandr"/"Alexander"), a hyphen or a slip in a
// long word. Vietnamese "Phuc"/"Phuoc" or "Trong"/"Truong" are different names and stay apart.
import { foldName, spellingKey } from '../names/nameKey';

const MARKED = /[^\u0000-\u024f]|[\u00c0-\u024f]/;

export function sameNameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const fa = foldName(a), fb = foldName(b);
  if (fa === fb) return !(MARKED.test(a) && MARKED.test(b)); // two different sets of diacritics name two people
  const ka = spellingKey(fa), kb = spellingKey(fb);
  if (ka === kb) return true;
  return ka.length >= 6 && kb.length >= 6 && ka[0] === kb[0] && withinOneEdit(ka, kb);
}

/** One substitution, insertion, deletion or swap of neighbours. */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  return long.slice(i + 1) === short.slice(i);
}
