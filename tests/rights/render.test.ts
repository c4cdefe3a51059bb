// The "Your rights" HTML fragment: headings per part, sources as plain-text links with rel="noreferrer",
// and every string from the mail escaped (a sender's name made of markup stays text).

import { describe, expect, it } from 'vitest';

import type { MessageReport } from '../../shared/model/report';
import { renderRightsHtml, rightsSectionTitle } from '../../shared/rights/render-rights';
import { rightsFacts } from '../../shared/rights/rights-facts';
import { SOURCE_PAGES } from '../../shared/rights/sources';
import { duoLikeReport } from './reports';
import { allReports, LANGS, textOfHtml } from './texts-under-test';

function withHostileSender(report: MessageReport): MessageReport {
  return {
    ...report,
    from: [{ name: '<img src=x onerror="alert(1)">Dienst & "Co"', address: 'noreply@studiefinanciering.example' }],
  };
}

describe('renderRightsHtml', () => {
  it('gives the section a title per language', () => {
    expect(rightsSectionTitle('en')).toBe('Your rights');
    expect(rightsSectionTitle('nl')).toBe('Uw rechten');
  });

  it('escapes the mail’s strings', async () => {
    for (const lang of LANGS) {
      const html = renderRightsHtml(rightsFacts(withHostileSender(await duoLikeReport())), lang);
      expect(html).not.toContain('<img');
      expect(html).not.toContain('onerror="');
      expect(html).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;Dienst &amp; &quot;Co&quot;');
      expect(textOfHtml(html)).toContain('<img src=x onerror="alert(1)">Dienst & "Co"');
    }
  });

  it('uses only its own elements, and links only to the checked sources, as text, with rel="noreferrer"', async () => {
    for (const { name, report } of await allReports()) {
      for (const lang of LANGS) {
        const html = renderRightsHtml(rightsFacts(report), lang);
        const tags = [...html.matchAll(/<([a-z0-9]+)\b/gi)].map((match) => match[1]!.toLowerCase());
        for (const tag of tags) expect(['section', 'h3', 'p', 'ul', 'li', 'small', 'a'], name).toContain(tag);
        for (const anchor of html.matchAll(/<a ([^>]*)>([^<]*)<\/a>/g)) {
          const href = /href="([^"]*)"/.exec(anchor[1]!)?.[1];
          expect(Object.values(SOURCE_PAGES).map((url) => url.replace(/&/g, '&amp;'))).toContain(href);
          expect(anchor[1]).toContain('rel="noreferrer"');
          expect(anchor[2]).toBe(href);
        }
      }
    }
  }, 120_000);

  it('has the parts of the section for a tracked mail, and fewer for a clean one', async () => {
    const tracked = renderRightsHtml(rightsFacts(await duoLikeReport()), 'en');
    for (const id of ['collected', 'responsible', 'transfers', 'consent', 'ip-address', 'what-you-can-do']) {
      expect(tracked).toContain(`<h3 id="ml-rights-${id}">`);
    }
    expect(tracked).toContain('Amazon.com, Inc.: United States, outside the EEA');
    expect(tracked).toContain('GDPR art. 46(2)(c)');
    const clean = (await allReports()).find(({ report }) => rightsFacts(report).clean)!;
    const html = renderRightsHtml(rightsFacts(clean.report), 'nl');
    expect(html).toContain('geen tracker en geen gevolgde link gevonden');
    expect(html).not.toContain('ml-rights-transfers');
  });

  it('names the sender’s own domain when a tracking host is on it (a real newsletter)', async () => {
    const rewe = (await allReports()).find(({ name }) => name.includes('2023-01-15-rewe.u1'));
    expect(rewe).toBeDefined();
    const facts = rightsFacts(rewe!.report);
    expect(facts.parties.find((party) => party.hosts.includes('epost.rewe.de'))?.senderDomain).toBe('rewe.de');
    expect(renderRightsHtml(facts, 'nl')).toContain('Deze host hoort bij het eigen domein van de afzender: rewe.de');
  });
});
