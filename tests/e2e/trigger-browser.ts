// What real Chromium fetches for one mail document, and when: on load in the light and dark colour
// schemes, after the pointer has hovered every element, and under print emulation. Scripts are off, as
// in a mail client. Every request is answered by page.route (no byte leaves the machine), and every host
// name is also mapped to a local connection recorder, which sees what page.route cannot: connections
// opened without a request (preconnect) and anything that would slip past the route.

import { createServer, type Socket } from 'node:net';
import { chromium, type Browser, type BrowserContext, type Page, type Route } from 'playwright-core';

import { CHROMIUM, CHROMIUM_FLAGS as HARNESS_FLAGS } from './harness';

export { CHROMIUM };

/**
 * The harness's flags with one more disabled feature (a second --disable-features would replace the
 * first): measured here, a page with a <form> makes Chromium ask Google's autofill service
 * (content-autofill.googleapis.com) about it. That is the browser, not the mail.
 */
export const CHROMIUM_FLAGS = HARNESS_FLAGS.map((flag) =>
  flag.startsWith('--disable-features=') ? `${flag},AutofillServerCommunication` : flag,
);

export type Phase = 'load' | 'dark' | 'hover' | 'print';
export const PHASES: readonly Phase[] = ['load', 'dark', 'hover', 'print'];

/** A document to load: its address (what relative URLs resolve against), bytes and type. */
export interface BrowserDocument {
  readonly url: string;
  readonly body: string;
  readonly contentType: string;
}

export interface Observation {
  /** URLs first requested in each phase (fragment removed), in the order the phases ran. */
  readonly requested: Readonly<Record<Phase, readonly string[]>>;
  /** URLs Chromium raised a request event for but never sent (blocked in the renderer). */
  readonly blocked: readonly string[];
  /** Host names of connections that reached the recorder in each phase (nothing should: see above). */
  readonly connections: Readonly<Record<Phase, readonly string[]>>;
}

/** The host a connection was meant for: TLS SNI, or the HTTP Host header. */
export function connectionTarget(data: Buffer): string {
  if (data[0] === 0x16) return sniOf(data) ?? 'tls (no SNI)';
  const host = /\r\nhost:\s*([^\s:]+)/i.exec(data.toString('latin1'));
  return host?.[1]?.toLowerCase() ?? 'unknown';
}

/** Server name of a TLS ClientHello (RFC 8446 4.1.2, RFC 6066 3). */
function sniOf(data: Buffer): string | null {
  try {
    let at = 5 + 4 + 2 + 32; // record header, handshake header, version, random
    at += 1 + data.readUInt8(at); // session id
    at += 2 + data.readUInt16BE(at); // cipher suites
    at += 1 + data.readUInt8(at); // compression methods
    const end = at + 2 + data.readUInt16BE(at);
    at += 2;
    while (at + 4 <= end) {
      const type = data.readUInt16BE(at);
      const length = data.readUInt16BE(at + 2);
      if (type === 0) return data.toString('latin1', at + 9, at + 9 + data.readUInt16BE(at + 7)).toLowerCase();
      at += 4 + length;
    }
  } catch {
    return null;
  }
  return null;
}

export interface Connection {
  /** Host name, `tls (no SNI)`, `unknown`, or `connection (nothing sent)` while the socket is silent. */
  target: string;
}

/** Host the test loads an address-less body from; mapped to its own recorder port so its sockets are told apart. */
export const PLACEHOLDER_HOST = 'body.maillens.invalid';
export const DOCUMENT_HOST_CONNECTION = `connection to the document's own host ${PLACEHOLDER_HOST}`;

