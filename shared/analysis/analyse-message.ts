// references -> findings -> verdict: the whole tracker analysis of one message, pure and synchronous.

import { say, type Said } from '../i18n/said';
import { unwrapImageProxy } from '../knowledge/image-proxies';
import type { Finding } from '../model/finding';
import type { MailMessage } from '../model/mail';
import type { RemoteReference } from '../model/reference';
import type { TrackerMatcher } from '../trackers/match-tracker';
import { analyseHeaders, type HeaderAnalysis } from './analyse-headers';
import { analyseLink, type LinkReport } from './analyse-links';
import { classifyReference, contentHashName, type MailContext } from './classify-reference';
import { recipientAddresses, RecipientLeakFinder } from './recipient-leak';
import { senderEvidence } from './sender-evidence';
import { isImageReference } from './tracking-signals';

export interface Verdict {
  /** Open-triggered references that are named trackers or likely pixels. */
  readonly trackers: number;
  /** Of those, how many carry the reader's address or the service's recipient id. */
  readonly identifiesYou: number;
  /** Of those, how many carry a code that is probably unique to the reader. */
  readonly probablyIdentifiesYou: number;
  readonly possibleTrackers: number;
  /** Other remote content: no sign of tracking, but each fetch still shows the host your IP and the time. */
  readonly otherRemoteContent: number;
  /** Links that go through a click tracker or wrapper, or that carry the reader's address or recipient id. */
  readonly trackedLinks: number;
  /** References fetched only on an action (links, unsubscribe addresses, forms) that identify the reader. */
  readonly linksIdentifyYou: number;
  readonly readReceipt: boolean;
  /**
   * The verdict in one word, for its colour everywhere: `identifies` (something fetched on opening ties the
   * opening to the reader), `tracks` (trackers, tracked links or a read-receipt request), `remote` (only
   * other remote content or possible trackers), `clean` (nothing is fetched, nothing is tracked).
   */
  readonly level: VerdictLevel;
  /** The verdict in English, for the CLI and the JSON; `says` holds the same as codes, for every language. */
  readonly summary: string;
  readonly says: readonly Said[];
}

export type VerdictLevel = 'identifies' | 'tracks' | 'remote' | 'clean';

const IDENTIFIES = new Set(['address', 'recipient-id']);

export interface MessageAnalysis {
  readonly findings: readonly Finding[];
  readonly links: readonly LinkReport[];
  readonly headers: HeaderAnalysis;
  readonly verdict: Verdict;
}

export interface AnalysisOptions {
  readonly matcher: TrackerMatcher;
  /** Addresses the reader typed in, searched for in URLs besides the mail's own recipients. */
  readonly extraAddresses?: readonly string[];
}

function mailContext(
  message: MailMessage,
  references: readonly RemoteReference[],
  options: AnalysisOptions,
  headers: HeaderAnalysis,
): MailContext {
  const urlCounts = new Map<string, number>();
  const imageUrlsPerHost = new Map<string, Set<string>>();
  const digestNamesPerHost = new Map<string, Set<string>>();
  for (const reference of references) {
    if (reference.trigger === 'open' && isImageReference(reference)) {
      // Only images count: a pixel whose URL is also the target of four links is not a layout image.
      urlCounts.set(reference.url, (urlCounts.get(reference.url) ?? 0) + 1);
      const fetched = new URL(reference.url);
      const url = unwrapImageProxy(fetched)?.original ?? fetched;
      addTo(imageUrlsPerHost, url.host, reference.url);
      const digest = contentHashName(url);
      if (digest) addTo(digestNamesPerHost, url.host, digest.toLowerCase());
    }
  }
  const imagesPerHost = new Map([...imageUrlsPerHost].map(([host, urls]) => [host, urls.size] as const));
  const contentAddressedHosts = new Set(
    [...digestNamesPerHost].filter(([, names]) => names.size >= 2).map(([host]) => host),
  );
  const leaks = new RecipientLeakFinder(recipientAddresses(message, options.extraAddresses));
  const sender = senderEvidence(message, headers);
  return { matcher: options.matcher, leaks, urlCounts, imagesPerHost, contentAddressedHosts, sender };
}

