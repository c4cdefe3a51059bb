// The peers' knowledge as facts: their public rule tables (JSON data in this folder) and their image
// heuristics, re-implemented here from their documented behaviour so that MailLens can be measured
// against them. Nothing here uses MailLens' own code: images come from htmlparser2 directly.
//
// How each peer applies its rules (and how this file approximates it):
// - MailTrackerBlocker searches each rule inside the whole `<img ...>` tag text with ICU regexes. Here
//   the rule is matched against the image URL only (an approximation: a rule could also hit an alt text
//   or another attribute, and the tag holds `&amp;` where the URL holds `&`).
// - Simplify tests its joined regex against the image URL, as here.
// - Trocker searches each "domains" string as a substring of the image src, as here.

import { isTag, type AnyNode, type Element } from 'domhandler';
import { parseDocument } from 'htmlparser2';

import mtbData from './mailtrackerblocker.json';
import simplifyData from './simplify.json';
import trockerData from './trocker.json';

export type Peer = 'MailTrackerBlocker' | 'Simplify' | 'Trocker';

export interface PeerRuleData {
  readonly name: string;
  readonly pattern: string;
  readonly note?: string;
}

export interface PeerRule extends PeerRuleData {
  readonly peer: Peer;
  readonly regex: RegExp;
}

/** One peer rule that names an image URL. */
export interface PeerName {
  readonly peer: Peer;
  readonly vendor: string;
  readonly pattern: string;
}

function compile(peer: Peer, rules: readonly PeerRuleData[]): PeerRule[] {
  return rules.map((rule) => ({ ...rule, peer, regex: new RegExp(rule.pattern, 'i') }));
}

export const PEER_RULES: Readonly<Record<Peer, readonly PeerRule[]>> = {
  MailTrackerBlocker: compile('MailTrackerBlocker', mtbData.rules),
  Simplify: compile('Simplify', simplifyData.rules),
  Trocker: compile('Trocker', trockerData.rules),
};

export const PEERS = Object.keys(PEER_RULES) as Peer[];

/** The first rule of each peer that names the URL (each peer stops at its first hit for one image). */
export function peerNames(url: string): PeerName[] {
  const names: PeerName[] = [];
  for (const peer of PEERS) {
    const rule = PEER_RULES[peer].find((candidate) => candidate.regex.test(url));
    if (rule) names.push({ peer, vendor: rule.name, pattern: rule.pattern });
  }
  return names;
}

// ---- Heuristics ---------------------------------------------------------------------------------

export type PeerFlag = 'mtb-generic-pixel' | 'trocker-tiny' | 'trocker-hidden' | 'trocker-path-word';

/** An `<img>` as the peers see it: its resolved src, its attributes and how often the src occurs in the mail. */
export interface PeerImage {
  readonly src: string;
  readonly attribs: Readonly<Record<string, string>>;
  readonly repeats: number;
}

/** Where a webmail page would resolve a relative src: such images are the webmail's own, not the sender's. */
const PAGE = 'https://webmail.invalid/inbox/';

/** The src as a browser's `img.src` would report it (`http:host/x` becomes `http://host/x`), if remote. */
function remoteSrc(src: string): string | null {
  let url: URL;
  try {
    url = new URL(src, PAGE);
  } catch {
    return null;
  }
  return /^https?:$/.test(url.protocol) && url.hostname !== 'webmail.invalid' ? url.href : null;
}

function elements(nodes: readonly AnyNode[], out: Element[] = []): Element[] {
  for (const node of nodes) {
    if (isTag(node)) {
      out.push(node);
      elements(node.children, out);
    }
  }
  return out;
}

/** Every remote `<img src>` of an HTML body (resolved as a browser would), with Trocker's repetition count. */
export function peerImages(html: string): PeerImage[] {
  const images = elements(parseDocument(html).children)
    .filter((element) => element.name === 'img')
    .map((element) => ({ src: remoteSrc((element.attribs.src ?? '').trim()), attribs: element.attribs }));
  const counts = new Map<string, number>();
  for (const image of images) if (image.src) counts.set(image.src, (counts.get(image.src) ?? 0) + 1);
  return images.flatMap((image) =>
    image.src ? [{ src: image.src, attribs: image.attribs, repeats: counts.get(image.src) ?? 0 }] : [],
  );
}

/** Inline declarations, lower case, `!important` dropped (what `element.style.x` would report). */
function inlineStyle(style: string | undefined): Map<string, string> {
  const declarations = new Map<string, string>();
  for (const part of (style ?? '').split(';')) {
    const colon = part.indexOf(':');
    if (colon < 0) continue;
    const name = part.slice(0, colon).trim().toLowerCase();
    const value = part
      .slice(colon + 1)
      .replace(/!\s*important/i, '')
      .trim()
      .toLowerCase();
    if (name) declarations.set(name, value);
  }
  return declarations;
}

const MTB_SPACERS = new RegExp(
  mtbData.genericPixel.spacerExclusions.map((word) => word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|'),
  'i',
);

/** MailTrackerBlocker's generic rule: a width of 0 or 1 (attribute or inline `width:0px/1px`), not a spacer. */
function mtbGenericPixel(image: PeerImage): boolean {
  const widthAttribute = Object.entries(image.attribs).some(
    ([name, value]) => name.toLowerCase().endsWith('width') && /^\s*[01]p?x?(\s|$)/i.test(value),
  );
  const widthStyle = /(^|[^-])width:\s*[01]px/i.test(image.attribs.style ?? '');
  if (!widthAttribute && !widthStyle) return false;
  const tagText = Object.entries(image.attribs)
    .map(([name, value]) => `${name}="${value}"`)
    .join(' ');
  return !MTB_SPACERS.test(tagText);
}

/** Trocker's getSize: the attribute wins when it is a number, else the inline height/min-/max- value. */
function trockerSide(image: PeerImage, side: 'width' | 'height', style: Map<string, string>): number {
  const inline = style.get(side) || style.get(`min-${side}`) || style.get(`max-${side}`);
  let size = inline ? parseInt(inline, 10) : -1;
  const attribute = image.attribs[side];
  if (attribute !== undefined && Number.isFinite(parseInt(attribute, 10))) size = parseInt(attribute, 10);
  return size;
}

function trockerTiny(image: PeerImage, style: Map<string, string>): boolean {
  const w = trockerSide(image, 'width', style);
  const h = trockerSide(image, 'height', style);
  return (w > -1 && h > -1 && w * h <= 3) || (w === -1 && h > -1 && h <= 3) || (w > -1 && h === -1 && w <= 3);
}

function trockerPathWord(src: string): boolean {
  const url = new URL(src);
  const rest = url.href.slice(url.origin.length);
  return trockerData.heuristics.pathWords.some((word) => rest.includes(word));
}

/** The peers' heuristic verdicts on one image (data: and blob: images never reach here). */
export function peerHeuristicFlags(image: PeerImage): PeerFlag[] {
  const flags: PeerFlag[] = [];
  if (mtbGenericPixel(image)) flags.push('mtb-generic-pixel');
  if (image.repeats < trockerData.heuristics.repeatedDesign) {
    const style = inlineStyle(image.attribs.style);
    if (trockerTiny(image, style)) flags.push('trocker-tiny');
    if (style.get('display') === 'none' || style.get('visibility') === 'hidden') flags.push('trocker-hidden');
    if (trockerPathWord(image.src)) flags.push('trocker-path-word');
  }
  return flags;
}