async function listen(onSocket: (socket: Socket) => void): Promise<{ port: number; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
    onSocket(socket);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return {
    port: typeof address === 'object' && address ? address.port : 0,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

export interface ConnectionRecorder {
  readonly port: number;
  /** Port that PLACEHOLDER_HOST is mapped to. */
  readonly documentPort: number;
  readonly connections: Connection[];
  close(): Promise<void>;
}

export async function startConnectionRecorder(): Promise<ConnectionRecorder> {
  const connections: Connection[] = [];
  const record = (label: string | null) => (socket: Socket) => {
    // A preconnected socket sends nothing until it is used: it counts as soon as it is opened.
    const connection: Connection = { target: label ?? 'connection (nothing sent)' };
    connections.push(connection);
    socket.once('data', (data) => {
      if (!label) connection.target = connectionTarget(data);
      socket.destroy();
    });
    socket.setTimeout(3000, () => socket.destroy());
  };
  const any = await listen(record(null));
  const document = await listen(record(DOCUMENT_HOST_CONNECTION));
  return {
    port: any.port,
    documentPort: document.port,
    connections,
    close: async () => {
      await any.close();
      await document.close();
    },
  };
}

const GIF = Buffer.from('R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==', 'base64');

function answer(route: Route): Promise<void> {
  switch (route.request().resourceType()) {
    case 'image':
      return route.fulfill({ status: 200, contentType: 'image/gif', body: GIF });
    case 'stylesheet':
      return route.fulfill({ status: 200, contentType: 'text/css', body: '' });
    case 'document':
      return route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>x</title>' });
    default:
      return route.fulfill({ status: 204, body: '' });
  }
}

export function withoutFragment(url: string): string {
  const hash = url.indexOf('#');
  return hash < 0 ? url : url.slice(0, hash);
}

export class TruthBrowser {
  private constructor(
    private readonly browser: Browser,
    private readonly context: BrowserContext,
    readonly recorder: ConnectionRecorder,
  ) {}

  static async launch(): Promise<TruthBrowser> {
    const recorder = await startConnectionRecorder();
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [
        ...CHROMIUM_FLAGS,
        `--host-resolver-rules=MAP ${PLACEHOLDER_HOST} 127.0.0.1:${recorder.documentPort}, ` +
          `MAP * 127.0.0.1:${recorder.port}, EXCLUDE 127.0.0.1`,
      ],
    });
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1024, height: 768 } });
    return new TruthBrowser(browser, context, recorder);
  }

  private highDensity: BrowserContext | undefined;

  /**
   * Loads one document on a fresh page and runs the four phases on it; `highDensity` emulates a 2x screen
   * (srcset and image-set() pick another candidate there).
   */
  async observe(document: BrowserDocument, highDensity = false): Promise<Observation> {
    if (highDensity && !this.highDensity) {
      this.highDensity = await this.browser.newContext({
        javaScriptEnabled: false,
        viewport: { width: 1024, height: 768 },
        deviceScaleFactor: 2,
      });
    }
    const page = await (highDensity ? this.highDensity! : this.context).newPage();
    const requested: Record<Phase, string[]> = { load: [], dark: [], hover: [], print: [] };
    const connections: Record<Phase, Connection[]> = { load: [], dark: [], hover: [], print: [] };
    const seen = new Set<string>();
    let phase: Phase = 'load';
    let inFlight = 0;
    let lastActivity = Date.now();
    const touch = () => (lastActivity = Date.now());
    // What reaches the network layer (page.route), not what the page merely asked for: Chromium raises a
    // request event for fetches it then blocks (a CSP or CORS refusal), which would never leave the machine.
    const asked = new Set<string>();
    const record = (raw: string, into: Set<string>, list?: string[]) => {
      const url = withoutFragment(raw);
      if (!/^https?:/i.test(url) || url === document.url || into.has(url)) return;
      into.add(url);
      list?.push(url);
    };
    page.on('request', (request) => {
      touch();
      record(request.url(), asked);
    });
    await page.route('**/*', async (route) => {
      inFlight++;
      touch();
      try {
        const request = route.request();
        record(request.url(), seen, requested[phase]);
        if (request.url() === document.url && request.isNavigationRequest() && request.frame() === page.mainFrame()) {
          await route.fulfill({ status: 200, contentType: document.contentType, body: document.body });
        } else {
          await answer(route);
        }
      } finally {
        inFlight--;
        touch();
      }
    });
    // Quiet time that ends a phase: longer after navigation, where late sub-resources (fonts, frames'
    // images) would otherwise be counted in the next phase.
    const settle = async (quiet: number): Promise<void> => {
      const started = Date.now();
      let sockets = this.recorder.connections.length;
      while (Date.now() - started < 5000) {
        await page.waitForTimeout(25);
        if (this.recorder.connections.length !== sockets) {
          sockets = this.recorder.connections.length;
          touch(); // a new socket is activity too
        }
        if (inFlight === 0 && Date.now() - lastActivity >= quiet) break;
      }
    };
    const run = async (next: Phase, action: () => Promise<unknown>): Promise<void> => {
      phase = next;
      const from = this.recorder.connections.length;
      await action();
      // After navigation: longer, because a frame's own timers (a `<meta http-equiv=refresh content=0>` in
      // a data: frame) only start once that frame has loaded; on a busy machine 300 ms was not enough.
      await settle(next === 'load' ? 700 : 150);
      connections[next].push(...this.recorder.connections.slice(from));
    };
    try {
      await run('load', async () => {
        await page.emulateMedia({ media: 'screen', colorScheme: 'light' });
        await page.goto(document.url, { waitUntil: 'load', timeout: 15_000 }).catch(() => undefined);
        await Promise.all(
          page.frames().map((frame) => frame.waitForLoadState('load', { timeout: 5_000 }).catch(() => undefined)),
        );
      });
      await run('dark', () => page.emulateMedia({ colorScheme: 'dark' }));
      await run('hover', async () => {
        await page.emulateMedia({ colorScheme: 'light' });
        await hoverEverything(page);
      });
      await run('print', async () => {
        await page.mouse.move(0, 0);
        await page.emulateMedia({ media: 'print' });
      });
    } finally {
      await page.close();
    }
    const targets = (phase: Phase) => connections[phase].map((connection) => connection.target);
    return {
      requested,
      blocked: [...asked].filter((url) => !seen.has(url)),
      connections: { load: targets('load'), dark: targets('dark'), hover: targets('hover'), print: targets('print') },
    };
  }

  async close(): Promise<void> {
    await this.highDensity?.close();
    await this.context.close();
    await this.browser.close();
    await this.recorder.close();
  }
}

/** Moves the pointer over the centre of every element that has a box, in document order. */
async function hoverEverything(page: Page): Promise<void> {
  const points = await page
    .evaluate(() =>
      [...document.querySelectorAll('*')].flatMap((element) => {
        const box = element.getBoundingClientRect();
        return box.width > 0 && box.height > 0 ? [{ x: box.left + box.width / 2, y: box.top + box.height / 2 }] : [];
      }),
    )
    .catch(() => [] as { x: number; y: number }[]);
  for (const point of points) {
    await page.mouse.move(point.x, point.y);
    await page.waitForTimeout(5);
  }
}
