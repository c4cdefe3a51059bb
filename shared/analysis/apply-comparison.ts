// A message's report as the comparison with another recipient's copy leaves it: what the two copies
// prove per finding (an id that differs between them identifies the reader; a code that is the same in
// both does not), and the verdict counted again from those findings, so that the verdict, the labels
// and the list keep agreeing.

import { say } from '../i18n/said';
import type { Finding, Identification } from '../model/finding';
import type { MessageReport } from '../model/report';
import { verdictOf } from './analyse-message';
import type { ComparedItem, CopyComparison } from './compare-copies';
import { describeLearning } from './describe-learning';

const PROVEN = new Set<Identification>(['address', 'recipient-id']);

function applied(finding: Finding, item: ComparedItem): Finding {
  const proven = PROVEN.has(item.after) && !PROVEN.has(item.before);
  const differing = item.differing.find((token) => token.kind === 'recipient-id' || token.kind === 'address');
  return {
    ...finding,
    identifies: item.after,
    // Fetched on opening with an id made for each reader: a tracker, whatever else its address looks like.
    certainty:
      proven &&
      finding.trigger === 'open' &&
      (finding.certainty === 'possible' || finding.certainty === 'remote-content')
        ? 'likely'
        : finding.certainty,
    signals:
      proven && differing
        ? [
            ...finding.signals,
            {
              id: 'proven-by-copies',
              weight: 'strong',
              says: `differs between two recipients' copies of this mail (${differing.where}): an id of its reader`,
              text: say('signal.provenByCopies', { where: differing.where }),
            },
          ]
        : finding.signals,
    learns: describeLearning(finding, item.after, finding.imageProxy !== undefined),
  };
}

export function applyComparison(report: MessageReport, comparison: CopyComparison): MessageReport {
  if (comparison.verdict !== 'compared' || !report.verdict) return report;
  const changed = new Map(
    comparison.references.filter((item) => item.after !== item.before).map((item) => [item.a, item] as const),
  );
  if (changed.size === 0) return report;
  const references = report.references.map((finding, index) => {
    const item = changed.get(index);
    return item ? applied(finding, item) : finding;
  });
  return { ...report, references, verdict: verdictOf(references, report.links, report) };
}
