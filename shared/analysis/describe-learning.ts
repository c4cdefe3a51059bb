// What one fetch would reveal, as fact ids, for a reader who opens the mail with pictures on (the worst
// case; READING_MODES says how other ways of reading differ). `explainLearning` gives the texts and
// sources; findings carry only the ids, so a mail's report stays small across threads and processes.

import { IDENTITY_TEXT, REVEALS, type LearnedFact } from '../knowledge/what-a-fetch-reveals';
import type { Finding, Learned } from '../model/finding';
import type { Identification } from '../model/finding';
import type { RemoteReference } from '../model/reference';

/** A click is tied to the reader the same way an opening is; the statement says "clicked". */
const CLICK_IDENTITY_TEXT = 'that it was you who clicked: the link carries something unique to you';

const CLICKS = new Set(['a-href', 'a-ping', 'form-action', 'svg-a-href', 'mathml-href']);

const CONDITION_FACTS: Readonly<Record<string, LearnedFact>> = {
  print: 'printed',
  forward: 'forwarded',
  'dark-mode': 'dark-mode',
  'outlook-only': 'outlook',
  hover: 'hover',
};

export function describeLearning(
  reference: RemoteReference,
  identifies: Identification,
  proxied = false,
): LearnedFact[] {
  if (reference.trigger === 'dns') return ['dns-resolver'];
  const facts: LearnedFact[] =
    reference.trigger === 'action' && CLICKS.has(reference.vector)
      ? ['click', 'ip-address', 'user-agent']
      : proxied
        ? ['proxied-open']
        : ['ip-address', 'user-agent', 'open-time'];
  const conditional = reference.condition ? CONDITION_FACTS[reference.condition] : undefined;
  if (conditional) facts.push(conditional);
  if (identifies) facts.push('identity');
  return facts;
}

/** The plain-language statements, with sources, behind a finding's `learns`. */
export function explainLearning(finding: Pick<Finding, 'learns' | 'identifies'>): Learned[] {
  return finding.learns.map((fact) => ({
    fact,
    says:
      fact === 'identity' && finding.identifies
        ? finding.learns.includes('click')
          ? CLICK_IDENTITY_TEXT
          : IDENTITY_TEXT[finding.identifies]
        : REVEALS[fact].says,
    source: REVEALS[fact].source,
  }));
}
