// Chromium for the report tests: the harness's flags (tests/e2e/harness.ts CHROMIUM_FLAGS), every host
// name and all proxied traffic sent to a canary when one is given. Reports open from file://, so the
// only request a report may cause is for itself.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

import { CHROMIUM, CHROMIUM_FLAGS } from '../e2e/harness';

export interface ReportBrowser {
  readonly page: Page;
  /** Every URL any page requested (Chromium's own request events). */
  readonly requests: string[];
  /** Opens a report file and waits until it has loaded whatever it would load. */
  open(path: string): Promise<string>;
  close(): Promise<void>;
}

export async function launchReportBrowser(canaryPort?: number): Promise<ReportBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'maillens-report-chromium-'));
  const args = [...CHROMIUM_FLAGS];
  if (canaryPort) {
    args.push(`--host-resolver-rules=MAP * 127.0.0.1:${canaryPort}, EXCLUDE 127.0.0.1`);
    args.push(`--proxy-server=http://127.0.0.1:${canaryPort}`);
  }
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args,
    viewport: { width: 1100, height: 1400 },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  return {
    page,
    requests,
    async open(path) {
      const url = pathToFileURL(path).href;
      await page.goto(url, { waitUntil: 'load' });
      await page.waitForTimeout(30);
      return url;
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
