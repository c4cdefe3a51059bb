// Proves which URLs identify the reader by comparing two recipients' copies of one mail (issue 9,
// part 4). A newsletter is one template filled in per recipient: pair up the two copies' references and
// links (same kind, same place in the document, same host and URL shape), then compare their URL tokens.
// A token whose value differs while the rest of the URL agrees is a per-recipient id: proof, not a
// guess. A token the classifier flagged as "probably unique to you" that is the same in both copies is
// not per-recipient (a campaign id, Mailchimp's account `u` and campaign `id`).
//
// What differs without being an id of the reader, and is therefore never counted as proof:
// - a time stamp (Unix seconds or milliseconds, an ISO date): the two copies were sent seconds apart;
// - a parameter named like a cache-buster (`cb`, `rnd`, `ts`, ...): random per fetch or per send;
// - a number of at most three digits: too short to number a mailing list's readers.
// A random cache-buster under another name cannot be told from an id by two copies alone; it is then
// reported as an id, which is what the server can use it as (it tells the two fetches apart).
// Two copies addressed to the same reader (or one file compared with itself) prove nothing either way,
// and two mails with few references in common are not copies of each other: neither gives proof.

import type { Finding, Identification, IdentifyingToken } from '../model/finding';
import type { MessageReport } from '../model/report';
import type { LinkReport } from './analyse-links';
import type { RecipientLeak } from './recipient-leak';
import { urlTokens, type UrlToken } from './url-tokens';

/** Why a token differs: the reader's id (proof), the reader's address (proof), or a harmless change. */
export type DifferenceKind = 'recipient-id' | 'address' | 'time' | 'cache-buster' | 'short-number';

export interface DifferingToken {
  readonly where: string;
  readonly a: string;
  readonly b: string;
  readonly kind: DifferenceKind;
}

export interface SameToken {
  readonly where: string;
  readonly value: string;
}

/** What the comparison did to the finding's "identifies you" (seen from copy A, the opened mail). */
export type IdentificationChange = 'proven' | 'confirmed' | 'newly-found' | 'downgraded' | 'unchanged';

export interface ComparedItem {
  /** Position in copy A's (and B's) `references` or `links`. */
  readonly a: number;
  readonly b: number;
  readonly urlA: string;
  readonly urlB: string;
  readonly tracker: string | null;
  /** Every token whose value differs between the copies, with why. */
  readonly differing: readonly DifferingToken[];
  /** Tokens the scan flagged, or that look like account or campaign ids, with the same value in both copies. */
  readonly sameInBoth: readonly SameToken[];
  /** The reader's address is in the URL of one copy only (the other carries no address there). */
  readonly addressOnlyIn: 'a' | 'b' | null;
  /** True when some differing token is an id or an address: proof that the URL tells readers apart. */
  readonly perRecipient: boolean;
  readonly before: Identification;
  readonly after: Identification;
  readonly change: IdentificationChange;
}

/**
 * - `compared`: copies of one mail to two readers; the items carry the proof.
 * - `not-a-copy`: fewer than half the references and links have a counterpart: no proof is given.
 * - `same-recipient`: both copies go to the same address (or are the same file): nothing can be proven.
 * - `nothing-to-compare`: neither copy has a remote reference or a link.
 */
export type ComparisonVerdict = 'compared' | 'not-a-copy' | 'same-recipient' | 'nothing-to-compare';

export interface CopyComparison {
  readonly verdict: ComparisonVerdict;
  readonly counts: {
    readonly referencesA: number;
    readonly referencesB: number;
    readonly linksA: number;
    readonly linksB: number;
    readonly pairedReferences: number;
    readonly pairedLinks: number;
  };
  /** Paired references with something to say (a difference, a token the same in both, a change). */
  readonly references: readonly ComparedItem[];
  readonly links: readonly ComparedItem[];
  readonly summary: {
    /** Remote references other than links (`a-href`) that carry a per-recipient id. */
    readonly references: number;
    readonly links: number;
    readonly proven: number;
    readonly downgraded: number;
    /** Names of the trackers whose URLs carry per-recipient ids. */
    readonly trackers: readonly string[];
  };
}

export interface CompareOptions {
  /** The two inputs are the same bytes (a file compared with itself). */
  readonly identicalFiles?: boolean;
}

/** Below this share of paired references and links, two mails are not copies of one mail. */
const MIN_OVERLAP = 0.5;
/** Past this many cells the alignment pairs greedily (a hostile mail may hold many thousand URLs). */
const MAX_ALIGNMENT_CELLS = 4_000_000;
const CACHE_BUSTER_NAMES = new Set(['cb', 'cachebuster', 'cache', 'nocache', 'rnd', 'rand', 'random', 'r', '_']);
const TIME_NAMES = new Set(['t', 'ts', 'time', 'timestamp', 'date', 'sent', 'sendtime']);

interface Item {
  readonly url: string;
  readonly tokens: readonly UrlToken[];
  readonly shape: string;
  readonly host: string;
  readonly leaks: readonly RecipientLeak[];
  readonly flagged: readonly IdentifyingToken[];
  readonly tracker: string | null;
  readonly identifies: Identification;
}

