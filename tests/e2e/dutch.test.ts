// The window in Dutch, in Chromium with the real engine: the DUO-like letter and a newsletter, the
// plain answer following the way of reading, `lang` on the document. Screenshots go to test-results/.

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { CORPUS } from '../helpers/corpus';
import { REPO } from '../helpers/pool';
import { launchApp, type AppUnderTest } from './harness';

const DUO = join(REPO, 'tests', 'fixtures', 'duo-like', 'betaling-studiefinanciering.eml');
const NEWSLETTER = join(CORPUS, 'eml', 'unspy-newsletters', 'mailchimp', 'examples', '2023-01-17-schreibsuchti.u1.eml');
const SHOTS = join(REPO, 'test-results');
let app: AppUnderTest;

describe('the window in Dutch', () => {
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    app = await launchApp({ language: 'nl' });
  });
  afterAll(() => app?.close());

  it('answers the DUO-like letter in Dutch, and the answer follows the way of reading', async () => {
    await app.open(DUO);
    await app.page.waitForSelector('[data-testid="result"]');
    expect(await app.page.getAttribute('html', 'lang')).toBe('nl');
    const answer = () => app.page.textContent('[data-testid="plain-answer"]');
    expect(await answer()).toMatch(
      /^Als je deze e-mail opent, weet Amazon.* dat je hem hebt gelezen, en dat jij het was/,
    );
    expect(await answer()).toContain('je IP-adres');
    expect(await app.page.textContent('[data-testid="verdict"]')).toMatch(/1 tracker — 1 identificeert je/);
    await app.page.screenshot({ path: join(SHOTS, 'nl-duo-like.png') });
    await app.page.selectOption('[data-testid="reading-mode"]', 'gmail');
    expect(await answer()).toContain('voor het eerst');
    expect(await answer()).not.toContain('je IP-adres, en daarmee');
    await app.page.screenshot({ path: join(SHOTS, 'nl-duo-like-gmail.png') });
    await app.page.selectOption('[data-testid="reading-mode"]', 'thunderbird-default');
    expect(await answer()).toContain('weet niemand het zolang je geen afbeeldingen toestaat');
    await app.page.selectOption('[data-testid="reading-mode"]', 'direct');
  });

  it('answers a newsletter in Dutch', async () => {
    await app.open(NEWSLETTER);
    await app.page.waitForFunction(() => document.title.includes('Schlüssel'));
    expect(await app.page.textContent('[data-testid="plain-answer"]')).toMatch(/^Als je deze e-mail opent, weet /);
    await app.page.screenshot({ path: join(SHOTS, 'nl-newsletter.png') });
  });
});
