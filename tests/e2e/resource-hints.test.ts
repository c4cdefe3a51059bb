// Promise 1, the part a canary alone cannot see: a DNS prefetch sends no packet to the tracker, only a
// question to the resolver. Chromium's NetLog records every host lookup the network service is asked for,
// marked speculative when it comes from a hint (dns-prefetch, preconnect, a hovered or pressed link).
// Gate: opening the vector fixtures and real newsletters in the app, and pointing and pressing on the
// preview's links, asks for no lookup of any host but the app's own, and opens no connection. Controls:
// the same hints in a plain page are seen, so the gate would notice.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { corpusFiles } from '../helpers/corpus';
import { loadVectorFixtures } from '../helpers/vector-fixtures';
import { startCanary, type Canary } from './canary';
import { launchApp, openAndSettle, type AppUnderTest } from './harness';
import { hostLookups, type HostLookup } from './net-log';
import { serveFolder, type StaticServer } from './static-server';

const CONTROL_HOST = 'hint-control.maillens.test';

/** Plain pages (not the app) with one hint each; `point` marks the one whose link is hovered and pressed. */
const CONTROLS: readonly { readonly name: string; readonly html: string; readonly point?: boolean }[] = [
  { name: 'dns-prefetch', html: `<link rel="dns-prefetch" href="//${CONTROL_HOST}">` },
  { name: 'preconnect', html: `<link rel="preconnect" href="https://${CONTROL_HOST}">` },
  { name: 'pointed-link', html: `<a href="https://${CONTROL_HOST}/page">a link</a>`, point: true },
];

let canary: Canary;
let folder: string;
let controls: StaticServer;

/** Lookups of hosts other than this machine's: with every name mapped to the canary, they carry its port. */
function foreignLookups(lookups: readonly HostLookup[]): HostLookup[] {
  return lookups.filter((lookup) => lookup.host.endsWith(`:${canary.port}`));
}

/** Moves the mouse onto up to `limit` links of the preview and presses on each: Chromium's hover and
 * mouse-down preconnect triggers. */
async function pointAtLinks(app: AppUnderTest, limit: number): Promise<number> {
  const links = app.page.frameLocator('iframe[data-testid="preview"]').locator('a');
  const count = Math.min(await links.count().catch(() => 0), limit);
  let pointed = 0;
  for (let i = 0; i < count; i++) {
    const box = await links
      .nth(i)
      .boundingBox({ timeout: 1000 })
      .catch(() => null);
    if (!box || box.width === 0 || box.height === 0) continue;
    await app.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await app.page.mouse.down();
    await app.page.mouse.up();
    pointed++;
  }
  return pointed;
}

describe('resource hints', () => {
  beforeAll(async () => {
    canary = await startCanary();
    folder = mkdtempSync(join(tmpdir(), 'maillens-hints-'));
    for (const control of CONTROLS) {
      writeFileSync(join(folder, `${control.name}.html`), `<!doctype html><html><body>${control.html}</body></html>`);
    }
    controls = await serveFolder(folder);
  });
  afterAll(async () => {
    await controls?.close();
    await canary?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it(
    'the app page and the preview ask for no DNS lookup and open no connection',
    async () => {
      const netLog = join(folder, 'app.netlog.json');
      const mails = [
        ...loadVectorFixtures().map((fixture) => fixture.path),
        ...corpusFiles(join('eml', 'unspy-newsletters')),
      ];
      const app = await launchApp({ canaryPort: canary.port, canaryAsProxy: false, netLog });
      let pointed = 0;
      try {
        for (const path of mails) {
          await openAndSettle(app, path);
          pointed += await pointAtLinks(app, 3);
        }
      } finally {
        await app.close();
      }
      const lookups = hostLookups(netLog);
      const foreign = foreignLookups(lookups);
      console.log(
        `resource hints: ${mails.length} mails opened, ${pointed} preview links pointed at and pressed; ` +
          `host lookups: ${lookups.length} (${lookups.filter((lookup) => lookup.speculative).length} speculative), ` +
          `of other hosts: ${foreign.length}; canary connections: ${canary.targets.length}`,
      );
      expect(lookups.length).toBeGreaterThan(0);
      expect(foreign).toEqual([]);
      expect(canary.targets).toEqual([]);
    },
    20 * 60_000,
  );

  it.each(CONTROLS)('would notice: a plain page with $name looks the host up (control)', async (control) => {
    const netLog = join(folder, `${control.name}.netlog.json`);
    const app = await launchApp({ canaryPort: canary.port, canaryAsProxy: false, netLog });
    try {
      await app.page.goto(`${controls.origin}/${control.name}.html`);
      if (control.point) {
        await app.page.hover('a');
        await app.page.mouse.down();
      }
      await app.page.waitForTimeout(1000);
    } finally {
      await app.close();
    }
    const speculative = foreignLookups(hostLookups(netLog)).filter((lookup) => lookup.speculative);
    expect(speculative.length).toBeGreaterThan(0);
  });
});
