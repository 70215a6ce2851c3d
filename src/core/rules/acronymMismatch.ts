// acronym-mismatch: an acronym spelled out with a long form its letters do not fit, while the
// corpus elsewhere writes a name they do fit ("Moscow International Security Conference
// (MCIS-11)" against "Moscow Conference on International Security"). A long form that does not
// fit and has no fitting name elsewhere is left alone: translated names ("People's Movement for
// the Liberation of Angola (MPLA)") do that on purpose.
import type { AcronymDefinition } from '../acronyms/acronymDefinitions';
import { AcronymIndex } from '../acronyms/acronymIndex';
import { FittingNames, type FittingName } from '../acronyms/fittingNames';
import { phraseText } from '../acronyms/phraseWords';
import type { Rule } from '../engine/rule';
import type { Finding } from '../types';
import { outletLabel } from '../engine/analyzedDocument';
import { finding, relatedAt } from './finding';

const MAX_RELATED = 5;

/** The rule, with its own index of the corpus (kept from one check to the next). */
export function createAcronymMismatch(): Rule {
  const index = new AcronymIndex();
  const fittingNames = new FittingNames(index);
  return {
    id: 'acronym-mismatch',
    defaultSeverity: 'warning',
    description: 'An acronym spelled out with words its letters do not fit, where the corpus elsewhere writes a name they fit.',
    check(corpus) {
      const incremental = index.update(corpus.documents);
      const notFitting = index.notFitting();
      fittingNames.update(incremental, notFitting);
      const findings: Finding[] = [];
      for (const definition of notFitting) {
        const names = fittingNames.for(definition);
        const other = names.filter((n) => n.doc !== definition.doc);
        const chosen = other.length ? other : names;
        if (chosen.length) findings.push(mismatchFinding(definition, chosen));
      }
      return findings;
    },
  };
}

export const acronymMismatch: Rule = createAcronymMismatch();

function mismatchFinding(definition: AcronymDefinition, names: FittingName[]): Finding {
  const { doc, block } = definition;
  const written = doc.source.text.slice(definition.span.start, definition.span.end);
  const best = names[0];
  const outlets = [...new Set(names.map((n) => outletLabel(n.doc)))];
  return finding({
    rule: 'acronym-mismatch',
    severity: 'warning',
    message: `"${written}": the letters of ${definition.acronym} fit "${best.text}", as ${outlets.join(', ')} ${outlets.length === 1 ? 'writes' : 'write'} it.`,
    doc,
    span: definition.span,
    suggestion: block.text.slice(definition.from, definition.longFrom) + best.text + block.text.slice(definition.longTo, definition.to),
    related: names.slice(0, MAX_RELATED).map((n) => relatedAt(n.doc, n.span, `"${n.text}" in ${outletLabel(n.doc)}`)),
    data: { acronym: definition.acronym, longForm: phraseText(definition.longForm), fits: best.text },
  });
}
