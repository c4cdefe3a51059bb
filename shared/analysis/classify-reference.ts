// Turns one remote reference into a finding: service, signals, certainty, identifying tokens,
// recipient leak, and what the fetch would reveal.

import { say } from '../i18n/said';
import { isInEea } from '../knowledge/eea';
import { unwrapImageProxy } from '../knowledge/image-proxies';
import type { Certainty, Finding, IdentifyingToken, Identification, Signal, TrackerInfo } from '../model/finding';
import type { RemoteReference } from '../model/reference';
import type { TrackerMatch, TrackerMatcher } from '../trackers/match-tracker';
import { describeLearning } from './describe-learning';
import { looksOpaque, stripExtension } from './opaque-token';
import type { RecipientLeak, RecipientLeakFinder } from './recipient-leak';
import { sentFrom, type SenderEvidence } from './sender-evidence';
import {
  conditionSignal,
  hiddenSignal,
  isImageReference,
  onlyImageFromHostSignal,
  pathWordSignal,
  repeatedSignal,
  sizeSignal,
  spacerSignal,
} from './tracking-signals';
import { hostTokens, urlTokens, type UrlToken } from './url-tokens';

/** What the classifier needs to know about the whole mail. */
export interface MailContext {
  readonly matcher: TrackerMatcher;
  readonly leaks: RecipientLeakFinder;
  /** How often each image URL is shown in the mail. */
  readonly urlCounts: ReadonlyMap<string, number>;
  /** How many distinct images come from each host. */
  readonly imagesPerHost: ReadonlyMap<string, number>;
  /** Hosts that name several of this mail's images by a digest of their content (see contentHashName). */
  readonly contentAddressedHosts?: ReadonlySet<string>;
  /** Who sent the mail, as far as its headers say (for services whose ids only their own mail carries). */
  readonly sender?: SenderEvidence;
}

/** A file named by a digest or a UUID (`39286719…a7ff9.gif`, `82db9f9b-4bd9-….png`). */
const DIGEST_NAME =
  /^(?:[0-9a-f]{32}|[0-9a-f]{40}|[0-9a-f]{56}|[0-9a-f]{64}|[0-9a-f]{96}|[0-9a-f]{128}|[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12})$/i;

/**
 * The file name of an image when it is a content digest: `/assets/imh/39/2/39286719….gif` holds the
 * same name for every reader. Asset stores name every image that way, so a mail with two or more such
 * names from one host uses one; a single pixel named by a hash stays suspect.
 */
export function contentHashName(url: URL): string | null {
  const name = stripExtension(url.pathname.slice(url.pathname.lastIndexOf('/') + 1));
  return DIGEST_NAME.test(name) ? name : null;
}

/** One object per service and match: a newsletter names the same tracker dozens of times. */
const trackerInfoCache = new WeakMap<object, Map<string, TrackerInfo>>();

function trackerInfo(match: TrackerMatch): TrackerInfo {
  const key = `${match.matchedBy} ${match.evidence}`;
  let byMatch = trackerInfoCache.get(match.service);
  if (!byMatch) {
    byMatch = new Map();
    trackerInfoCache.set(match.service, byMatch);
  }
  let info = byMatch.get(key);
  if (!info) {
    info = buildTrackerInfo(match);
    byMatch.set(key, info);
  }
  return info;
}

function buildTrackerInfo(match: TrackerMatch): TrackerInfo {
  const { service } = match;
  return {
    id: service.id,
    name: service.name,
    company: service.company,
    country: service.country,
    eea: isInEea(service.country),
    kind: service.kind,
    matchedBy: match.matchedBy,
    evidence: match.evidence,
    source: service.source,
  };
}

/** Pictures (`/acct/3f9a…c1/files/logo.png`): their paths hold account ids and content hashes. GIF is not
 * in the list: it is the classic pixel format. */
const PICTURE_FILE = /\.(png|jpe?g|webp|svg|bmp|ico)$/i;

function isPicturePath(url: URL): boolean {
  return PICTURE_FILE.test(url.pathname);
}

interface TokenRules {
  /** The service puts a per-recipient id in these query parameters. */
  readonly recipientParams: readonly string[];
  /** The service puts account, list or campaign ids, the same for every recipient, in these. */
  readonly sharedParams: readonly string[];
  /** The file name is a content digest of an asset store: the same for every reader. */
  readonly contentName: string | null;
  /** A copy the service did not send: its codes were made for whoever got the original; only the
   * reader's own address still counts. */
  readonly copied: boolean;
}

