// The order the findings are listed in, and so their numbers (the same on the markers in the preview):
// what loads on opening first, then what needs an action, then DNS look-ups; within each, by certainty.

import type { Certainty, Finding } from '../../../shared/model/finding';
import type { Trigger } from '../../../shared/model/reference';

export const TRIGGER_ORDER: readonly Trigger[] = ['open', 'action', 'dns'];
export const CERTAINTY_ORDER: readonly Certainty[] = ['named', 'likely', 'possible', 'remote-content'];

export interface NumberedFinding {
  /** Index in the report's `references`. */
  readonly index: number;
  /** 1-based number shown in the list and on the marker. */
  readonly number: number;
  readonly finding: Finding;
}

export interface FindingGroup {
  readonly trigger: Trigger;
  readonly certainty: Certainty;
  readonly items: readonly NumberedFinding[];
}

export interface FindingOrder {
  readonly groups: readonly FindingGroup[];
  /** Every finding in list order. */
  readonly ordered: readonly NumberedFinding[];
  /** Report index -> its entry. */
  readonly byIndex: ReadonlyMap<number, NumberedFinding>;
}

const cache = new WeakMap<readonly Finding[], FindingOrder>();

export function orderFindings(references: readonly Finding[]): FindingOrder {
  const cached = cache.get(references);
  if (cached) return cached;
  const groups: FindingGroup[] = [];
  const ordered: NumberedFinding[] = [];
  for (const trigger of TRIGGER_ORDER) {
    for (const certainty of CERTAINTY_ORDER) {
      const items: NumberedFinding[] = [];
      references.forEach((finding, index) => {
        if (finding.trigger !== trigger || finding.certainty !== certainty) return;
        const entry = { index, number: ordered.length + 1, finding };
        items.push(entry);
        ordered.push(entry);
      });
      if (items.length) groups.push({ trigger, certainty, items });
    }
  }
  const order = { groups, ordered, byIndex: new Map(ordered.map((entry) => [entry.index, entry])) };
  cache.set(references, order);
  return order;
}
