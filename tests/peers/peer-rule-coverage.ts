// Every peer rule as concrete image URLs: randexp writes strings that the rule matches (seeded per rule,
// so the same URLs every run), each string becomes a full https:// URL the way the rule is applied (a
// rule that holds its host keeps it; a path-only rule gets a branded sender host), and MailLens' real
// classifier judges each URL as an `<img src>` fetched on open.

import RandExp from 'randexp';
import { parse } from 'tldts';

import { analyseMessage } from '../../shared/analysis/analyse-message';
import type { Certainty } from '../../shared/model/finding';
import type { TrackerMatcher } from '../../shared/trackers/match-tracker';
import { bareMessage, openImage } from '../helpers/bare-message';
import { seeded } from '../security/mutations';
import { PEER_RULES, PEERS, type Peer, type PeerRule } from './peer-rules';

/** A sender's own (CNAMEd) tracking host, for rules that name only a path. */
export const BRANDED_HOST = 'email.brand-example.com';

const SAMPLES = 3;

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/**
 * The pattern as randexp should read it: an unescaped `.` that stands alone (not `.*`, `.+`, `.{n}`) is
 * the dot of a host or file name in these rules, so it is written as a literal dot (which the original
 * `.` still matches).
 */
export function generationSource(pattern: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === '\\') {
      out += ch + (pattern[i + 1] ?? '');
      i++;
    } else if (inClass) {
      out += ch;
      if (ch === ']') inClass = false;
    } else if (ch === '[') {
      inClass = true;
      out += ch;
    } else if (ch === '.' && !/[*+?{]/.test(pattern[i + 1] ?? '')) {
      out += '\\.';
    } else out += ch;
  }
  return out;
}

/** Characters randexp may use for `.`, `\S`, `[^"]` and the like: those a URL path holds unescaped. */
function urlSafeRange(generator: RandExp): void {
  generator.defaultRange.subtract(32, 126);
  generator.defaultRange.add(48, 57);
  generator.defaultRange.add(65, 90);
  generator.defaultRange.add(97, 122);
}

const HOST_AT_START = /^([a-z0-9-]+(?:\.[a-z0-9-]+)+)(?=[/?#:]|$)/i;

/** A host name under a real public suffix (`t.ionos.com`, not `open.aspx` or `pixel.gif`). */
function isIcannHost(host: string): boolean {
  const parsed = parse(host);
  return parsed.isIcann === true && parsed.domain !== null;
}

/** A per-recipient code, as real pixels carry one where a rule stops (`/o/`, `?u=`, `/open/`). */
export const RECIPIENT_CODE = '7f3a9c2e5b1d4086a2c4';

/**
 * A rule is a substring of a real URL: where the match stops at a separator (`/`, `=`, `?`, `&`, `-`,
 * `_`), the real URL goes on with a code; such a URL never ends there.
 */
export function continued(text: string): string {
  if (/[=&]$/.test(text)) return text + RECIPIENT_CODE;
  if (/\?$/.test(text)) return `${text}id=${RECIPIENT_CODE}`;
  if (/[/_-]$/.test(text)) return text + RECIPIENT_CODE;
  return text;
}

/** The generated text as the image URL a mail would carry (`host` for the path-only rules). */
export function toUrl(text: string, host = BRANDED_HOST): string {
  let rest = continued(text.replace(/^\^/, ''));
  if (/^https?:\/\//i.test(rest)) return withPath(rest);
  if (/^:?\/\//.test(rest)) return withPath(`https:${rest.replace(/^:/, '')}`);
  if (/^[.-][a-z0-9]/i.test(rest)) {
    // `.list-manage.com/…` or `-email.com/…`: the end of a host name.
    const tail = HOST_AT_START.exec(`acme${rest}`)?.[1];
    if (tail && isIcannHost(tail)) return withPath(`https://acme${rest}`);
  }
  const start = HOST_AT_START.exec(rest)?.[1];
  if (start && isIcannHost(start) && !/\.(gif|png|jpe?g|php|aspx?|html?|cgi|js)$/i.test(start))
    return withPath(`https://${rest}`);
  rest = rest.replace(/^\/+/, '');
  return `https://${host}/${rest}`;
}

function withPath(url: string): string {
  return /^https?:\/\/[^/?#]+$/i.test(url) ? `${url}/` : url;
}

export interface RuleSample {
  readonly text: string;
  readonly url: string;
  /** The peer rule matches the URL (as this repository applies it). */
  readonly matches: boolean;
  readonly certainty: Certainty | 'unparseable';
  readonly service: string | null;
  readonly operator: string | null;
}

export interface RuleResult {
  readonly rule: PeerRule;
  readonly samples: readonly RuleSample[];
  /** randexp could not write a string for the rule. */
  readonly error?: string;
  readonly covered: boolean;
}

const MESSAGE = bareMessage(['reader@example.org']);

function judge(url: string, matcher: TrackerMatcher): Pick<RuleSample, 'certainty' | 'service' | 'operator'> {
  try {
    new URL(url);
  } catch {
    return { certainty: 'unparseable', service: null, operator: null };
  }
  const finding = analyseMessage(MESSAGE, [openImage(url)], { matcher }).findings[0]!;
  return { certainty: finding.certainty, service: finding.tracker?.id ?? null, operator: finding.operator?.id ?? null };
}

export function sampleTexts(rule: PeerRule, count = SAMPLES): string[] {
  const generator = new RandExp(generationSource(rule.pattern));
  urlSafeRange(generator);
  generator.max = 8;
  const random = seeded(hash(`${rule.peer} ${rule.pattern}`));
  generator.randInt = (from: number, to: number) => from + Math.floor(random() * (to - from + 1));
  const texts: string[] = [];
  for (let i = 0; i < count; i++) texts.push(generator.gen());
  return texts;
}

export interface CheckOptions {
  /** Put the rule's path on this host instead of a branded one. */
  readonly host?: string;
  /** Hand-written URLs instead of randexp's. */
  readonly urls?: readonly string[];
}

export function checkRule(rule: PeerRule, matcher: TrackerMatcher, options: CheckOptions = {}): RuleResult {
  let texts: readonly string[];
  try {
    texts = options.urls ?? sampleTexts(rule);
  } catch (error) {
    return { rule, samples: [], error: String(error), covered: false };
  }
  const samples = texts.map((text) => {
    const url = options.urls ? text : toUrl(text, options.host);
    // MailTrackerBlocker reads the tag text, where `&` is written `&amp;`.
    const matches =
      rule.regex.test(url) || (rule.peer === 'MailTrackerBlocker' && rule.regex.test(url.replace(/&/g, '&amp;')));
    return { text, url, matches, ...judge(url, matcher) };
  });
  const covered = samples.every((sample) => sample.matches && sample.certainty === 'named');
  return { rule, samples, covered };
}

export function allRules(): PeerRule[] {
  return PEERS.flatMap((peer: Peer) => [...PEER_RULES[peer]]);
}
