// The numbers of the findings in a report, the same as the app gives them (renderer/src/findings/
// order-findings.ts): what loads on opening first, then what needs an action, then DNS look-ups; within
// each, by certainty. The markers in the report's preview carry these numbers.

import type { Certainty, Finding } from '../model/finding';
import type { Trigger } from '../model/reference';

const TRIGGER_ORDER: readonly Trigger[] = ['open', 'action', 'dns'];
const CERTAINTY_ORDER: readonly Certainty[] = ['named', 'likely', 'possible', 'remote-content'];

/** Report index (position in `references`) of each finding, in numbered order: number n is entry n - 1. */
export function findingOrder(references: readonly Finding[]): number[] {
  const order: number[] = [];
  for (const trigger of TRIGGER_ORDER) {
    for (const certainty of CERTAINTY_ORDER) {
      references.forEach((finding, index) => {
        if (finding.trigger === trigger && finding.certainty === certainty) order.push(index);
      });
    }
  }
  return order;
}
