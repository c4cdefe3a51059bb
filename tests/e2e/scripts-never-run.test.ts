// Gate 2, scripts never run: every published XSS test vector (DOMPurify's own test suite and the HTML5
// Security Cheatsheet, tests/fixtures/xss/) goes through the whole pipeline as a mail — engine, IPC
// outcome, React UI, DOMPurify, sandboxed frame — twice: as the bare HTML body, and inside a minimal
// <html><body>. Gate, per vector: no canary call (alert & co. replaced in the page and in the frame, and
// alert/confirm/prompt/print rewritten to the canary in the payload), no dialog, no popup, no navigation
// but the preview's about:srcdoc, and no script-capable element, event handler, script URL or srcdoc
// in the preview document (shadow roots and template contents included) or in the app's own page.

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CDPSession, Frame } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { REPO } from '../helpers/pool';
import { launchApp, type AppUnderTest } from './harness';

interface Vector {
  readonly id: string;
  readonly payload: string;
}

type Form = 'body' | 'document';

/** One vector in one form: what the app showed, and everything the gate caught (empty when it passed). */
interface Check {
  readonly vector: string;
  readonly form: Form;
  readonly outcome: 'preview' | 'no-preview' | 'error';
  readonly hits: string[];
}

const FIXTURES = join(REPO, 'tests', 'fixtures', 'xss');
const SOURCES: Record<string, string> = {
  DOMPurify: 'dompurify-vectors.json',
  'HTML5 Security Cheatsheet': 'html5sec-vectors.json',
};
const FORMS: readonly Form[] = ['body', 'document'];
/** Time for anything a loaded document would do on its own (meta refresh, SMIL begin=0, autofocus). */
const SETTLE_MS = 40;
/** For a quick look: only the first N vectors of each source (all by default). */
const LIMIT = Number(process.env.MAILLENS_XSS_VECTORS ?? Infinity);

function loadVectors(file: string): Vector[] {
  const vectors = JSON.parse(readFileSync(join(FIXTURES, file), 'utf8')) as Vector[];
  if (!Array.isArray(vectors) || vectors.some((v) => typeof v.id !== 'string' || typeof v.payload !== 'string')) {
    throw new Error(`${file}: not an array of { id, payload }`);
  }
  return vectors;
}

/** An executing vector would call the canary: the dialog functions it names are rewritten to it. */
function armed(payload: string): string {
  return payload.replace(/\b(?:alert|confirm|prompt)\b/g, '__xssCanary').replace(/\bprint\s*\(/g, '__xssCanary(');
}

function mailFor(vector: Vector, form: Form, subject: string): string {
  const payload = armed(vector.payload);
  const html = form === 'body' ? payload : `<html><body>${payload}</body></html>`;
  const body = Buffer.from(html, 'utf8').toString('base64').replace(/.{76}/g, '$&\r\n');
  return [
    'From: XSS vectors <vectors@example.org>',
    'To: reader@example.org',
    `Subject: ${subject}`,
    'Date: Sun, 22 Nov 2026 10:00:00 +0000',
    `Message-ID: <${vector.id}.${form}@vectors.example.org>`,
    'MIME-Version: 1.0',
    'Content-Type: text/html; charset=utf-8',
    'Content-Transfer-Encoding: base64',
    '',
    body,
    '',
  ].join('\r\n');
}

// ---- The DOM check, on Chromium's own tree (CDP DOM.getDocument with pierce: shadow roots, closed ones
// too, template contents and frame documents).

interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly localName?: string;
  readonly attributes?: string[];
  readonly children?: DomNode[];
  readonly shadowRoots?: DomNode[];
  readonly templateContent?: DomNode;
  readonly contentDocument?: DomNode;
  readonly documentURL?: string;
  readonly shadowRootType?: 'user-agent' | 'open' | 'closed';
  readonly backendNodeId: number;
  readonly childNodeCount?: number;
}

/** Shadow roots the page made (open or closed); the engine's own controls (user-agent) are not content. */
function shadowRootsOf(node: DomNode): DomNode[] {
  return (node.shadowRoots ?? []).filter((root) => root.shadowRootType !== 'user-agent');
}

