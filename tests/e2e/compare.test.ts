// Issue 9, part 4 in the real UI (Chromium, real engine): open one subscriber's copy of a CleverReach
// newsletter, compare it with the other subscriber's copy, and see "probably identifies you" proven,
// with both values; then a copy compared with itself proves nothing. Screenshots go to test-results/.

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { CORPUS } from '../helpers/corpus';
import { REPO } from '../helpers/pool';
import { launchApp, type AppUnderTest } from './harness';

const PAIR = join(CORPUS, 'eml', 'unspy-newsletters', 'cleverreach', 'examples', '2023-01-02-oekumenisches-asylforum');
const SHOTS = join(REPO, 'test-results');
let app: AppUnderTest;

describe('comparing two copies in the desktop UI', () => {
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    app = await launchApp();
    await app.page.setViewportSize({ width: 1400, height: 900 });
  });
  afterAll(() => app?.close());

  it('proves with the other copy that the CleverReach pixel identifies its reader', async () => {
    await app.open(`${PAIR}.u1.eml`);
    await app.page.waitForSelector('[data-testid="result"]');
    const pixel = app.page.locator('[data-testid="finding"]', { hasText: 'crsend.com' }).first();
    expect(await pixel.textContent()).toContain('Probably identifies you');
    const verdict = app.page.locator('[data-testid="verdict"]');
    expect(await verdict.textContent()).toContain('probably identifies you');

    // Keyboard: the button is reached with Tab and pressed with Enter.
    app.chooseNext(`${PAIR}.u2.eml`);
    await app.page.focus('[data-testid="compare"]');
    await app.page.keyboard.press('Enter');
    const summary = app.page.locator('[data-testid="comparison-summary"]');
    await summary.getByText('Compared with 2023-01-02-oekumenisches-asylforum.u2.eml').waitFor();
    expect(await summary.textContent()).toContain('carry an id that differs between the two copies');
    expect(await summary.textContent()).toContain('Trackers that identify you: CleverReach');

    expect(await pixel.textContent()).toContain('Identifies you (proven by comparing two copies)');
    // The verdict is counted again from the proven findings: it agrees with the list.
    expect(await verdict.textContent()).toMatch(/1 tracker — 1 identifies you/);
    expect(await verdict.textContent()).not.toContain('probably');
    const note = pixel.locator('[data-testid="comparison-note"]');
    expect(await note.textContent()).toContain('Proven: differs between the two copies');
    expect(await note.textContent()).toContain('mc_121070_14141611_b09ec13a504-ro9gus.gif');
    expect(await note.textContent()).toContain('mc_121070_14141611_bd26b37c503-ro9gur.gif');
    await pixel.scrollIntoViewIfNeeded();
    await app.page.screenshot({ path: join(SHOTS, 'compare-01-proven.png') });
    await pixel.screenshot({ path: join(SHOTS, 'compare-02-proven-finding.png') });
  });

  it('proves nothing when a copy is compared with itself', async () => {
    app.chooseNext(`${PAIR}.u1.eml`);
    await app.page.click('[data-testid="compare"]');
    const summary = app.page.locator('[data-testid="comparison-summary"]');
    await summary.getByText('Compared with 2023-01-02-oekumenisches-asylforum.u1.eml').waitFor();
    expect(await summary.textContent()).toContain('Comparing them proves nothing');
    expect(await app.page.locator('[data-testid="comparison-note"]').count()).toBe(0);
    await app.page.screenshot({ path: join(SHOTS, 'compare-03-same-file.png') });
  });
});
