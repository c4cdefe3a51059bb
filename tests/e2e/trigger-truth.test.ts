// Trigger truth: every vector fixture's HTML (and attached SVG, AMP and attached-message HTML), exactly as
// the mail carries it, is loaded in real Chromium with scripts off, and what Chromium requests on load
// (light and dark colour scheme), after hovering every element and under print emulation is compared
// with what the engine says of the same fixture (readMessage + findRemoteReferences): its trigger and its
// condition. Every disagreement must be listed in DOCUMENTED below with the client that behaves as the
// engine says, and why; an undocumented disagreement, or a documented one that no longer happens, fails.

import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { readMessage } from '../../electron/readers/read-mail';
import type { MailMessage } from '../../shared/model/mail';
import type { RemoteReference } from '../../shared/model/reference';
import { findRemoteReferences } from '../../shared/references/find-references';
import { combineBase } from '../../shared/references/resolve-url';
import { VECTORS, type VectorName } from '../../shared/references/vectors';
import { loadVectorFixtures } from '../helpers/vector-fixtures';
import {
  DOCUMENT_HOST_CONNECTION,
  PHASES,
  PLACEHOLDER_HOST,
  TruthBrowser,
  withoutFragment,
  type BrowserDocument,
  type Phase,
} from './trigger-browser';

/** Vectors whose candidates depend on the screen's pixel density (srcset, image-set(), imagesrcset). */
const DENSITY_VECTORS = new Set(['img-srcset', 'picture-source-srcset', 'css-image-set', 'link-preload']);

/** When Chromium should first request a URL if the engine's claim is true; `never` within these phases. */
type Expected = Phase | 'never';

interface Documented {
  readonly vector: string;
  /** Only for this fixture (file name without .eml); any fixture when absent. */
  readonly fixture?: string;
  /** What Chromium does (first phase it requests the URL in, or never). */
  readonly chromium: Expected;
  /** What the engine's trigger and condition say. */
  readonly engine: Expected;
  /** The mail client(s) that behave as the engine says, and why. */
  readonly why: string;
}

/**
 * Disagreements between Chromium and the engine, each with the client that behaves as the engine says or,
 * where no current client is known, why the engine still reports the URL. `chromium` is the phase
 * Chromium first requests the URL in; `engine` the phase the engine's trigger/condition implies
 * (`load` = trigger open, no condition; `dark` = condition dark-mode; `hover`/`print` = those conditions;
 * `never` = an action without hover/print, dns, forward-only or Outlook-only).
 */
