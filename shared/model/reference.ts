// A remote reference: one URL that a mail client would request if the mail were opened (or acted on).

/**
 * - `open`: fetched when the mail is displayed with remote content allowed.
 * - `action`: fetched only when the reader does something (clicks, submits, prints, forwards, hovers).
 * - `dns`: only the host name is looked up (DNS prefetch); the resolver learns of it, no HTTP request.
 */
export type Trigger = 'open' | 'action' | 'dns';

/** Why a CSS rule only applies in some situations; changes what its fetch reveals. */
export type Condition = 'print' | 'forward' | 'dark-mode' | 'outlook-only' | 'hover';

export interface ReferenceLocation {
  /** The body or part holding the reference, e.g. `text/html`, `message/rfc822 #1 > text/html`. */
  readonly part: string;
  /** Element name (`img`, `v:fill`), `style` for a stylesheet, `header` for a mail header. */
  readonly element: string;
  /** Attribute, CSS property, at-rule or header name that carries the URL. */
  readonly attribute?: string;
  /** Containers the reference sits inside, outermost first, e.g. `conditional comment [if mso]`. */
  readonly within?: readonly string[];
}

export interface DeclaredSize {
  readonly width?: number;
  readonly height?: number;
}

export interface RemoteReference {
  /** Absolute URL as a client would request it. For `dns` references, the URL whose host is resolved. */
  readonly url: string;
  /** Name of the construct, from `VECTORS` (shared/references/vectors.ts). */
  readonly vector: string;
  readonly trigger: Trigger;
  readonly location: ReferenceLocation;
  /** Width and height in CSS pixels, as declared by attributes or inline style. */
  readonly declaredSize?: DeclaredSize;
  /** Why the element would be invisible (e.g. `display:none on div`); absent when nothing hides it. */
  readonly hidden?: readonly string[];
  readonly condition?: Condition;
  /** How the raw value became this URL when that was not plain (protocol-relative, scheme-less, base). */
  readonly resolvedFrom?: string;
}
