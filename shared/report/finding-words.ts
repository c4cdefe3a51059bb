// The report's words for a finding, in English, phrased as the app phrases them
// (renderer/src/strings/en.ts), so the printed report and the window say the same thing. Pure: the
// renderer's strings module is not imported into shared/.

import { isImageReference } from '../analysis/tracking-signals';
import type { Certainty, Finding, Identification, IdentifyingToken, TrackerInfo } from '../model/finding';
import type { Condition, Trigger } from '../model/reference';

const CERTAINTY_OF: Readonly<Record<'image' | 'link' | 'other', Record<Certainty, string>>> = {
  image: {
    named: 'Known tracker',
    likely: 'Likely tracking pixel',
    possible: 'Possible tracking pixel',
    'remote-content': 'Other remote picture',
  },
  link: {
    named: 'Link through a known tracker',
    likely: 'Likely tracked link',
    possible: 'Possibly tracked link',
    'remote-content': 'Link',
  },
  other: {
    named: 'Known tracker',
    likely: 'Likely tracker',
    possible: 'Possible tracker',
    'remote-content': 'Other remote content',
  },
};

export const TRIGGER_TEXT: Readonly<Record<Trigger, string>> = {
  open: 'Loads when you open the mail',
  action: 'Loads only if you act (click, print, forward, hover)',
  dns: 'Only a DNS look-up of the host name',
};

const IDENTIFIES: Readonly<Record<Exclude<Identification, null>, string>> = {
  address: 'Identifies you: your address is in the URL',
  'recipient-id': 'Identifies you: the URL carries your recipient id',
  'probable-token': 'Probably identifies you',
};

const IDENTIFIES_IF_CLICKED: Readonly<Record<Exclude<Identification, null>, string>> = {
  address: 'Identifies you if you click: your address is in the URL',
  'recipient-id': 'Identifies you if you click: the URL carries your recipient id',
  'probable-token': 'Probably identifies you if you click',
};

export const MATCHED_BY: Readonly<Record<TrackerInfo['matchedBy'], string>> = {
  'tracking-host': 'its tracking host',
  'path-pattern': 'a path pattern',
  'content-host': 'one of its content hosts',
};

export const TOKEN_REASON: Readonly<Record<IdentifyingToken['reason'], string>> = {
  address: 'your address',
  'recipient-parameter': 'the service’s recipient id',
  opaque: 'a code that looks unique to you',
};

export const CONDITION_TEXT: Readonly<Record<Condition, string>> = {
  print: 'the mail is printed',
  forward: 'the mail is replied to or forwarded',
  'dark-mode': 'the device shows mail in dark mode',
  'outlook-only': 'the mail is read in Outlook for Windows',
  hover: 'the pointer moves over it',
};

/** How sure, in words that fit what the finding is: "Likely tracking pixel" only for a picture. */
export function certaintyLabel(finding: Finding): string {
  const kind = isImageReference(finding) ? 'image' : finding.trigger === 'action' ? 'link' : 'other';
  return CERTAINTY_OF[kind][finding.certainty];
}

/** "Identifies you: …", or "… if you click" for what loads only on an action; null when it does not. */
export function identifiesLabel(finding: Pick<Finding, 'identifies' | 'trigger'>): string | null {
  if (!finding.identifies) return null;
  return (finding.trigger === 'action' ? IDENTIFIES_IF_CLICKED : IDENTIFIES)[finding.identifies];
}

export function hostOf(url: string): string {
  try {
    return new URL(url).host || url;
  } catch {
    return 'an address that could not be read';
  }
}

/** The tracker's name, else the host with the service that serves it, else the host alone. */
export function findingTitle(finding: Finding): string {
  if (finding.tracker) return finding.tracker.name;
  const host = hostOf(finding.imageProxy?.original ?? finding.url);
  return finding.operator ? `${host}, served by ${finding.operator.name}` : host;
}

const REGIONS = new Intl.DisplayNames(['en'], { type: 'region' });

/** "US" -> "United States"; the code itself when unknown (and for `ZZ`, "unknown region"). */
export function countryName(code: string): string {
  try {
    return REGIONS.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

/** Where the company sits and whether that is inside the EEA, or that its owner is not confirmed. */
export function eeaText(info: Pick<TrackerInfo, 'country' | 'eea'>): string {
  if (info.eea === null) return 'owner not confirmed: its country, and so whether it is inside the EEA, is not known';
  return `${countryName(info.country)} (${info.country}), ${info.eea ? 'inside the EEA' : 'outside the EEA'}`;
}
