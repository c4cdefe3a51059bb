// The real UI in Chromium with the real engine behind it: a real newsletter from the corpus, its verdict,
// findings, highlights and the two-way selection between list and preview. Screenshots go to
// test-results/ as artifacts.

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { CORPUS } from '../helpers/corpus';
import { REPO } from '../helpers/pool';
import { launchApp, type AppUnderTest } from './harness';

const NEWSLETTERS = join(CORPUS, 'eml', 'unspy-newsletters');
const SHOTS = join(REPO, 'test-results');
let app: AppUnderTest;

async function shot(name: string): Promise<void> {
  await app.page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: false });
}

describe('the desktop UI, in Chromium, with the real engine', () => {
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    app = await launchApp();
  });
  afterAll(() => app?.close());

  it('starts on the start screen with a drop zone and an open button', async () => {
    await app.page.waitForSelector('[data-testid="start"]');
    expect(await app.page.isVisible('[data-testid="drop-zone"]')).toBe(true);
    expect(await app.page.isVisible('[data-testid="open"]')).toBe(true);
    await shot('01-start');
  });

  it('opens a Mailchimp newsletter chosen in the Open dialog and states the verdict', async () => {
    app.chooseNext(join(NEWSLETTERS, 'mailchimp', 'examples', '2023-01-17-schreibsuchti.u1.eml'));
    await app.page.click('[data-testid="open"]');
    await app.page.waitForSelector('[data-testid="result"]');
    expect(await app.page.textContent('[data-testid="verdict"]')).toContain('1 tracker — 1 identifies you');
    expect(await app.page.title()).toContain('Der fiese Schlüssel');
    const findings = app.page.locator('[data-testid="finding"]');
    expect(await findings.count()).toBeGreaterThan(0);
    expect(await findings.first().textContent()).toContain('Mailchimp');
    await shot('02-mailchimp-result');
  });

  it('highlights the pixel in the preview and selects both ways', async () => {
    // The list shows what loads on open first: the first finding is the open pixel.
    const index = await app.page.locator('[data-testid="finding"]').first().getAttribute('data-finding-index');
    expect(index).not.toBeNull();
    const frame = app.page.frameLocator('iframe[data-testid="preview"]');
    const marker = frame.locator(`button.ml-marker[data-finding-index="${index}"]`);
    await marker.waitFor();
    expect(await marker.getAttribute('data-certainty')).toBe('named');
    expect(await app.page.locator('[data-testid="finding"]').first().textContent()).toContain('Mailchimp');

    // Marker -> list.
    await marker.click();
    const item = app.page.locator(`[data-testid="finding"][data-finding-index="${index}"]`);
    expect(await item.getAttribute('aria-selected')).toBe('true');

    // List -> preview: select another finding, then the pixel again, and see its element flash.
    await app.page.locator('[data-testid="finding"]').last().click();
    await item.click();
    await frame.locator('.ml-flash').first().waitFor({ timeout: 5000 });
    expect(await marker.getAttribute('aria-current')).toBe('true');
    await shot('03-mailchimp-selected');
  });

  it('shows a richer newsletter (Klaviyo) with its tracker, links and headers tabs', async () => {
    await app.open(join(NEWSLETTERS, '_todo', 'klaviyo', 'examples', '2023-01-25-katjes-u1.eml'));
    await app.page.waitForFunction(() =>
      document.querySelector('[data-testid="verdict"]')?.textContent?.includes('1 tracker'),
    );
    expect(await app.page.textContent('[data-testid="findings"]')).toContain('Klaviyo');
    const frame = app.page.frameLocator('iframe[data-testid="preview"]');
    expect(await frame.locator('button.ml-marker[data-certainty="named"]').count()).toBeGreaterThan(0);
    await shot('04-klaviyo-findings');
    await app.page.click('[data-testid="tab-links"]');
    expect(await app.page.locator('[data-testid="link"]').count()).toBeGreaterThan(0);
    await shot('05-klaviyo-links');
    await app.page.click('[data-testid="tab-headers"]');
    expect(await app.page.textContent('[data-testid="headers"]')).toContain('Klaviyo');
    await shot('06-klaviyo-headers');
  });

  it('keeps the preview frame sandboxed without scripts', async () => {
    const sandbox = await app.page.getAttribute('iframe[data-testid="preview"]', 'sandbox');
    expect(sandbox?.split(/\s+/)).not.toContain('allow-scripts');
  });

  it('shows a clear error for a file that is not mail', async () => {
    await app.open(join(CORPUS, 'msg', 'msg-parser-rs', 'bad_outlook.msg'));
    await app.page.waitForSelector('[data-testid="error"]');
    expect(await app.page.textContent('[data-testid="error-text"]')).toContain('not an Outlook .msg file');
    await shot('07-error');
  });
});