const DOCUMENTED: readonly Documented[] = [
  // One candidate of several: which one depends on the reader's engine, not on the mail (density
  // candidates are checked on a 2x screen as well, see DENSITY_VECTORS).
  fetchedElsewhere(
    'img-src',
    'Outlook for Windows (Word) ignores <picture>/<source> and fetches the <img src> fallback; so does any engine without WebP. Chromium uses the WebP source.',
    '004-picture-source-srcset',
  ),
  fetchedElsewhere(
    'css-mask',
    'Chromium lets the later `mask` shorthand override `-webkit-mask-image`; WebKit before Safari 15.4 (older Apple Mail) knows only the -webkit- longhand and fetches this one.',
  ),
  fetchedElsewhere(
    'img-src',
    'A scheme-less `host.tld/x.gif` is a relative path to Chromium (against a body with no address: nothing); clients and webmails that resolve it as `http://host.tld/` fetch it (resolve-url.ts, schemeLessHost).',
    '139-scheme-less-host',
  ),
  // Resolved by the mail client, not by a bare browser.
  fetchedElsewhere(
    'css-background',
    'The stylesheet is a `cid:` part: Thunderbird, Apple Mail and Outlook resolve cid: to the attachment and apply it on open; a bare Chromium cannot resolve cid:.',
    '049-cid-stylesheet',
  ),
  fetchedElsewhere(
    'svg-image-href',
    'The SVG is a `cid:` part shown as a document by <object>: clients that resolve cid: (Thunderbird, Apple Mail) load it and its image; a bare Chromium cannot resolve cid:.',
    '106-object-cid-svg',
  ),
  fetchedElsewhere(
    'amp-element',
    'AMP for Email clients (Gmail, Yahoo Mail, Mail.ru) render the text/x-amp-html part with the AMP runtime, which loads <amp-img> on open; Chromium without scripts shows no AMP component.',
  ),
  fetchedElsewhere(
    'vml-src',
    'Outlook for Windows renders VML with Word and fetches its fills, strokes and images on open; Chromium has no VML.',
  ),
  fetchedElsewhere('vml-vmlframe', 'Outlook for Windows (Word, VML) loads the frame on open; Chromium has no VML.'),
  // Scripts: the engine reports them (vector description: "runs only where scripts run").
  fetchedElsewhere(
    'script-src',
    "Only a client that runs scripts fetches it (none of today's mail clients; old Outlook Express/IE zones did). With scripts off Chromium does not even fetch it.",
  ),
  fetchedElsewhere('svg-script', 'As script-src: only where scripts run.'),
  fetchedElsewhere('script-attributionsrc', "As script-src, and only with Chrome's Attribution Reporting API on."),
  fetchedElsewhere(
    'img-attributionsrc',
    "Google Chrome with the Attribution Reporting API (Privacy Sandbox) on registers it on load; Debian's Chromium ships without it.",
  ),
  fetchedElsewhere(
    'link-modulepreload',
    'A module script: Chromium with scripts off refuses the preload before sending it (request failed: csp); ' +
      'fetched only where scripts run (browsers, no current mail client), as script-src.',
  ),
  // Refused inside Chromium before anything is sent (the page asked; page.route never saw it).
  fetchedElsewhere(
    'svg-use',
    'Chromium refuses an external <use> from another origin ("Unsafe attempt to load URL ... Domains, ' +
      'protocols and ports must match"), as WebKit and Gecko do: fetched only by a client showing the mail ' +
      'on the same origin as the sprite. No current client known; a candidate for a trigger change.',
  ),
  fetchedElsewhere(
    'svg-presentation-url',
    'filter="url(external.svg#f)" is refused cross-origin like <use> (the fill="url(...)" paint server in the ' +
      'same fixture is fetched). No current client known; a candidate for a trigger change.',
    '112-svg-fill-url',
  ),
  // Hints and head links that Chromium here does not act on.
  fetchedElsewhere(
    'link-preconnect',
    "The harness's flags switch off NetworkPrediction, which also stops preconnect; a default Chromium/Electron opens the connection on load (tests/e2e/resource-hints.test.ts watches it).",
  ),
  fetchedElsewhere(
    'link-prerender',
    'Chromium 156 ignores rel=prerender (NoStatePrefetch is gone, speculation rules need scripts); Chrome before 2023 and IE 11 fetched it on load.',
  ),
  fetchedElsewhere(
    'link-feed',
    "Client-dependent (vector description): Chromium fetches no feed for <link rel=alternate>; readers with feed discovery (Thunderbird's feed subscriptions, old Opera Mail) read it. Not verified here.",
  ),
  fetchedElsewhere(
    'link-search',
    'Client-dependent: Chromium reads OpenSearch descriptions only for a top-level tab in the browser UI; not verified in a mail client here.',
  ),
  fetchedElsewhere(
    'link-icon',
    'Client-dependent: Chromium fetches icons only for a top-level tab with browser UI (headless: none); a client that shows the mail as its own top-level page or tab may. Not verified here.',
  ),
  fetchedElsewhere(
    'link-manifest',
    'Client-dependent: Chromium fetches a manifest only for a top-level tab (install prompts); not verified in a mail client here.',
  ),
  // Legacy constructs (VECTORS marks them legacy): engines that honoured them are gone or plug-in based.
  fetchedElsewhere('img-lowsrc', 'Legacy: Netscape and IE fetched lowsrc first; no current engine.'),
  fetchedElsewhere('img-dynsrc', 'Legacy: IE up to 6 (Outlook Express) played dynsrc video; no current engine.'),
  fetchedElsewhere('isindex-src', 'Legacy: <isindex> is parsed as a form by HTML5 engines; old IE showed its image.'),
  fetchedElsewhere(
    'css-behavior',
    'Legacy: IE up to 9 (and Outlook 2003/2007 with the IE renderer) loaded HTC behaviours.',
  ),
  fetchedElsewhere('css-ms-filter', 'Legacy: IE up to 9 filters (AlphaImageLoader); Outlook 2003 rendered with IE.'),
  fetchedElsewhere('css-expression', 'Legacy: IE up to 7 evaluated CSS expressions.'),
  fetchedElsewhere('link-import', 'Legacy: HTML imports, Chromium 36-72 only.'),
  fetchedElsewhere('link-subresource', 'Legacy: rel=subresource, Chromium before 2016.'),
  fetchedElsewhere(
    'html-manifest',
    'Legacy: application cache, removed from Chromium in version 95 (Firefox 84); older Chromium-based clients fetched it.',
  ),
  fetchedElsewhere(
    'head-profile',
    'Legacy: HTML 4 head profile; no engine is known to fetch it (kept as evidence, marked legacy).',
  ),
  fetchedElsewhere(
    'doctype-system-id',
    'Legacy: a custom (non-HTML) DTD is read only by validating XML parsers that load external DTDs; an HTML parser never does. Standard (X)HTML DTDs are not reported at all (fixtures 147-149).',
  ),
  fetchedElsewhere('import-implementation', 'Legacy: IE 5-9 <?import?>/<import implementation> HTC behaviours.'),
  fetchedElsewhere(
    'xml-stylesheet',
    'In an HTML body the PI is a bogus comment; XML documents (IE with MSXML, Firefox for XML) apply it.',
  ),
  fetchedElsewhere('bgsound-src', 'Legacy: IE (and Outlook 2003 with the IE renderer) played <bgsound>.'),
  fetchedElsewhere('object-codebase', 'Legacy: IE ActiveX code bases (CAB download).'),
  fetchedElsewhere(
    'object-param',
    'Legacy: plug-in parameters (Flash movie, ActiveX DataURL); no plug-ins in current engines.',
  ),
  fetchedElsewhere(
    'embed-src',
    'Plug-in content: no current engine loads a .swf without a plug-in (Flash ended in 2021); clients with plug-ins fetched it.',
  ),
  fetchedElsewhere('embed-code', 'Legacy: Java/plug-in code attribute.'),
  fetchedElsewhere('applet-code', 'Legacy: Java applets (IE, Netscape with the Java plug-in).'),
  fetchedElsewhere('xml-island', 'Legacy: IE XML data islands.'),
  fetchedElsewhere('svg-font-face-uri', 'Legacy: SVG fonts, WebKit (older Apple Mail) and Chromium before 38.'),
  fetchedElsewhere(
    'portal-src',
    'Experimental: <portal> existed behind a Chrome flag only; kept because HTTPLeaks lists it.',
  ),
  fetchedElsewhere(
    'iframe-src',
    'Chromium refuses view-source: in a frame; engines that render view-source: frames (old Firefox/Chromium before 2013) fetch the page.',
    '103-iframe-view-source',
  ),
  // Constructs whose fetch needs a state the phases do not create.
  fetchedElsewhere(
    'track-src',
    'Chromium loads a text track only when it is shown (`default`, or the reader or a captions preference turning it on), and cross-origin tracks need crossorigin; a client honouring a captions preference loads it on open.',
  ),
  fetchedElsewhere(
    'svg-animation-href',
    'A SMIL animation of href on an <image> with no size: Chromium loads nothing here; engines that apply the animated value to a sized image (Firefox, WebKit) fetch each value as the animation reaches it.',
  ),
  fetchedElsewhere(
    'css-attr-fallback',
    "No shipping engine accepts a url type in attr() (Chromium's typed attr() refuses url for security); reported for engines implementing CSS Values 5 attr() fallbacks. No client known.",
  ),
  fetchedElsewhere(
    'css-image-function',
    'CSS image() is implemented by no shipping engine (Firefox parses -moz-image-rect only); no client known, reported as the spec allows it.',
  ),
];