/** Elements that can run script, load a document or plug-in, or redirect the document's URLs. */
const SCRIPT_CAPABLE = new Set([
  'script',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'base',
  'portal',
  'fencedframe',
  'link',
  'handler',
  'listener',
]);
const ANIMATION = new Set(['set', 'animate', 'animatemotion', 'animatetransform', 'animatecolor']);
/** After the URL parser's own clean-up (leading C0 controls and spaces, tabs and newlines anywhere). */
const SCRIPT_URL = /^(?:javascript|vbscript|livescript|mocha):|^data:\s*(?:text\/html|application\/xhtml)/i;

function attributesOf(node: DomNode): [string, string][] {
  const list = node.attributes ?? [];
  const pairs: [string, string][] = [];
  for (let i = 0; i + 1 < list.length; i += 2) pairs.push([list[i]!, list[i + 1]!]);
  return pairs;
}

function scriptUrl(value: string): boolean {
  // eslint-disable-next-line no-control-regex
  return SCRIPT_URL.test(value.replace(/^[\u0000-\u0020]+/, '').replace(/[\t\n\r]/g, ''));
}

/** What in this element could run, load or navigate; `where` names it for the report. */
function elementHits(node: DomNode, where: string): string[] {
  const name = (node.localName || node.nodeName).toLowerCase();
  const attributes = attributesOf(node);
  const hits: string[] = [];
  const attr = (wanted: string) => attributes.find(([n]) => n.toLowerCase() === wanted)?.[1];
  if (name === 'meta') {
    if ((attr('http-equiv') ?? '').toLowerCase() !== 'content-security-policy') hits.push(`${where}: <meta>`);
  } else if (SCRIPT_CAPABLE.has(name)) {
    hits.push(`${where}: <${name}>`);
  }
  if (ANIMATION.has(name) && /^(?:on|href$|xlink:href$)/i.test(attr('attributename') ?? '')) {
    hits.push(`${where}: <${name} attributeName="${attr('attributename')}">`);
  }
  for (const [attrName, value] of attributes) {
    const lower = attrName.toLowerCase();
    if (lower.startsWith('on')) hits.push(`${where}: <${name} ${attrName}>`);
    else if (lower === 'srcdoc') hits.push(`${where}: <${name} srcdoc>`);
    else if (scriptUrl(value)) hits.push(`${where}: <${name} ${attrName}="${value.slice(0, 60)}">`);
  }
  return hits;
}

type Located = [node: DomNode, where: string];

/**
 * Every node under `root`, with where it sits. A template's content comes without its children in
 * DOM.getDocument and is described on its own. `stop`: nodes whose frame document is not entered.
 */
async function nodesUnder(
  cdp: CDPSession,
  root: DomNode,
  where: string,
  stop: (node: DomNode) => boolean = () => false,
): Promise<Located[]> {
  const found: Located[] = [];
  const stack: Located[] = [[root, where]];
  while (stack.length) {
    const [node, at] = stack.pop()!;
    found.push([node, at]);
    if (stop(node)) continue;
    for (const child of node.children ?? []) stack.push([child, at]);
    for (const shadow of shadowRootsOf(node)) stack.push([shadow, `${at} (shadow root)`]);
    let content = node.templateContent;
    if (content && !content.children && (content.childNodeCount ?? 0) > 0) {
      const described = (await cdp.send('DOM.describeNode', {
        backendNodeId: content.backendNodeId,
        depth: -1,
        pierce: true,
      })) as { node: DomNode };
      content = described.node;
    }
    if (content) stack.push([content, `${at} (template content)`]);
    if (node.contentDocument) stack.push([node.contentDocument, `${at} (frame document)`]);
  }
  return found;
}

function isPreviewFrame(node: DomNode): boolean {
  return (
    node.localName === 'iframe' &&
    attributesOf(node).some(([name, value]) => name === 'data-testid' && value === 'preview')
  );
}

interface DomReport {
  readonly hits: string[];
  readonly previews: number;
}

/** An element of the app's own page, by name and attributes. */
function elementKey(node: DomNode): string {
  return JSON.stringify([node.localName || node.nodeName, attributesOf(node)]);
}

