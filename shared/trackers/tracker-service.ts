// One tracking service as data: who runs it, where, and how its URLs look.
// Adding a tracker means adding a row (and its example URL is tested automatically).

export type TrackerKind = 'opens' | 'clicks' | 'both' | 'data-broker';

export interface PathPattern {
  /**
   * Regular expression (source text, matched case-insensitively) against the URL's path plus query,
   * e.g. `^/wf/open\\?upn=`. Path patterns catch branded tracking domains (CNAMEs) that host lists miss,
   * so they must be specific to the service, never generic words alone.
   */
  readonly pattern: string;
  /** Optional: the pattern only counts on hosts ending with one of these (lower case). */
  readonly hosts?: readonly string[];
}

export interface TrackerService {
  /** Stable kebab-case id, unique in the table, e.g. `mailchimp`. */
  readonly id: string;
  /** Product or service name as users know it, e.g. `Mailchimp`. */
  readonly name: string;
  /**
   * Legal owner today, e.g. `Intuit Inc.`. When no public source confirms the owner of a service the peers
   * list, this says so (`owner not confirmed`) and `country` is `ZZ`: named, but nobody is blamed.
   */
  readonly company: string;
  /** ISO 3166-1 alpha-2 code of the owner's headquarters, e.g. `US`, or `ZZ` when the owner is not
   * confirmed. (EEA membership is derived from it.) */
  readonly country: string;
  readonly kind: TrackerKind;
  /**
   * Host names or host suffixes (lower case, no scheme) used for open pixels or click redirects, e.g.
   * `list-manage.com` matches `acme.us5.list-manage.com`. Only hosts dedicated to tracking or mail delivery.
   */
  readonly trackingHosts: readonly string[];
  /** Hosts the service uses for ordinary content (image CDNs): fetching them tells the service the IP, but
   * they are not tracking pixels by themselves. Optional. */
  readonly contentHosts?: readonly string[];
  readonly pathPatterns?: readonly PathPattern[];
  /** Query parameters known to carry a per-recipient identifier, e.g. Mailchimp's `e`. Optional. */
  readonly recipientParams?: readonly string[];
  /**
   * Query parameters known to carry the sender's account, list or campaign id, the same in every
   * recipient's copy (Mailchimp's `u` and `id`): never "a code unique to you". Optional.
   */
  readonly sharedParams?: readonly string[];
  /**
   * For a platform's own notification mail (Facebook, LinkedIn, GitHub, ...): the domains its mail comes
   * from (From, Return-Path, DKIM `d=`, Received). In a traced mail that names none of them, the service
   * did not send it (a phishing copy), so its recipient ids belong to someone else. Optional.
   */
  readonly senderDomains?: readonly string[];
  /** One realistic tracking URL of this service (made up but shaped like the real ones); must match. */
  readonly example: string;
  /** Where the facts come from: a public URL (documentation, company page, rule file) or a named publication. */
  readonly source: string;
}
