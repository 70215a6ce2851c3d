// acronym-mismatch: an acronym spelled out with a long form its letters do not fit, while the
// corpus elsewhere writes a name they do fit ("Moscow International Security Conference
// (MCIS-11)" against "Moscow Conference on International Security"). A long form that does not
// fit and has no fitting name elsewhere is left alone: translated names ("People's Movement for
// the Liberation of Angola (MPLA)") do that on purpose. And an acronym that the versions of one
// story spell out two ways, both fitting ("Riverside Energy Authority (REA)" against "Riverside
// Energy Association (REA)"): see acronyms/storyExpansions.ts.
import type { AcronymDefinition } from '../acronyms/acronymDefinitions';
import { AcronymIndex } from '../acronyms/acronymIndex';
import { FittingNames, type FittingName } from '../acronyms/fittingNames';
import { phraseText } from '../acronyms/phraseWords';
import { changedToName, sameNameWritten, storyExpansionConflicts, type ExpansionConflict } from '../acronyms/storyExpansions';
import { blockSpan } from '../text/blockSpan';
import type { Rule } from '../engine/rule';
import type { Finding } from '../types';
import { outletLabel, versionName } from '../engine/analyzedDocument';
import { finding, relatedAt } from './finding';
import { KeptStoryFindings } from './keptStoryFindings';

const MAX_RELATED = 5;

/** The rule, with its own index of the corpus (kept from one check to the next). */
export function createAcronymMismatch(): Rule {
  const index = new AcronymIndex();
  const fittingNames = new FittingNames(index);
  const keptConflicts = new KeptStoryFindings();
  return {
    id: 'acronym-mismatch',
    defaultSeverity: 'warning',
    description: 'An acronym spelled out with words its letters do not fit, where the corpus elsewhere writes a name they fit; or spelled out two ways in the versions of one story.',
    check(corpus) {
      const incremental = index.update(corpus.documents);
      const notFitting = index.notFitting();
      fittingNames.update(incremental, notFitting);
      const findings: Finding[] = [];
      for (const definition of notFitting) {
        const names = fittingNames.for(definition);
        // "Viet Nam Football Federation (VFF)" against "Vietnam Football Federation": one name, spelled two ways
        if (names.some((n) => sameNameWritten(definition, n.text))) continue;
        const other = names.filter((n) => n.doc !== definition.doc);
        const chosen = other.length ? other : names;
        if (chosen.length) findings.push(mismatchFinding(definition, chosen));
      }
      // a story's conflicts follow from its versions alone
      const conflicts = keptConflicts.findings(corpus, (versions) => ({ key: '', make: () => storyExpansionConflicts(versions).map(conflictFinding) }));
      for (const f of conflicts) findings.push(f);
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

function conflictFinding({ definition, others, named, majority }: ExpansionConflict): Finding {
  const { doc } = definition;
  const written = doc.source.text.slice(definition.span.start, definition.span.end);
  const name = phraseText(named[0].longForm);
  const outlets = [...new Set(named.map((o) => outletLabel(o.doc)))];
  const versions = new Set(named.map((o) => o.doc)).size;
  const by = versions === 1 ? `${versionName(named[0].doc)} of this story spells` : `${versions} other versions of this story (${outlets.join(', ')}) spell`;
  return finding({
    rule: 'acronym-mismatch',
    severity: 'warning',
    message: `"${written}": ${by} out ${definition.acronym} as "${name}"${majority ? '' : '; check which name is right'}.`,
    doc,
    span: definition.span,
    ...(majority ? { suggestion: changedToName(definition, named[0]) } : {}),
    related: others.slice(0, MAX_RELATED).map((o) => relatedAt(o.doc, blockSpan(o.block, o.longFrom, o.longTo), `"${phraseText(o.longForm)}" in ${outletLabel(o.doc)}`)),
    data: { acronym: definition.acronym, longForm: phraseText(definition.longForm), storyForm: name },
  });
}
