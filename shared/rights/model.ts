// The "Your rights" section as plain data: who is responsible, where the data would go, what consent
// requires, that an IP address is personal data, what the reader can do. Language-neutral: the sentences
// come from the catalogues (texts-en.ts, texts-nl.ts); every statement carries its sources.

import type { Identification } from '../model/finding';
import type { ArticleRef } from './gdpr-articles';
import type { SourcePage } from './sources';

export type Lang = 'nl' | 'en';

export type RightsSource =
  { readonly kind: 'gdpr'; readonly ref: ArticleRef } | { readonly kind: 'page'; readonly page: SourcePage };

/** A tracking host as this mail uses it, and the service behind it when known. */
export interface TrackerUse {
  readonly host: string;
  /** Service name (`Mailchimp`); null for a pixel recognised by its signals only. */
  readonly service: string | null;
  readonly trigger: 'open' | 'action';
}

/** A place in a URL, read from the engine's `query parameter "e"`, `path segment 3`, ... */
export type UrlPlace =
  | { readonly kind: 'parameter'; readonly name: string }
  | { readonly kind: 'path'; readonly segment: number }
  | { readonly kind: 'fragment' }
  | { readonly kind: 'host' };

/** A URL that ties the fetch (an opening, or a click) to the reader. */
export interface IdentifyingUse extends TrackerUse {
  readonly how: Exclude<Identification, null>;
  /** Where in the URL the address or id sits, when known. */
  readonly where: UrlPlace | null;
}

/** What the trackers of this mail would collect when it is read with pictures on (and links clicked). */
export interface CollectedData {
  /** Open-triggered trackers (named services and likely pixels): IP address, user agent, each opening. */
  readonly openTrackers: readonly TrackerUse[];
  /** Tracked links: click time, IP address and browser, if the reader clicks. */
  readonly clickTrackers: readonly TrackerUse[];
  /** URLs that carry the reader's address or the service's recipient id. */
  readonly identifying: readonly IdentifyingUse[];
  /** URLs with a code that looks unique to each recipient: probably, not provably, the reader's. */
  readonly probable: readonly IdentifyingUse[];
  /** Other things fetched on opening (possible trackers, remote content): no sign of tracking, but each
   * fetch still shows its server the reader's IP address and the time. */
  readonly otherRemote: number;
}

/** One company (or one unnamed tracker) behind this mail's tracking. */
export interface Party {
  /** Legal owner; null when the owner is not confirmed (the service is named, nobody blamed). */
  readonly company: string | null;
  readonly services: readonly string[];
  readonly hosts: readonly string[];
  /** ISO 3166-1 alpha-2; `ZZ` when the owner is not confirmed. */
  readonly country: string;
  readonly eea: boolean | null;
  /** The sender's own (From) domain that a tracking host of this party sits on, e.g. a branded CNAME. */
  readonly senderDomain: string | null;
  /** The company sent this mail itself (its From domain is one of the service's own mail domains). */
  readonly isSender: boolean;
  readonly triggers: readonly ('open' | 'action')[];
}

export interface SenderFacts {
  readonly name: string;
  readonly address: string;
  /** Registrable domain of the From address; empty when the mail has no From. */
  readonly domain: string;
}

/** Every sentence of the section, by key, with the parameters its catalogue function takes. */
export interface StatementParams {
  readonly controller: { readonly sender: string };
  readonly processor: Record<string, never>;
  readonly ownController: Record<string, never>;
  readonly noParties: Record<string, never>;
  readonly transferRules: Record<string, never>;
  readonly headquartersOnly: Record<string, never>;
  readonly allInsideEea: Record<string, never>;
  readonly consent: Record<string, never>;
  readonly otherGrounds: Record<string, never>;
  readonly ipRecital: Record<string, never>;
  readonly ipCourt: Record<string, never>;
  readonly onlineIdentifier: Record<string, never>;
  readonly access: Record<string, never>;
  readonly answerTime: Record<string, never>;
  readonly object: Record<string, never>;
  readonly complain: { readonly url: string };
}

export type StatementKey = keyof StatementParams;

export type Statement = {
  readonly [K in StatementKey]: {
    readonly key: K;
    readonly params: StatementParams[K];
    readonly sources: readonly RightsSource[];
  };
}[StatementKey];

export type RightsSectionId = 'collected' | 'responsible' | 'transfers' | 'consent' | 'ip-address' | 'what-you-can-do';

export interface RightsSection {
  readonly id: RightsSectionId;
  readonly statements: readonly Statement[];
}

export interface RightsFacts {
  readonly sender: SenderFacts;
  readonly collected: CollectedData;
  /** True when nothing in the mail would collect data about the reader (no tracker, no tracked link). */
  readonly clean: boolean;
  readonly parties: readonly Party[];
  readonly sections: readonly RightsSection[];
}
