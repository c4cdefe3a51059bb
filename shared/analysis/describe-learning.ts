// What one fetch would reveal, as a list of facts with plain-language text and sources, for a reader
// who opens the mail with pictures on (the worst case; READING_MODES says how other ways differ).

import { REVEALS, type LearnedFact } from '../knowledge/what-a-fetch-reveals';
import type { Identification, Learned } from '../model/finding';
import type { RemoteReference } from '../model/reference';

const IDENTITY_TEXT: Record<Exclude<Identification, null>, string> = {
  address: 'that it was you who opened it: your own address is in the URL',
  'recipient-id': 'that it was you who opened it: the URL carries the id the service gave you as a recipient',
  'probable-token': 'probably that it was you: the URL carries a code that looks unique to each recipient',
};

function learned(fact: LearnedFact, says = REVEALS[fact].says): Learned {
  return { fact, says, source: REVEALS[fact].source };
}

export function describeLearning(reference: RemoteReference, identifies: Identification): Learned[] {
  if (reference.trigger === 'dns') return [learned('dns-resolver')];
  const facts: Learned[] = [learned('ip-address'), learned('user-agent')];
  if (reference.trigger === 'action' && /^(a-href|a-ping|form-action|svg-a-href|mathml-href)$/.test(reference.vector)) {
    facts.unshift(learned('click'));
  } else {
    facts.push(learned('open-time'));
  }
  switch (reference.condition) {
    case 'print':
      facts.push(learned('printed'));
      break;
    case 'forward':
      facts.push(learned('forwarded'));
      break;
    case 'dark-mode':
      facts.push(learned('dark-mode'));
      break;
    case 'outlook-only':
      facts.push(learned('outlook'));
      break;
    case 'hover':
      facts.push(learned('hover'));
      break;
    case undefined:
      break;
  }
  if (identifies) facts.push(learned('identity', IDENTITY_TEXT[identifies]));
  return facts;
}
