// Display names for a finding: who runs it, or at least which host it would be fetched from.

import { isImageReference } from '../../../shared/analysis/tracking-signals';
import type { Finding } from '../../../shared/model/finding';
import { strings } from '../strings';

export function hostOf(url: string): string {
  try {
    return new URL(url).host || url;
  } catch {
    return strings.findings.unknownHost;
  }
}

/** The tracker's name, else the host with the service that serves it, else the host alone. */
export function findingTitle(finding: Finding): string {
  if (finding.tracker) return finding.tracker.name;
  // Through a webmail image proxy, the host that matters is the original's.
  const host = hostOf(finding.imageProxy?.original ?? finding.url);
  return finding.operator ? strings.findings.servedBy(host, finding.operator.name) : host;
}

let regionNames: Intl.DisplayNames | undefined;

/** "US" -> "United States", in the window's language; the code itself when unknown. */
export function countryName(code: string): string {
  regionNames ??= new Intl.DisplayNames([strings.locale], { type: 'region' });
  try {
    return regionNames.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

/** How sure, in words that fit what the finding is: "Likely tracking pixel" only for a picture. */
export function certaintyLabel(finding: Finding): string {
  const kind = isImageReference(finding) ? 'image' : finding.trigger === 'action' ? 'link' : 'other';
  return strings.certaintyOf[kind][finding.certainty];
}

/** "Identifies you", or "… if you click" for what loads only on an action; null when it does not. */
export function identifiesLabel(finding: Finding): string | null {
  if (!finding.identifies) return null;
  return (finding.trigger === 'action' ? strings.identifiesIfClicked : strings.identifies)[finding.identifies];
}
