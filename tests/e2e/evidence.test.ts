// Issue 11 parts 2 and 3 in real Chromium with the real engine: the DUO-like letter's SHA-256 as the
// file's, its raw headers in the Source tab (as text, no element made of them), Export report… and
// Print report… from the toolbar and the menu, and the Your rights tab with its access request letter.
// Screenshots go to /tmp/maillens-shots/ for the notes.

import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { REPO } from '../helpers/pool';
import { launchApp, openAndSettle, type AppUnderTest } from './harness';

const SHOTS = '/tmp/maillens-shots';
const FIXTURE = join(REPO, 'tests', 'fixtures', 'duo-like', 'betaling-studiefinanciering.eml');
const BYTES = readFileSync(FIXTURE);

let app: AppUnderTest;

async function shot(name: string): Promise<void> {
  await app.page.screenshot({ path: join(SHOTS, `${name}.png`) });
}

async function text(selector: string): Promise<string> {
  return (await app.page.textContent(selector)) ?? '';
}

describe('evidence and rights for the DUO-like letter, in Chromium, with the real engine', () => {
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    app = await launchApp();
    await openAndSettle(app, FIXTURE);
  });
  afterAll(() => app?.close());

  it("shows the file's SHA-256 and copies it", async () => {
    const sha256 = createHash('sha256').update(BYTES).digest('hex');
    expect(await text('[data-testid="sha256"]')).toBe(sha256);
    expect(await text('[aria-label="Evidence"]')).toContain('SHA-256 of the file');
    await app.page.getByRole('button', { name: 'Copy SHA-256' }).click();
    await app.page.getByText('Copied.').first().waitFor();
    expect(app.copiedTexts()).toContain(sha256);
  });

  it('shows the raw headers and the source as text in the Source tab', async () => {
    await app.page.click('[data-testid="tab-source"]');
    await app.page.waitForSelector('[data-testid="raw-headers"]');
    const raw = BYTES.toString('utf8');
    const headerBlock = raw.slice(0, /\r?\n\r?\n/.exec(raw)!.index);
    // textContent of a <pre> keeps the mail's own line ends.
    expect(await text('[data-testid="raw-headers"]')).toBe(headerBlock);
    expect(headerBlock).toContain('Subject: Uw betaling van studiefinanciering in april');
    expect(headerBlock).toContain('X-SES-Outgoing');
    expect(await text('[data-testid="raw-source"]')).toBe(raw);
    // The source's HTML part is characters, not elements.
    expect(raw).toContain('<img');
    const elements = await app.page.$$eval('pre.source-text', (pres) => pres.map((pre) => pre.childElementCount));
    expect(elements).toEqual([0, 0]);
    expect(await app.page.locator('[data-testid="source"] img').count()).toBe(0);
    await shot('source-1-headers');
    await app.page.locator('[data-testid="raw-source"]').evaluate((pre) => pre.scrollIntoView());
    await shot('source-2-whole-message');
  });

  it('asks main for the report from the toolbar and from the menu, and says what came of it', async () => {
    await app.page.click('[data-testid="export-report"]');
    await app.page.waitForFunction(
      () => document.querySelector('[data-testid="report-status"]')?.textContent === 'Report saved as report.html.',
    );
    await app.emit('app:print-report-requested', null);
    await app.page.waitForFunction(() =>
      document.querySelector('[data-testid="report-status"]')?.textContent?.includes('printer'),
    );
    expect(app.reportCalls()).toEqual([
      { action: 'export', index: 1 },
      { action: 'print', index: 1 },
    ]);
  });

  it('lists Amazon in Your rights and writes the Dutch letter naming the IP address', async () => {
    await app.page.click('[data-testid="tab-rights"]');
    await app.page.waitForSelector('[data-testid="rights"]');
    expect(await text('[data-testid="rights-parties"]')).toContain('Amazon');
    expect(await text('[data-testid="rights-locations"]')).toContain('Amazon');
    // Sources are text, never links the app could follow.
    expect(await app.page.locator('[data-testid="rights"] a').count()).toBe(0);
    expect(await text('[data-testid="rights-what-you-can-do"]')).toContain('autoriteitpersoonsgegevens.nl');
    await shot('rights-1-facts');

    // The sender's domain is not .nl: the letter starts in English; Nederlands switches it.
    const letter = app.page.locator('[data-testid="letter"]');
    expect(await letter.inputValue()).toContain('IP address');
    await app.page.getByRole('radio', { name: 'Nederlands' }).check();
    const dutch = await letter.inputValue();
    expect(dutch).toContain('IP-adres');
    expect(dutch).toContain('Dienst Studiefinanciering');
    expect(dutch).toContain('Uw betaling van studiefinanciering in april');
    expect(dutch).toContain('artikel 21');

    await app.page.click('[data-testid="save-letter"]');
    await app.page.waitForFunction(() =>
      document.querySelector('[data-testid="letter-status"]')?.textContent?.startsWith('Letter saved as'),
    );
    expect(app.savedTexts()).toEqual([{ text: dutch, fileName: 'inzageverzoek-studiefinanciering.example.txt' }]);
    await letter.scrollIntoViewIfNeeded();
    await shot('rights-2-letter');
  });
});