function itemOf(url: string, kind: string, leaks: readonly RecipientLeak[], flagged: readonly IdentifyingToken[]) {
  let host = '';
  try {
    host = new URL(url).host.toLowerCase();
  } catch {
    // an unreadable URL pairs only with the same text
  }
  const tokens = urlTokens(url);
  const shape = `${kind}|${host || url}|${tokens.map((token) => token.where).join(',')}`;
  return { url, tokens, shape, host, leaks, flagged };
}

function referenceItem(finding: Finding): Item {
  const kind = `${finding.vector}|${finding.location.element}|${finding.location.attribute ?? ''}`;
  return {
    ...itemOf(finding.url, kind, finding.recipientLeak, finding.tokens),
    tracker: finding.tracker?.name ?? null,
    identifies: finding.identifies,
  };
}

/** A link's identification, read as classifyReference reads a reference's (a link has no certainty). */
function linkIdentification(link: LinkReport): Identification {
  if (link.recipientLeak.length) return 'address';
  if (link.tokens.some((token) => token.reason === 'recipient-parameter')) return 'recipient-id';
  return link.tokens.length ? 'probable-token' : null;
}

function linkItem(link: LinkReport): Item {
  return {
    ...itemOf(link.url, 'link', link.recipientLeak, link.tokens),
    tracker: link.tracker?.name ?? null,
    identifies: linkIdentification(link),
  };
}

/** Pairs positions with equal shapes, keeping document order (longest common subsequence). */
export function alignByShape(a: readonly string[], b: readonly string[]): [number, number][] {
  if (a.length * b.length > MAX_ALIGNMENT_CELLS) return alignGreedily(a, b);
  const width = b.length + 1;
  const table = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i * width + j] =
        a[i] === b[j]
          ? table[(i + 1) * width + j + 1]! + 1
          : Math.max(table[(i + 1) * width + j]!, table[i * width + j + 1]!);
    }
  }
  const pairs: [number, number][] = [];
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (a[i] === b[j]) pairs.push([i++, j++]);
    else if (table[(i + 1) * width + j]! >= table[i * width + j + 1]!) i++;
    else j++;
  }
  return pairs;
}

function alignGreedily(a: readonly string[], b: readonly string[]): [number, number][] {
  const pairs: [number, number][] = [];
  let j = 0;
  for (let i = 0; i < a.length && j < b.length; i++) {
    const found = b.indexOf(a[i]!, j);
    if (found >= 0) {
      pairs.push([i, found]);
      j = found + 1;
    }
  }
  return pairs;
}

/** Unix seconds or milliseconds between 2000 and 2040, or a date written out (`2023-01-16`, `20230116`). */
function isTime(value: string): boolean {
  if (/^(?:19|20)\d{2}(-?)(?:0[1-9]|1[0-2])\1(?:0[1-9]|[12]\d|3[01])(?:[T _]?\d{2}:?\d{2}(?::?\d{2})?)?$/.test(value)) {
    return true;
  }
  if (!/^\d{10}(?:\d{3})?$/.test(value)) return false;
  const seconds = value.length === 13 ? Number(value) / 1000 : Number(value);
  return seconds >= 946_684_800 && seconds <= 2_208_988_800;
}

function differenceKind(token: UrlToken, b: UrlToken, address: boolean): DifferenceKind {
  if (address) return 'address';
  const name = token.parameter?.toLowerCase();
  if (name && CACHE_BUSTER_NAMES.has(name)) return 'cache-buster';
  if (isTime(token.decoded) && isTime(b.decoded)) return 'time';
  if (name && TIME_NAMES.has(name) && /^\d+$/.test(token.decoded) && /^\d+$/.test(b.decoded)) return 'time';
  if (/^\d{1,3}$/.test(token.decoded) && /^\d{1,3}$/.test(b.decoded)) return 'short-number';
  return 'recipient-id';
}

/**
 * Worth reporting as "the same in both copies" even when the scan did not flag it: a value with digits,
 * long enough to be an account or campaign id (`u=5e78d7ef2297cc80842b7591e`, `/c/79180030/`). Not a
 * file name: a picture's name is the same for everyone anyway.
 */
function looksLikeAnId(value: string): boolean {
  return value.length >= 6 && /\d/.test(value) && !/\.(?:png|jpe?g|gif|webp|svg|ico|css|js|woff2?|html?)$/i.test(value);
}