async function documentOf(cdp: CDPSession): Promise<DomNode> {
  return ((await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode }).root;
}

/**
 * The app page and every preview document in it. The app's own elements that the rules name (its
 * bundle's script and stylesheet link, its meta tags), as found on the start screen, are `own`.
 */
async function checkDom(cdp: CDPSession, own: ReadonlySet<string>): Promise<DomReport> {
  const hits: string[] = [];
  const previews: DomNode[] = [];
  for (const [node] of await nodesUnder(cdp, await documentOf(cdp), 'app', isPreviewFrame)) {
    if (node.nodeType !== 1) continue;
    if (isPreviewFrame(node)) {
      // Its srcdoc attribute is the preview document itself, checked below as parsed.
      const sandbox = attributesOf(node).find(([name]) => name === 'sandbox')?.[1];
      if (sandbox === undefined || /allow-scripts/i.test(sandbox)) hits.push(`app: preview sandbox="${sandbox}"`);
      if (node.contentDocument) previews.push(node.contentDocument);
    } else if (!own.has(elementKey(node))) {
      hits.push(...elementHits(node, 'app'));
      if (node.contentDocument) hits.push(`app: a frame other than the preview (${node.contentDocument.documentURL})`);
    }
  }
  for (const preview of previews) {
    if (preview.documentURL !== 'about:srcdoc') hits.push(`preview: document URL ${preview.documentURL}`);
    for (const [node, where] of await nodesUnder(cdp, preview, 'preview')) {
      if (node.nodeType === 1) hits.push(...elementHits(node, where));
    }
  }
  return { hits, previews: previews.length };
}

/** The app's own elements that the rules would name, on its start screen. */
async function appOwnElements(cdp: CDPSession): Promise<Set<string>> {
  const own = new Set<string>();
  for (const [node] of await nodesUnder(cdp, await documentOf(cdp), 'app')) {
    if (node.nodeType === 1 && elementHits(node, 'app').length > 0) own.add(elementKey(node));
  }
  return own;
}

// ---- The page side: canary, dialog functions, and a count of the preview frame's loads.

/** The page's window with what this test adds to it. */
type TestWindow = Window & {
  __xssCanary?: (...args: unknown[]) => void;
  __xssCanaryNode?: (where: string) => Promise<void>;
  __xssHits?: number;
  __xssFrameLoads?: number;
};

/** Installs the canary in the app page, and in each preview frame's window when it has loaded. */
function installCanary(): void {
  const page = window as TestWindow;
  const arm = (target: TestWindow, where: string) => {
    const canary = (...args: unknown[]) => {
      page.__xssHits = (page.__xssHits ?? 0) + 1;
      void page.__xssCanaryNode?.(`${where}: ${String(args[0]).slice(0, 80)}`);
    };
    target.__xssCanary = canary;
    for (const name of ['alert', 'confirm', 'prompt', 'print'] as const) {
      Object.defineProperty(target, name, { value: canary, configurable: true, writable: true });
    }
  };
  arm(page, 'app');
  page.__xssFrameLoads = 0;
  document.addEventListener(
    'load',
    (event) => {
      const frame = event.target as Element;
      if (frame.tagName !== 'IFRAME') return;
      page.__xssFrameLoads = (page.__xssFrameLoads ?? 0) + 1;
      const inner = (frame as HTMLIFrameElement).contentWindow;
      if (inner) arm(inner as unknown as TestWindow, 'preview');
    },
    true,
  );
}

interface Before {
  readonly loads: number;
  readonly srcdoc: string | null;
}

function frameState(): Before {
  const frame = document.querySelector('iframe[data-testid="preview"]');
  if (frame) (frame as unknown as { __xssSeen?: boolean }).__xssSeen = true;
  return { loads: (window as TestWindow).__xssFrameLoads ?? 0, srcdoc: frame?.getAttribute('srcdoc') ?? null };
}

