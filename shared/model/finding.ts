// A finding: one remote reference explained — who runs it, how sure we are and why, whether it ties
// the fetch to the reader, and what the fetch would reveal.

import type { RecipientLeak } from '../analysis/recipient-leak';
import type { Said } from '../i18n/said';
import type { LearnedFact } from '../knowledge/what-a-fetch-reveals';
import type { RemoteReference } from './reference';

export type Certainty = 'named' | 'likely' | 'possible' | 'remote-content';

export type SignalId =
  | 'known-tracker'
  | 'tiny'
  | 'hidden'
  | 'recipient-address'
  | 'recipient-id'
  | 'opaque-token'
  | 'path-word'
  | 'only-image-from-host'
  | 'outlook-only'
  | 'print-only'
  | 'forward-only'
  | 'dark-mode-only'
  | 'repeated'
  | 'spacer-name'
  | 'not-sent-by-service'
  | 'proven-by-copies';

export interface Signal {
  readonly id: SignalId;
  /** `strong` and `weak` count towards tracking; `against` points to design (spacers, repeated images). */
  readonly weight: 'strong' | 'weak' | 'against';
  /** In English, for the CLI and the JSON; `text` is the same as a code, for every language. */
  readonly says: string;
  readonly text: Said;
}

export interface TrackerInfo {
  readonly id: string;
  readonly name: string;
  readonly company: string;
  readonly country: string;
  /** Null when the owner, and so the country, is not confirmed (country `ZZ`). */
  readonly eea: boolean | null;
  readonly kind: string;
  /** How the service was recognised: its tracking host, a path pattern, or one of its content hosts. */
  readonly matchedBy: 'tracking-host' | 'path-pattern' | 'content-host';
  readonly evidence: string;
  readonly source: string;
}

export interface IdentifyingToken {
  readonly where: string;
  readonly value: string;
  /**
   * `address`: the reader's own address (see recipientLeak); `recipient-parameter`: the service is known to
   * put a per-recipient id there; `opaque`: a heuristic, a value that looks generated per recipient.
   */
  readonly reason: 'address' | 'recipient-parameter' | 'opaque';
}

/** How a fetch ties the open to the reader: the address itself, a known recipient id, or a probable code. */
export type Identification = 'address' | 'recipient-id' | 'probable-token' | null;

export interface Learned {
  readonly fact: LearnedFact;
  readonly says: string;
  readonly source: string;
}

/** The webmail image proxy a saved mail's picture goes through, and the original it fetches. */
export interface ImageProxyInfo {
  readonly id: string;
  readonly name: string;
  /** The address the proxy fetches: what the tracker, signals and leaks are read from. */
  readonly original: string;
  readonly source: string;
}

export interface Finding extends RemoteReference {
  /** The tracking service, when the URL is one of its tracking addresses; otherwise null. */
  readonly tracker: TrackerInfo | null;
  /** Who serves ordinary content from this host (an ESP's image CDN), when known and not a tracker. */
  readonly operator: TrackerInfo | null;
  /** Set when `url` is a webmail image proxy (a mail saved from Gmail): the finding speaks of its original. */
  readonly imageProxy?: ImageProxyInfo;
  readonly certainty: Certainty;
  readonly signals: readonly Signal[];
  readonly recipientLeak: readonly RecipientLeak[];
  readonly tokens: readonly IdentifyingToken[];
  readonly identifies: Identification;
  /**
   * What the fetch reveals when the mail is read with pictures on, as fact ids (texts and sources:
   * `explainLearning`, REVEALS; other ways of reading: READING_MODES).
   */
  readonly learns: readonly LearnedFact[];
}