/** Chromium never requests the URL in any phase; the engine says `open` (fetched on load). */
function fetchedElsewhere(vector: VectorName, why: string, fixture?: string): Documented {
  return { vector, chromium: 'never', engine: 'load', why, ...(fixture ? { fixture } : {}) };
}

interface Disagreement {
  readonly fixture: string;
  readonly vector: string;
  readonly url: string;
  readonly chromium: Expected;
  readonly engine: Expected;
}

/**
 * The comparison key of a URL: without fragment and scheme. A protocol-relative `//host/x` is `https:` to
 * the engine (a mail body has no scheme of its own) and `http:` to Chromium here (the page's scheme);
 * which scheme is used does not change when a URL is fetched.
 */
function keyOf(url: string): string {
  try {
    const parsed = new URL(withoutFragment(url));
    return parsed.href.slice(parsed.protocol.length);
  } catch {
    return url;
  }
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

/** The phase in which a client like Chromium fetches a reference, if the engine is right. */
function expectedPhase(reference: RemoteReference, openedByReader: boolean): Expected {
  const vectorTrigger = VECTORS[reference.vector as VectorName]?.trigger ?? reference.trigger;
  // A reference in an attachment is `action` (opening it); loading the attachment here is that action.
  const trigger = openedByReader && reference.trigger === 'action' ? vectorTrigger : reference.trigger;
  switch (reference.condition) {
    case 'hover':
      return 'hover';
    case 'print':
      return 'print';
    case 'dark-mode':
      return trigger === 'open' ? 'dark' : 'never';
    case 'forward':
    case 'outlook-only':
      return 'never';
    default:
      return trigger === 'open' ? 'load' : 'never';
  }
}

interface LoadableDocument extends BrowserDocument {
  readonly part: string;
  readonly openedByReader: boolean;
}

/** The documents of a mail a client renders (bodies, attached SVGs, attached messages' bodies). */
function documentsOf(message: MailMessage, prefix = ''): LoadableDocument[] {
  const documents: LoadableDocument[] = [];
  for (const body of message.bodies) {
    if (body.kind === 'text') continue;
    const base = combineBase(body.contentBase, body.contentLocation);
    const url = base && /^https?:\/\//i.test(base) ? base : `http://${PLACEHOLDER_HOST}/`;
    const contentType = 'text/html; charset=utf-8';
    documents.push({
      url,
      body: body.content,
      contentType,
      part: prefix + body.part,
      openedByReader: !body.rendersOnOpen,
    });
  }
  for (const attachment of message.attachments) {
    if (!/^image\/svg\+xml$/i.test(attachment.contentType) || attachment.contentId) continue;
    documents.push({
      url: `http://${PLACEHOLDER_HOST}/${encodeURIComponent(attachment.filename)}`,
      body: new TextDecoder().decode(attachment.content),
      contentType: 'image/svg+xml',
      part: `${prefix}attachment "${attachment.filename}"`,
      openedByReader: attachment.disposition !== 'inline',
    });
  }
  message.attachedMessages.forEach((attached, index) => {
    documents.push(...documentsOf(attached, `${prefix}message/rfc822 #${index + 1} > `));
  });
  return documents;
}

const fixtures = loadVectorFixtures();
let browser: TruthBrowser;

describe('trigger truth (Chromium)', () => {
  beforeAll(async () => {
    browser = await TruthBrowser.launch();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  it(
    'every reference is fetched exactly when the engine says, or the difference is documented',
    async () => {
      const disagreements: Disagreement[] = [];
      let documentsLoaded = 0;
      let compared = 0;
      let agreements = 0;
      const agreedIn: Record<Expected, number> = { load: 0, dark: 0, hover: 0, print: 0, never: 0 };
      let relativeToNothing = 0;
      let accompanyingConnections = 0;
      let agreedOnHighDensity = 0;
      let blockedInPage = 0;
      for (const fixture of fixtures) {
        const name = fixture.name.replace(/\.eml$/, '');
        const message = await readMessage(fixture.bytes, 'eml');
        const references = findRemoteReferences(message);
        const documents = documentsOf(message);
        const record = (item: Omit<Disagreement, 'fixture'>) => disagreements.push({ fixture: name, ...item });
        for (const document of documents) {
          const observation = await browser.observe(document);
          documentsLoaded++;
          const requested = new Map<string, { url: string; phase: Phase }>();
          const connections: { host: string; phase: Phase }[] = [];
          let relative = 0;
          for (const phase of PHASES) {
            for (const url of observation.requested[phase]) {
              if (hostOf(url) === PLACEHOLDER_HOST) relative++;
              else if (!requested.has(keyOf(url))) requested.set(keyOf(url), { url, phase });
            }
            for (const host of observation.connections[phase]) connections.push({ host, phase });
          }
          relativeToNothing += relative;
          blockedInPage += observation.blocked.length;
          const own = references.filter((item) => item.location.part === document.part);
          // Density-dependent candidates: loaded once more as on a 2x screen, which picks the 2x ones.
          const onHighDensity = new Map<string, { url: string; phase: Phase }>();
          if (own.some((reference) => DENSITY_VECTORS.has(reference.vector))) {
            const again = await browser.observe(document, true);
            for (const phase of PHASES) {
              for (const url of again.requested[phase]) {
                if (hostOf(url) !== PLACEHOLDER_HOST && !onHighDensity.has(keyOf(url))) {
                  onHighDensity.set(keyOf(url), { url, phase });
                }
              }
            }
          }
          const explained = new Set<string>();
          const usedConnections = new Set<number>();
          for (const reference of own) {
            const engine = expectedPhase(reference, document.openedByReader);
            const key = keyOf(reference.url);
            let chromium: Expected = requested.get(key)?.phase ?? 'never';
            if (chromium === 'never' && DENSITY_VECTORS.has(reference.vector) && onHighDensity.has(key)) {
              chromium = onHighDensity.get(key)!.phase;
              if (chromium === engine) agreedOnHighDensity++;
            }
            if (chromium !== 'never') explained.add(key);
            else {
              // A connection without a request (preconnect) stands for the reference to that host.
              const index = connections.findIndex((item) => item.host === hostOf(reference.url));
              if (index >= 0) {
                chromium = connections[index]!.phase;
                usedConnections.add(index);
              }
            }
            compared++;
            if (chromium === engine) {
              agreements++;
              agreedIn[engine]++;
            } else record({ vector: reference.vector, url: reference.url, chromium, engine });
          }
          for (const [key, { url, phase }] of [...requested, ...onHighDensity]) {
            if (explained.has(key)) continue;
            explained.add(key);
            compared++;
            record({ vector: 'unreported', url, chromium: phase, engine: 'never' });
          }
          // Chromium also opens sockets beside the requests page.route answers (to the same hosts, or
          // silent ones it never uses). A connection is only news in a document that requested nothing.
          const requestedHosts = new Set([...requested.values()].map((item) => hostOf(item.url)));
          connections.forEach((connection, index) => {
            if (usedConnections.has(index)) return;
            // A body without an address is loaded from PLACEHOLDER_HOST (relative URLs against it go
            // nowhere in a mail client); Chromium opens a socket to it on navigation although page.route
            // answers the document: that is the test's doing.
            const silent = !/\./.test(connection.host);
            if (
              connection.host === DOCUMENT_HOST_CONNECTION ||
              requestedHosts.has(connection.host) ||
              (silent && requested.size + relative > 0)
            ) {
              accompanyingConnections++;
              return;
            }
            compared++;
            record({
              vector: 'unreported',
              url: `connection to ${connection.host}`,
              chromium: connection.phase,
              engine: 'never',
            });
          });
        }
        // References in parts no document stands for (headers): none of them may be fetched on load.
        for (const reference of references.filter((item) => !documents.some((d) => d.part === item.location.part))) {
          const engine = expectedPhase(reference, false);
          compared++;
          if (engine === 'never') {
            agreements++;
            agreedIn.never++;
          } else record({ vector: reference.vector, url: reference.url, chromium: 'never', engine });
        }
      }

      const documentedFor = (item: Disagreement) =>
        DOCUMENTED.find(
          (row) =>
            row.vector === item.vector &&
            row.chromium === item.chromium &&
            row.engine === item.engine &&
            (row.fixture === undefined || row.fixture === item.fixture),
        );
      const undocumented = disagreements.filter((item) => !documentedFor(item));
      const stale = DOCUMENTED.filter((row) => !disagreements.some((item) => documentedFor(item) === row));
      console.log(
        `trigger truth: ${fixtures.length} fixtures, ${documentsLoaded} documents loaded in Chromium, ` +
          `${compared} URLs compared, ${agreements} agree (load ${agreedIn.load}, dark ${agreedIn.dark}, ` +
          `hover ${agreedIn.hover}, print ${agreedIn.print}, not fetched ${agreedIn.never}; ` +
          `${agreedOnHighDensity} of them only on a 2x screen), ` +
          `${disagreements.length - undocumented.length} ` +
          `documented disagreements (${DOCUMENTED.length} table rows), ${undocumented.length} undocumented; ` +
          `${relativeToNothing} relative URLs of address-less bodies and ${accompanyingConnections} sockets ` +
          `beside answered requests not compared; ${blockedInPage} requests blocked inside Chromium (never sent)`,
      );
      if (process.env.MAILLENS_TRUTH_DUMP) {
        writeFileSync(process.env.MAILLENS_TRUTH_DUMP, JSON.stringify({ undocumented, stale }, null, 1));
      }
      expect(undocumented).toEqual([]);
      expect(stale).toEqual([]);
      // Not vacuous: each phase saw at least one reference fetched exactly when the engine says.
      for (const phase of PHASES) expect(agreedIn[phase], phase).toBeGreaterThan(0);
    },
    10 * 60_000,
  );
});
