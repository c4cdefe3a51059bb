// Every text node of a screen comes from a catalogue: in the pseudo-locale every catalogue text is
// marked ⟦…⟧, so an unmarked text node is a text written into a component. Checked on the screens whose
// texts are all in catalogues; the result and mailbox screens are counted and printed (issue 12 is not
// done there yet), not yet held to zero.

import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { REPO } from '../helpers/pool';
import { launchApp, type AppUnderTest } from './harness';

const DUO = join(REPO, 'tests', 'fixtures', 'duo-like', 'betaling-studiefinanciering.eml');
let app: AppUnderTest;

/** Visible text nodes without the pseudo-locale's marks, outside mail content and quoted sources. */
function untranslated(page: AppUnderTest['page']): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? '';
      if (!text || /^[\d\s.,:;()%×?·—–/+#-]*$/.test(text)) continue;
      const element = node.parentElement;
      if (!element || element.closest('[translate="no"], iframe, [data-testid="subject"], .mail-fields dd, code, pre'))
        continue;
      if (!element.checkVisibility()) continue;
      if (!text.includes('⟦') && !text.includes('⟧')) found.push(text);
    }
    return found;
  });
}

describe('the pseudo-locale', () => {
  beforeAll(async () => {
    app = await launchApp({ language: 'pseudo' });
  });
  afterAll(() => app?.close());

  it('marks every text of the start screen', async () => {
    await app.page.waitForSelector('[data-testid="start"]');
    expect(await untranslated(app.page)).toEqual([]);
  });

  it('marks every text of the help screen', async () => {
    await app.emit('app:show-help', null);
    await app.page.waitForSelector('h1');
    await app.page.waitForFunction(() => document.querySelector('h1')?.textContent?.includes('⟦Whát'));
    expect(await untranslated(app.page)).toEqual([]);
  });

  it('counts the texts of the result screen not yet in a catalogue', async () => {
    await app.open(DUO);
    await app.page.waitForSelector('[data-testid="result"]');
    const left = await untranslated(app.page);
    console.log(`result screen: ${left.length} text nodes not from a catalogue`);
    // The walk does find texts written into components, so a zero above means something.
    expect(left.length).toBeGreaterThan(0);
    // The plain answer and the verdict are.
    const answer = await app.page.textContent('[data-testid="plain-answer"]');
    expect(answer).toMatch(/^⟦/);
  });
});