function identifyingTokens(
  url: URL,
  parts: readonly UrlToken[],
  rules: TokenRules,
  leaks: readonly RecipientLeak[],
): IdentifyingToken[] {
  const tokens: IdentifyingToken[] = leaks
    .filter((leak) => leak.where === 'host name')
    .map((leak) => ({ where: leak.where, value: url.hostname, reason: 'address' }));
  const picture = isPicturePath(url);
  for (const token of parts) {
    if (leaks.some((leak) => leak.where === token.where)) {
      tokens.push({ where: token.where, value: token.decoded, reason: 'address' });
    } else if (rules.copied) {
      continue;
    } else if (!token.parameter && picture) {
      continue; // folders and names of a picture file (account ids, content hashes), the same for everyone
    } else if (token.parameter && rules.sharedParams.includes(token.parameter)) {
      continue; // an account or campaign id: the same in every recipient's copy
    } else if (!token.parameter && rules.contentName !== null && stripExtension(token.decoded) === rules.contentName) {
      continue;
    } else if (token.parameter && rules.recipientParams.includes(token.parameter)) {
      tokens.push({ where: token.where, value: token.decoded, reason: 'recipient-parameter' });
    } else if (looksOpaque(token.decoded)) {
      tokens.push({ where: token.where, value: token.decoded, reason: 'opaque' });
    }
  }
  return tokens;
}

/**
 * Signs that only support another one: "only image from its host" (Pelton needs two weak signals) and
 * "inside a hidden block" (newsletters hide half their layout for mobile or desktop).
 */
const SUPPORTING_ONLY = new Set<Signal['id']>(['only-image-from-host', 'hidden']);

export function certaintyOf(named: boolean, signals: readonly Signal[]): Certainty {
  if (named) return 'named';
  const has = (id: Signal['id']) => signals.some((signal) => signal.id === id);
  const strong = signals.some((signal) => signal.weight === 'strong');
  const weak = signals.some((signal) => signal.weight === 'weak' && !SUPPORTING_ONLY.has(signal.id));
  const against = signals.some((signal) => signal.weight === 'against');
  if (against) {
    // A spacer or a repeated layout image: suspicious only if its address still tells readers apart. A
    // code that merely looks unique does not, on an image shown five times or more: one fetch of the same
    // URL serves them all, and a pixel has no reason to repeat itself.
    const personal = has('recipient-address') || has('recipient-id') || (has('opaque-token') && !has('repeated'));
    return (strong || weak) && personal ? 'possible' : 'remote-content';
  }
  if (strong) return 'likely';
  return weak ? 'possible' : 'remote-content';
}

function identificationOf(finding: {
  recipientLeak: readonly unknown[];
  tokens: readonly IdentifyingToken[];
  certainty: Certainty;
}): Identification {
  if (finding.recipientLeak.length) return 'address';
  if (finding.tokens.some((token) => token.reason === 'recipient-parameter')) return 'recipient-id';
  const tracking = finding.certainty === 'named' || finding.certainty === 'likely';
  return tracking && finding.tokens.length ? 'probable-token' : null;
}

/** What a reference's finding owes to its URL alone (and to the mail): the same for every reference to it. */
interface UrlFacts {
  readonly proxied: ReturnType<typeof unwrapImageProxy>;
  readonly url: URL;
  readonly match: TrackerMatch | null;
  readonly recipientLeak: readonly RecipientLeak[];
  readonly service: TrackerMatch['service'] | null;
  readonly copied: boolean;
  readonly tokens: readonly IdentifyingToken[];
  readonly spacer: Signal | null;
  readonly picture: boolean;
  readonly trackingPath: boolean;
  /** pathWordSignal with the first opaque token's place, as open references report it. */
  readonly pathWord: Signal | null;
}

/** Per mail, the facts of each URL: a newsletter shows the same image or link many times. */
const urlFactsByMail = new WeakMap<MailContext, Map<string, UrlFacts>>();

function urlFacts(href: string, mail: MailContext): UrlFacts {
  let byUrl = urlFactsByMail.get(mail);
  if (!byUrl) {
    byUrl = new Map();
    urlFactsByMail.set(mail, byUrl);
  }
  let facts = byUrl.get(href);
  if (!facts) {
    facts = findUrlFacts(href, mail);
    byUrl.set(href, facts);
  }
  return facts;
}

function findUrlFacts(href: string, mail: MailContext): UrlFacts {
  const fetched = new URL(href);
  // A mail saved from Gmail or Yahoo: the picture is read through the provider's proxy; judge the original.
  const proxied = unwrapImageProxy(fetched);
  const url = proxied?.original ?? fetched;
  const parts = urlTokens(url);
  const match = mail.matcher.match(url);
  const recipientLeak = mail.leaks.findInTokens([...parts, ...hostTokens(url)]);
  const service = match && match.matchedBy !== 'content-host' ? match.service : null;
  const contentName = mail.contentAddressedHosts?.has(url.host) ? contentHashName(url) : null;
  // A copy of the service's mail that the service did not send (a phishing copy): its ids were made for
  // whoever received the original, not for this reader.
  const copied = service?.senderDomains && mail.sender ? sentFrom(mail.sender, service.senderDomains) === false : false;
  const recipientParams = service?.recipientParams ?? [];
  const tokens = identifyingTokens(
    url,
    parts,
    {
      recipientParams,
      sharedParams: match?.service.sharedParams ?? [],
      contentName,
      copied,
    },
    recipientLeak,
  );
  const opaqueWhere = tokens.find((token) => token.reason === 'opaque')?.where;
  return {
    proxied,
    url,
    match,
    recipientLeak,
    service,
    copied,
    tokens,
    spacer: spacerSignal(url),
    picture: isPicturePath(url),
    trackingPath: match?.matchedBy === 'path-pattern' || pathWordSignal(url) !== null,
    pathWord: pathWordSignal(url, opaqueWhere),
  };
}