/** Same host and shape, and the URLs agree somewhere (or are too short to agree anywhere else). */
function compareItems(a: Item, b: Item, proof: boolean, index: [number, number]): ComparedItem | null {
  const differing: DifferingToken[] = [];
  for (let k = 0; k < a.tokens.length; k++) {
    const ta = a.tokens[k]!;
    const tb = b.tokens[k]!;
    if (ta.decoded === tb.decoded) continue;
    const address = [...a.leaks, ...b.leaks].some((leak) => leak.where === ta.where);
    differing.push({ where: ta.where, a: ta.decoded, b: tb.decoded, kind: differenceKind(ta, tb, address) });
  }
  if (a.tokens.length >= 3 && differing.length === a.tokens.length) return null; // not the same URL
  const differs = new Set(differing.map((token) => token.where));
  const flagged = new Set(a.flagged.map((token) => token.where));
  const sameInBoth = a.tokens
    .filter((token) => !differs.has(token.where) && (flagged.has(token.where) || looksLikeAnId(token.decoded)))
    .map((token) => ({ where: token.where, value: token.decoded }));
  const leakA = a.leaks.length > 0;
  const leakB = b.leaks.length > 0;
  const addressOnlyIn = leakA && !leakB ? 'a' : leakB && !leakA ? 'b' : null;
  const perRecipient =
    proof && (differing.some((token) => token.kind === 'recipient-id' || token.kind === 'address') || !!addressOnlyIn);
  let after = a.identifies;
  let change: IdentificationChange = 'unchanged';
  if (perRecipient) {
    after = a.identifies === 'address' ? 'address' : 'recipient-id';
    change = a.identifies === 'probable-token' ? 'proven' : a.identifies === null ? 'newly-found' : 'confirmed';
  } else if (proof && a.identifies === 'probable-token') {
    after = null;
    change = 'downgraded';
  }
  if (!differing.length && !sameInBoth.length && change === 'unchanged' && !addressOnlyIn) return null;
  return {
    a: index[0],
    b: index[1],
    urlA: a.url,
    urlB: b.url,
    tracker: a.tracker ?? b.tracker,
    differing,
    sameInBoth,
    addressOnlyIn: proof ? addressOnlyIn : null,
    perRecipient,
    before: a.identifies,
    after,
    change,
  };
}

function pairItems(a: readonly Item[], b: readonly Item[], proof: boolean) {
  const compared: ComparedItem[] = [];
  let paired = 0;
  for (const pair of alignByShape(
    a.map((item) => item.shape),
    b.map((item) => item.shape),
  )) {
    const itemA = a[pair[0]]!;
    const itemB = b[pair[1]]!;
    const result = itemA.url === itemB.url && !itemA.flagged.length ? null : compareItems(itemA, itemB, proof, pair);
    // compareItems answers null both for "nothing to say" and for "not the same URL after all".
    const same = itemA.tokens.length < 3 || itemA.tokens.some((token, k) => token.decoded === itemB.tokens[k]!.decoded);
    if (same) paired += 1;
    if (result && same) compared.push(result);
  }
  return { compared, paired };
}

function recipientsOf(report: MessageReport): string {
  return [...report.to, ...report.cc]
    .map((address) => address.address.toLowerCase())
    .sort()
    .join(',');
}

export function compareCopies(a: MessageReport, b: MessageReport, options: CompareOptions = {}): CopyComparison {
  const refsA = a.references.map(referenceItem);
  const refsB = b.references.map(referenceItem);
  const linksA = a.links.map(linkItem);
  const linksB = b.links.map(linkItem);
  const recipients = recipientsOf(a);
  const sameRecipient = options.identicalFiles === true || (recipients !== '' && recipients === recipientsOf(b));
  // A first pass without proof measures the overlap; proof is only drawn from copies of one mail.
  const trial = [pairItems(refsA, refsB, false), pairItems(linksA, linksB, false)];
  const total = Math.max(refsA.length + linksA.length, refsB.length + linksB.length);
  const paired = trial[0]!.paired + trial[1]!.paired;
  const verdict: ComparisonVerdict =
    total === 0
      ? 'nothing-to-compare'
      : paired / total < MIN_OVERLAP
        ? 'not-a-copy'
        : sameRecipient
          ? 'same-recipient'
          : 'compared';
  const proof = verdict === 'compared';
  const [references, links] =
    verdict === 'not-a-copy'
      ? [{ compared: [] }, { compared: [] }]
      : proof
        ? [pairItems(refsA, refsB, true), pairItems(linksA, linksB, true)]
        : trial;
  const withIds = (items: readonly ComparedItem[]) => items.filter((item) => item.perRecipient);
  const referenceIds = withIds(references!.compared).filter((item) => a.references[item.a]!.vector !== 'a-href');
  const linkIds = withIds(links!.compared);
  return {
    verdict,
    counts: {
      referencesA: refsA.length,
      referencesB: refsB.length,
      linksA: linksA.length,
      linksB: linksB.length,
      pairedReferences: trial[0]!.paired,
      pairedLinks: trial[1]!.paired,
    },
    references: references!.compared,
    links: links!.compared,
    summary: {
      references: referenceIds.length,
      links: linkIds.length,
      proven: references!.compared.filter((item) => item.change === 'proven').length,
      downgraded: references!.compared.filter((item) => item.change === 'downgraded').length,
      trackers: [
        ...new Set(
          [...withIds(references!.compared), ...linkIds].flatMap((item) => (item.tracker ? [item.tracker] : [])),
        ),
      ],
    },
  };
}
