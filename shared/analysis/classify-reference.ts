// Turns one remote reference into a finding: service, signals, certainty, identifying tokens,
// recipient leak, and what the fetch would reveal.

import { isInEea } from '../knowledge/eea';
import type { Certainty, Finding, IdentifyingToken, Identification, Signal, TrackerInfo } from '../model/finding';
import type { RemoteReference } from '../model/reference';
import type { TrackerMatch, TrackerMatcher } from '../trackers/match-tracker';
import { describeLearning } from './describe-learning';
import { looksOpaque } from './opaque-token';
import type { RecipientLeak, RecipientLeakFinder } from './recipient-leak';
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
import { urlTokens, type UrlToken } from './url-tokens';

/** What the classifier needs to know about the whole mail. */
export interface MailContext {
  readonly matcher: TrackerMatcher;
  readonly leaks: RecipientLeakFinder;
  /** How often each image URL is shown in the mail. */
  readonly urlCounts: ReadonlyMap<string, number>;
  /** How many distinct images come from each host. */
  readonly imagesPerHost: ReadonlyMap<string, number>;
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

function identifyingTokens(
  url: URL,
  parts: readonly UrlToken[],
  recipientParams: readonly string[],
  leaks: readonly RecipientLeak[],
): IdentifyingToken[] {
  const tokens: IdentifyingToken[] = [];
  const picture = isPicturePath(url);
  for (const token of parts) {
    if (leaks.some((leak) => leak.where === token.where)) {
      tokens.push({ where: token.where, value: token.decoded, reason: 'address' });
    } else if (!token.parameter && picture) {
      continue; // folders and names of a picture file (account ids, content hashes), the same for everyone
    } else if (token.parameter && recipientParams.includes(token.parameter)) {
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
    // A spacer or a repeated layout image: suspicious only if its address still tells readers apart.
    const personal = has('recipient-address') || has('recipient-id') || has('opaque-token');
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

export function classifyReference(reference: RemoteReference, mail: MailContext): Finding {
  const url = new URL(reference.url);
  const parts = urlTokens(url);
  const match = mail.matcher.match(url);
  const recipientLeak = mail.leaks.findInTokens(parts);
  const recipientParams = match && match.matchedBy !== 'content-host' ? (match.service.recipientParams ?? []) : [];
  const tokens = identifyingTokens(url, parts, recipientParams, recipientLeak);
  const host = url.host;
  const design = [
    repeatedSignal(mail.urlCounts.get(reference.url) ?? 0),
    isImageReference(reference) ? spacerSignal(url) : null,
  ].filter((signal): signal is Signal => signal !== null);
  // A picture, a spacer or a repeated layout image served from a tracker's host, with nothing in its
  // address that tells recipients apart, is content that service serves, not a tracking pixel.
  const contentLike = design.length > 0 || isPicturePath(url);
  const named = match !== null && match.matchedBy !== 'content-host' && !(contentLike && !tokens.length);
  const tracker = named ? trackerInfo(match) : null;
  const operator = match && !named ? trackerInfo(match) : null;

  const signals: Signal[] = [];
  if (tracker) {
    const how =
      tracker.matchedBy === 'tracking-host' ? `${tracker.evidence} is a tracking host` : 'its address has the shape';
    signals.push({ id: 'known-tracker', weight: 'strong', says: `${how} of ${tracker.name} (${tracker.company})` });
  }
  if (recipientLeak.length) {
    signals.push({
      id: 'recipient-address',
      weight: 'strong',
      says: `your address is in it (${recipientLeak[0]!.encoding})`,
    });
  }
  if (tokens.some((token) => token.reason === 'recipient-parameter')) {
    signals.push({
      id: 'recipient-id',
      weight: 'strong',
      says: `${tracker?.name ?? 'the service'} puts a per-recipient id there`,
    });
  } else if (tokens.some((token) => token.reason === 'opaque') && (isImageReference(reference) || tracker)) {
    const where = tokens.find((token) => token.reason === 'opaque')!.where;
    signals.push({ id: 'opaque-token', weight: 'weak', says: `carries a code that looks unique (${where})` });
  }
  for (const signal of [
    sizeSignal(reference),
    hiddenSignal(reference),
    reference.trigger === 'open' ? pathWordSignal(url) : null,
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
    certainty,
    signals,
    recipientLeak,
    tokens,
    identifies,
    learns: describeLearning(reference, identifies),
  };
}