export function classifyReference(reference: RemoteReference, mail: MailContext): Finding {
  const facts = urlFacts(reference.url, mail);
  const { proxied, url, match, service, copied } = facts;
  const recipientLeak = [...facts.recipientLeak];
  const tokens = [...facts.tokens];
  const host = url.host;
  const design = [
    repeatedSignal(mail.urlCounts.get(reference.url) ?? 0),
    isImageReference(reference) && facts.spacer ? { ...facts.spacer } : null,
  ].filter((signal): signal is Signal => signal !== null);
  // A picture, a spacer or a repeated layout image served from a tracker's host, with nothing in its
  // address that tells recipients apart, is content that service serves, not a tracking pixel.
  // A path pattern is the service's own tracking address (`/trace/mail/<id>.png`, `/apple_email_link/
  // spacer.gif`), and so is a tracking host's path that says it tracks: those stay named.
  const contentLike = design.length > 0 || facts.picture;
  const trackingPath = facts.trackingPath;
  const named =
    match !== null && match.matchedBy !== 'content-host' && !(contentLike && !tokens.length && !trackingPath);
  const tracker = named ? trackerInfo(match) : null;
  const operator = match && !named ? trackerInfo(match) : null;

  const signals: Signal[] = [];
  if (tracker) {
    const how =
      tracker.matchedBy === 'tracking-host' ? `${tracker.evidence} is a tracking host` : 'its address has the shape';
    signals.push({
      id: 'known-tracker',
      weight: 'strong',
      says: `${how} of ${tracker.name} (${tracker.company})`,
      text:
        tracker.matchedBy === 'tracking-host'
          ? say('signal.trackingHost', { host: tracker.evidence, name: tracker.name, company: tracker.company })
          : say('signal.trackerShape', { name: tracker.name, company: tracker.company }),
    });
  }
  if (copied && tracker) {
    signals.push({
      id: 'not-sent-by-service',
      weight: 'against',
      says: `${tracker.name} did not send this mail (no header names ${service!.senderDomains!.join(' or ')}): the ids in its address were made for whoever received the original, not for you`,
      text: say('signal.notSentByService', { name: tracker.name, domains: service!.senderDomains!.join(' / ') }),
    });
  }
  if (recipientLeak.length) {
    signals.push({
      id: 'recipient-address',
      weight: 'strong',
      says: `your address is in it (${recipientLeak[0]!.encoding})`,
      text: say('signal.recipientAddress', { encoding: recipientLeak[0]!.encoding }),
    });
  }
  if (tokens.some((token) => token.reason === 'recipient-parameter')) {
    signals.push({
      id: 'recipient-id',
      weight: 'strong',
      says: `${tracker?.name ?? 'the service'} puts a per-recipient id there`,
      text: tracker ? say('signal.recipientId', { name: tracker.name }) : say('signal.recipientIdUnnamed'),
    });
  } else if (tokens.some((token) => token.reason === 'opaque') && (isImageReference(reference) || tracker)) {
    const where = tokens.find((token) => token.reason === 'opaque')!.where;
    signals.push({
      id: 'opaque-token',
      weight: 'weak',
      says: `carries a code that looks unique (${where})`,
      text: say('signal.opaqueToken', { where }),
    });
  }
  for (const signal of [
    sizeSignal(reference),
    hiddenSignal(reference),
    reference.trigger === 'open' && facts.pathWord ? { ...facts.pathWord } : null,
    conditionSignal(reference),
    onlyImageFromHostSignal(reference, host, mail.imagesPerHost.get(host) ?? 0),
    ...design,
  ]) {
    if (signal) signals.push(signal);
  }

  const certainty = certaintyOf(named, signals);
  const identifies = identificationOf({ recipientLeak, tokens, certainty });
  return {
    ...reference,
    tracker,
    operator,
    ...(proxied
      ? {
          imageProxy: {
            id: proxied.proxy.id,
            name: proxied.proxy.name,
            original: proxied.original.href,
            source: proxied.proxy.source,
          },
        }
      : {}),
    certainty,
    signals,
    recipientLeak,
    tokens,
    identifies,
    learns: describeLearning(reference, identifies, proxied !== null),
  };
}
