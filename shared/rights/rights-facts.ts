// A mail's report -> the "Your rights" section as data (model.ts). Only facts from the mail and from the
// checked sources; nothing here says that anyone broke a rule. The sentences live in the catalogues.

import { getDomain } from 'tldts';

import type { Finding } from '../model/finding';
import type { MessageReport } from '../model/report';
import { TRACKER_SERVICES } from '../trackers/tracker-table';
import type { ArticleRef } from './gdpr-articles';
import type {
  CollectedData,
  IdentifyingUse,
  Party,
  RightsFacts,
  RightsSection,
  RightsSource,
  SenderFacts,
  Statement,
  TrackerUse,
  UrlPlace,
} from './model';
import { SOURCE_PAGES, type SourcePage } from './sources';

export interface RightsOptions {
  /** More domains that are the sender's own (e.g. from the headers' sender evidence), besides its From. */
  readonly senderDomains?: readonly string[];
}

const TRACKING = new Set(['named', 'likely']);
const IDENTIFIES = new Set(['address', 'recipient-id']);

function registrable(host: string): string {
  const clean = host.toLowerCase().replace(/\.$/, '');
  return getDomain(clean, { allowPrivateDomains: false }) ?? clean;
}

function domainOfAddress(address: string): string {
  const at = address.lastIndexOf('@');
  return at < 0 ? '' : registrable(address.slice(at + 1));
}

/** The host the finding's fetch tells about: a webmail image proxy's original, else the URL's own. */
function hostOf(finding: Pick<Finding, 'url' | 'imageProxy'>): string {
  try {
    return new URL(finding.imageProxy?.original ?? finding.url).hostname.toLowerCase();
  } catch {
    return '';
  }
}

/** `query parameter "e"` -> a parameter named e; the engine's other places likewise. */
export function parseUrlPlace(where: string | undefined): UrlPlace | null {
  if (!where) return null;
  const parameter = /^query parameter "(.*)"$/.exec(where);
  if (parameter) return { kind: 'parameter', name: parameter[1]! };
  const path = /^path segment (\d+)$/.exec(where);
  if (path) return { kind: 'path', segment: Number(path[1]) };
  if (where === 'fragment') return { kind: 'fragment' };
  if (where === 'host name') return { kind: 'host' };
  return null;
}

function identifyingPlace(finding: Finding): UrlPlace | null {
  if (finding.identifies === 'address') return parseUrlPlace(finding.recipientLeak[0]?.where);
  const reason = finding.identifies === 'recipient-id' ? 'recipient-parameter' : 'opaque';
  return parseUrlPlace(finding.tokens.find((token) => token.reason === reason)?.where);
}

function uniqueUses<T extends TrackerUse>(uses: readonly T[], key: (use: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const use of uses) if (!seen.has(key(use))) seen.set(key(use), use);
  return [...seen.values()];
}

function trackerUse(finding: Finding): TrackerUse {
  return {
    host: hostOf(finding),
    service: finding.tracker?.name ?? null,
    trigger: finding.trigger === 'open' ? 'open' : 'action',
  };
}

export function collectedData(report: MessageReport): CollectedData {
  const findings = report.references.filter((finding) => finding.trigger !== 'dns');
  const openTrackers = findings.filter((finding) => finding.trigger === 'open' && TRACKING.has(finding.certainty));
  const clickTrackers = findings.filter((finding) => finding.trigger === 'action' && finding.tracker !== null);
  const identifyingUse = (finding: Finding): IdentifyingUse => ({
    ...trackerUse(finding),
    how: finding.identifies!,
    where: identifyingPlace(finding),
  });
  // An opening is tied to the reader only by a tracker that is fetched; a click by any URL a click fetches.
  const tying = findings.filter(
    (finding) => finding.trigger === 'action' || (finding.trigger === 'open' && TRACKING.has(finding.certainty)),
  );
  const byHost = (use: TrackerUse) => `${use.trigger} ${use.host} ${use.service ?? ''}`;
  const byPlace = (use: IdentifyingUse) => `${byHost(use)} ${use.how} ${JSON.stringify(use.where)}`;
  return {
    openTrackers: uniqueUses(openTrackers.map(trackerUse), byHost),
    clickTrackers: uniqueUses(clickTrackers.map(trackerUse), byHost),
    identifying: uniqueUses(
      tying.filter((finding) => IDENTIFIES.has(finding.identifies ?? '')).map(identifyingUse),
      byPlace,
    ),
    probable: uniqueUses(
      tying.filter((finding) => finding.identifies === 'probable-token').map(identifyingUse),
      byPlace,
    ),
    otherRemote: findings.filter((finding) => finding.trigger === 'open' && !TRACKING.has(finding.certainty)).length,
  };
}

function senderFacts(report: MessageReport): SenderFacts {
  const from = report.from[0];
  const address = from?.address ?? '';
  return { name: from?.name.trim() ?? '', address, domain: address ? domainOfAddress(address) : '' };
}

const OWN_MAIL_DOMAINS = new Map(
  TRACKER_SERVICES.map((service) => [service.id, (service.senderDomains ?? []).map(registrable)] as const),
);

interface PartyDraft {
  company: string | null;
  named: boolean;
  services: Set<string>;
  hosts: Set<string>;
  country: string;
  eea: boolean | null;
  senderDomain: string | null;
  isSender: boolean;
  triggers: Set<'open' | 'action'>;
}