function addTo(map: Map<string, Set<string>>, key: string, value: string): void {
  const values = map.get(key) ?? new Set<string>();
  values.add(value);
  map.set(key, values);
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

export function verdictOf(
  findings: readonly Finding[],
  links: readonly LinkReport[],
  headers: Pick<HeaderAnalysis, 'readReceipt'>,
): Verdict {
  const opened = findings.filter((finding) => finding.trigger === 'open');
  const trackers = opened.filter((finding) => finding.certainty === 'named' || finding.certainty === 'likely');
  const identifiesYou = trackers.filter((finding) => IDENTIFIES.has(finding.identifies ?? '')).length;
  const probablyIdentifiesYou = trackers.filter((finding) => finding.identifies === 'probable-token').length;
  const possibleTrackers = opened.filter((finding) => finding.certainty === 'possible').length;
  const otherRemoteContent = opened.filter((finding) => finding.certainty === 'remote-content').length;
  const linkFindings = findings.filter((finding) => finding.vector === 'a-href');
  const trackedLinks = links.filter(
    (link, i) => link.tracker || link.wrappers.length || IDENTIFIES.has(linkFindings[i]?.identifies ?? ''),
  ).length;
  const linksIdentifyYou = findings.filter(
    (finding) => finding.trigger === 'action' && IDENTIFIES.has(finding.identifies ?? ''),
  ).length;
  const readReceipt = headers.readReceipt.length > 0;
  const parts: string[] = [];
  const says: Said[] = [];
  if (trackers.length) {
    let text = plural(trackers.length, 'tracker', 'trackers');
    let said = say('verdict.trackers', { count: trackers.length });
    if (identifiesYou) {
      text += ` — ${identifiesYou} ${identifiesYou === 1 ? 'identifies' : 'identify'} you`;
      said = say('verdict.detail', { main: said, detail: say('verdict.identify', { count: identifiesYou }) });
    } else if (probablyIdentifiesYou) {
      text += ` — ${probablyIdentifiesYou} probably ${probablyIdentifiesYou === 1 ? 'identifies' : 'identify'} you`;
      said = say('verdict.detail', { main: said, detail: say('verdict.probably', { count: probablyIdentifiesYou }) });
    }
    parts.push(text);
    says.push(said);
  } else {
    parts.push('no tracker found');
    says.push(say('verdict.noTracker'));
  }
  if (possibleTrackers) {
    parts.push(plural(possibleTrackers, 'possible tracker', 'possible trackers'));
    says.push(say('verdict.possible', { count: possibleTrackers }));
  }
  if (otherRemoteContent) {
    parts.push(plural(otherRemoteContent, 'other remote item', 'other remote items'));
    says.push(say('verdict.otherRemote', { count: otherRemoteContent }));
  }
  if (trackedLinks) {
    parts.push(plural(trackedLinks, 'tracked link', 'tracked links'));
    says.push(say('verdict.trackedLinks', { count: trackedLinks }));
  }
  if (linksIdentifyYou) {
    const text = `${linksIdentifyYou === 1 ? 'identifies' : 'identify'} you if clicked`;
    parts.push(
      trackedLinks
        ? `${parts.pop()!} — ${linksIdentifyYou} ${text}`
        : `${plural(linksIdentifyYou, 'link', 'links')} ${text}`,
    );
    says.push(
      trackedLinks
        ? say('verdict.detail', {
            main: says.pop()!,
            detail: say('verdict.identifyIfClicked', { count: linksIdentifyYou }),
          })
        : say('verdict.linksIdentify', { count: linksIdentifyYou }),
    );
  }
  if (readReceipt) {
    parts.push('asks for a read receipt');
    says.push(say('verdict.readReceipt'));
  }
  const level: VerdictLevel =
    identifiesYou || probablyIdentifiesYou
      ? 'identifies'
      : trackers.length || trackedLinks || linksIdentifyYou || readReceipt
        ? 'tracks'
        : possibleTrackers || otherRemoteContent
          ? 'remote'
          : 'clean';
  return {
    trackers: trackers.length,
    identifiesYou,
    probablyIdentifiesYou,
    possibleTrackers,
    otherRemoteContent,
    trackedLinks,
    linksIdentifyYou,
    readReceipt,
    level,
    summary: parts.join('; '),
    says,
  };
}

export function analyseMessage(
  message: MailMessage,
  references: readonly RemoteReference[],
  options: AnalysisOptions,
): MessageAnalysis {
  const headers = analyseHeaders(message);
  const context = mailContext(message, references, options, headers);
  const findings = references.map((reference) => classifyReference(reference, context));
  const links = findings.filter((finding) => finding.vector === 'a-href').map(analyseLink);
  return { findings, links, headers, verdict: verdictOf(findings, links, headers) };
}