/** Settled once the new mail's result (or its error) shows and its preview frame has loaded. */
function settled([subject, fileName, before]: [string, string, Before]): 'preview' | 'no-preview' | 'error' | false {
  const error = document.querySelector('[data-testid="error"]');
  if (error?.textContent?.includes(fileName)) return 'error';
  if (!document.title.includes(subject) || !document.querySelector('[data-testid="result"]')) return false;
  const frame = document.querySelector('iframe[data-testid="preview"]') as HTMLIFrameElement | null;
  if (!frame) {
    // A preview that failed or has nothing to show says so in its pane.
    return document.querySelector('.preview-pane') ? 'no-preview' : false;
  }
  if (frame.contentDocument?.readyState !== 'complete') return false;
  if (((window as TestWindow).__xssFrameLoads ?? 0) > before.loads) return 'preview';
  // The same frame given the same document (two forms that sanitise alike) is not loaded again.
  const same =
    (frame as unknown as { __xssSeen?: boolean }).__xssSeen && frame.getAttribute('srcdoc') === before.srcdoc;
  return same ? 'preview' : false;
}

// ---- The test.

let app: AppUnderTest;
let cdp: CDPSession;
let folder: string;
let appUrl: string;
let own: Set<string>;
let current = 'start-up';
const events: { vector: string; what: string }[] = [];
const checked: Check[] = [];

function record(what: string): void {
  events.push({ vector: current, what });
}