export function partiesOf(report: MessageReport, options: RightsOptions = {}): Party[] {
  const fromDomain = senderFacts(report).domain;
  const own = new Set([fromDomain, ...(options.senderDomains ?? []).map(registrable)].filter(Boolean));
  const drafts = new Map<string, PartyDraft>();
  for (const finding of report.references) {
    if (finding.trigger === 'dns') continue;
    const tracking = finding.trigger === 'open' ? TRACKING.has(finding.certainty) : finding.tracker !== null;
    if (!tracking) continue;
    const host = hostOf(finding);
    const tracker = finding.tracker;
    const hostDomain = host ? registrable(host) : '';
    const senderDomain = hostDomain && own.has(hostDomain) ? hostDomain : null;
    const key = tracker
      ? tracker.eea === null
        ? `unconfirmed ${tracker.name}`
        : `company ${tracker.company}`
      : `unnamed ${senderDomain ?? hostDomain}`;
    const draft: PartyDraft = drafts.get(key) ?? {
      company: tracker && tracker.eea !== null ? tracker.company : null,
      named: tracker !== null,
      services: new Set(),
      hosts: new Set(),
      country: tracker?.country ?? 'ZZ',
      eea: tracker?.eea ?? null,
      senderDomain: null,
      isSender: false,
      triggers: new Set(),
    };
    if (tracker) draft.services.add(tracker.name);
    if (host) draft.hosts.add(host);
    draft.senderDomain ??= senderDomain;
    if (tracker && fromDomain && OWN_MAIL_DOMAINS.get(tracker.id)?.includes(fromDomain)) draft.isSender = true;
    draft.triggers.add(finding.trigger === 'open' ? 'open' : 'action');
    drafts.set(key, draft);
  }
  return [...drafts.values()].map((draft) => ({
    company: draft.company,
    services: [...draft.services].sort(),
    hosts: [...draft.hosts].sort(),
    country: draft.country,
    eea: draft.named ? draft.eea : null,
    senderDomain: draft.senderDomain,
    isSender: draft.isSender,
    triggers: [...draft.triggers].sort(),
  }));
}

const gdpr = (article: ArticleRef['article'], paragraph?: number, points?: string): RightsSource => ({
  kind: 'gdpr',
  ref: { article, ...(paragraph !== undefined ? { paragraph } : {}), ...(points ? { points } : {}) },
});
const page = (id: SourcePage): RightsSource => ({ kind: 'page', page: id });
const none = {} as Record<string, never>;

/** The section "Your rights" for one message, as data. */
export function rightsFacts(report: MessageReport, options: RightsOptions = {}): RightsFacts {
  const sender = senderFacts(report);
  const collected = collectedData(report);
  const parties = partiesOf(report, options);
  const clean =
    collected.openTrackers.length === 0 &&
    collected.clickTrackers.length === 0 &&
    collected.identifying.length === 0 &&
    collected.probable.length === 0;
  const senderLabel = sender.name || sender.domain || sender.address;

  const responsible: Statement[] = [{ key: 'controller', params: { sender: senderLabel }, sources: [gdpr(4, 7)] }];
  if (parties.some((party) => !party.isSender && party.company !== null)) {
    responsible.push({ key: 'processor', params: none, sources: [gdpr(4, 8), gdpr(28, 3)] });
    responsible.push({ key: 'ownController', params: none, sources: [gdpr(4, 7)] });
  }
  if (parties.length === 0) responsible.push({ key: 'noParties', params: none, sources: [] });

  const transfers: Statement[] = [];
  if (parties.some((party) => party.eea === false)) {
    transfers.push({
      key: 'transferRules',
      params: none,
      sources: [gdpr(44), gdpr(45), gdpr(46, 2, 'c'), gdpr(47), gdpr(49), page('ap-transfers')],
    });
  } else if (parties.length > 0 && parties.every((party) => party.eea === true)) {
    transfers.push({ key: 'allInsideEea', params: none, sources: [page('ap-transfers')] });
  }
  if (parties.length > 0) {
    transfers.push({ key: 'headquartersOnly', params: none, sources: [gdpr(15, 1, 'c'), gdpr(15, 2)] });
  }

  const sections: RightsSection[] = [
    { id: 'collected', statements: [] },
    { id: 'responsible', statements: responsible },
  ];
  if (!clean) {
    sections.push({ id: 'transfers', statements: transfers });
    sections.push({
      id: 'consent',
      statements: [
        { key: 'consent', params: none, sources: [gdpr(4, 11), gdpr(7, 1), gdpr(7, 3)] },
        { key: 'otherGrounds', params: none, sources: [gdpr(6, 1)] },
      ],
    });
    sections.push({
      id: 'ip-address',
      statements: [
        { key: 'ipRecital', params: none, sources: [page('gdpr-recital-30')] },
        { key: 'ipCourt', params: none, sources: [page('cjeu-breyer')] },
        { key: 'onlineIdentifier', params: none, sources: [gdpr(4, 1)] },
      ],
    });
  }
  sections.push({
    id: 'what-you-can-do',
    statements: [
      { key: 'access', params: none, sources: [gdpr(15, 1), gdpr(15, 3), page('ap-access')] },
      { key: 'answerTime', params: none, sources: [gdpr(12, 3), page('ap-access')] },
      { key: 'object', params: none, sources: [gdpr(21, 1), gdpr(21, 2), page('ap-object')] },
      {
        key: 'complain',
        params: { url: SOURCE_PAGES['ap-complaint'] },
        sources: [gdpr(77), page('ap-complaint-info'), page('ap-complaint')],
      },
    ],
  });
  return { sender, collected, clean, parties, sections };
}