describe('scripts never run: published XSS vectors through the whole pipeline', () => {
  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'maillens-xss-'));
    app = await launchApp();
    const { page } = app;
    await page.waitForSelector('[data-testid="start"]');
    appUrl = page.url();
    page.on('dialog', (dialog) => {
      record(`dialog ${dialog.type()}: ${dialog.message().slice(0, 80)}`);
      void dialog.dismiss().catch(() => undefined);
    });
    page.on('popup', (popup) => record(`popup ${popup.url()}`));
    page.context().on('page', (opened) => {
      if (opened !== page) record(`new page ${opened.url()}`);
    });
    page.on('framenavigated', (frame: Frame) => {
      if (frame === page.mainFrame()) {
        if (frame.url() !== appUrl) record(`app page navigated to ${frame.url()}`);
      } else if (frame.url() !== 'about:srcdoc') {
        record(`frame navigated to ${frame.url().slice(0, 80)}`);
      }
    });
    await page.exposeFunction('__xssCanaryNode', (where: string) => record(`canary called (${where})`));
    await page.evaluate(installCanary);
    cdp = await page.context().newCDPSession(page);
    await cdp.send('DOM.enable');
    own = await appOwnElements(cdp);
  });

  afterAll(async () => {
    await app?.close();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  async function check(vector: Vector, form: Form, serial: number): Promise<Check> {
    const { page } = app;
    current = `${vector.id} (${form})`;
    const subject = `xss-vector ${vector.id} ${form} #${serial}`;
    const fileName = `${vector.id}.${form}.eml`;
    const path = join(folder, fileName);
    writeFileSync(path, mailFor(vector, form, subject));
    const eventsBefore = events.length;
    const hitsBefore = await page.evaluate(() => (window as TestWindow).__xssHits ?? 0);
    const before = await page.evaluate(frameState);

    let outcome: Check['outcome'];
    try {
      await app.open(path);
      const handle = await page.waitForFunction(settled, [subject, fileName, before] as [string, string, Before], {
        timeout: 20_000,
        polling: 'raf',
      });
      outcome = (await handle.jsonValue()) as Check['outcome'];
    } catch (error) {
      throw new Error(`${current}: the mail did not open and settle`, { cause: error });
    }
    await page.waitForTimeout(SETTLE_MS);

    const hits: string[] = [];
    const dom = await checkDom(cdp, own);
    hits.push(...dom.hits);
    if (outcome === 'preview' && dom.previews !== 1) hits.push(`expected one preview frame, found ${dom.previews}`);
    if (page.url() !== appUrl) hits.push(`app page is at ${page.url()}`);
    const frames = page.frames().length;
    if (frames > 2) hits.push(`${frames - 1} frames in the app page`);
    const calls = (await page.evaluate(() => (window as TestWindow).__xssHits ?? 0)) - hitsBefore;
    if (calls > 0) hits.push(`canary called ${calls} time(s)`);
    hits.push(...events.slice(eventsBefore).map((event) => event.what));
    rmSync(path);
    return { vector: vector.id, form, outcome, hits };
  }

  it('sees what it looks for (planted in a preview by the test itself)', async () => {
    const result = await check({ id: 'self-test', payload: '<p id="plain">plain</p>' }, 'body', 0);
    expect(result.outcome).toBe('preview');
    expect(result.hits).toEqual([]);
    const { page } = app;
    current = 'self-test';
    const eventsBefore = events.length;
    await page.evaluate(() => {
      const frame = document.querySelector('iframe[data-testid="preview"]') as HTMLIFrameElement;
      const doc = frame.contentDocument!;
      const add = (html: string) => doc.body.insertAdjacentHTML('beforeend', html);
      add('<script>1</script><img src="x" onerror="1"><a href=" java&#x09;script:1">a</a><iframe srcdoc="x"></iframe>');
      add('<meta http-equiv="refresh" content="0"><svg><set attributeName="onclick" to="1"/></svg>');
      add('<template><object></object><p><template><base href="x"></template></p></template><div id="host"></div>');
      const shadow = doc.getElementById('host')!.attachShadow({ mode: 'closed' });
      shadow.innerHTML = '<embed src="x">';
      (frame.contentWindow as unknown as TestWindow).alert('planted');
      window.confirm('planted in the app');
    });
    const dom = await checkDom(cdp, own);
    const planted = [
      'preview: <script>',
      'preview: <img onerror>',
      'preview: <a href=',
      'preview: <iframe>',
      'preview: <iframe srcdoc>',
      'preview: <meta>',
      'preview: <set attributeName="onclick">',
      'preview (template content): <object>',
      'preview (template content) (template content): <base>',
      'preview (shadow root): <embed>',
    ];
    expect(
      planted.filter((hit) => !dom.hits.some((found) => found.startsWith(hit))),
      dom.hits.join('\n'),
    ).toEqual([]);
    await expect
      .poll(() => events.slice(eventsBefore).map((event) => event.what))
      .toEqual(['canary called (preview: planted)', 'canary called (app: planted in the app)']);
    expect(await page.evaluate(() => (window as TestWindow).__xssHits)).toBe(2);
  });

  for (const [source, file] of Object.entries(SOURCES)) {
    it(`${source}: no vector runs, navigates or keeps anything script-capable`, async () => {
      const all = loadVectors(file);
      expect(all.length).toBeGreaterThan(100);
      const vectors = all.slice(0, LIMIT);
      const started = Date.now();
      const results: Check[] = [];
      for (const vector of vectors) {
        for (const form of FORMS) results.push(await check(vector, form, checked.length + results.length));
      }
      checked.push(...results);
      const failed = results.filter((result) => result.hits.length > 0);
      const outcomes = (kind: Check['outcome']) => results.filter((result) => result.outcome === kind).length;
      console.log(
        `scripts never run, ${source}: ${vectors.length} vectors × ${FORMS.length} forms = ${results.length} mails checked ` +
          `(${outcomes('preview')} previews, ${outcomes('no-preview')} without a preview, ${outcomes('error')} errors) ` +
          `in ${((Date.now() - started) / 1000).toFixed(1)} s; failed: ${failed.length}`,
      );
      expect(failed.map((result) => `${result.vector} (${result.form}): ${result.hits.join('; ')}`)).toEqual([]);
      // Every vector went through the preview in at least one form.
      const previewed = new Set(results.filter((r) => r.outcome === 'preview').map((r) => r.vector));
      expect(vectors.filter((vector) => !previewed.has(vector.id)).map((vector) => vector.id)).toEqual([]);
    }, 600_000);
  }

  it('saw no canary call, dialog, popup or navigation outside the vectors', () => {
    console.log(`scripts never run: ${checked.length} mails checked in all`);
    const stray = events.filter(
      (event) => event.vector !== 'self-test' && !checked.some((c) => event.vector === `${c.vector} (${c.form})`),
    );
    expect(stray).toEqual([]);
  });
});
