// The access request letter on real data (vector fixtures, corpus newsletters, the DUO-like fixture): it
// lists the IP address and the opening times whenever an open-triggered tracker is there, the address or
// recipient id only when a finding ties a fetch to the reader, names every tracking company, and says
// plainly that there is no list for a mail without trackers. Expectations are read from the findings
// themselves, not from rightsFacts.

import { describe, expect, it } from 'vitest';

import type { Finding } from '../../shared/model/finding';
import type { MessageReport } from '../../shared/model/report';
import { accessRequestLetter } from '../../shared/rights/access-letter';
import { TEXTS_EN } from '../../shared/rights/texts-en';
import { TEXTS_NL } from '../../shared/rights/texts-nl';
import { allReports, LANGS } from './texts-under-test';

const CATALOGUE = { en: TEXTS_EN, nl: TEXTS_NL } as const;

/** Open-triggered findings that are trackers (named or likely), as the verdict counts them. */
function openTrackers(report: MessageReport): Finding[] {
  return report.references.filter(
    (finding) => finding.trigger === 'open' && (finding.certainty === 'named' || finding.certainty === 'likely'),
  );
}

function tiesToReader(report: MessageReport): Finding[] {
  return report.references.filter(
    (finding) =>
      (finding.identifies === 'address' || finding.identifies === 'recipient-id') &&
      (finding.trigger === 'action' || openTrackers(report).includes(finding)),
  );
}

/** The companies behind the mail's trackers (the service's name when its owner is not confirmed). */
function trackingCompanies(report: MessageReport): string[] {
  const tracking = [
    ...openTrackers(report),
    ...report.references.filter((finding) => finding.trigger === 'action'),
  ].flatMap((finding) => (finding.tracker ? [finding.tracker] : []));
  return [...new Set(tracking.map((tracker) => (tracker.eea === null ? tracker.name : tracker.company)))];
}

/** The sentence stems the letter uses, from the catalogue (so the test follows wording changes). */
function stems(lang: 'en' | 'nl') {
  const letter = CATALOGUE[lang].letter;
  return {
    ip: letter.ip('').split('(')[0]!.trim(),
    openTimes: letter.openTimes,
    userAgent: letter.userAgent,
    identifies: lang === 'nl' ? 'Daaraan is te zien dat ik het was' : 'This shows that it was me',
    clean: letter.clean,
    trackersIntro: letter.trackersIntro,
  };
}

describe('access request letter', () => {
  it('reads enough real mail: trackers, identifying trackers and clean mail', async () => {
    const reports = await allReports();
    expect(reports.filter(({ report }) => openTrackers(report).length > 0).length).toBeGreaterThanOrEqual(30);
    expect(reports.filter(({ report }) => tiesToReader(report).length > 0).length).toBeGreaterThanOrEqual(5);
    expect(reports.filter(({ report }) => trackingCompanies(report).length === 0).length).toBeGreaterThanOrEqual(50);
  }, 120_000);

  for (const lang of LANGS) {
    it(`${lang}: lists the IP address, opening times and mail program whenever a tracker is fetched on opening`, async () => {
      const s = stems(lang);
      for (const { name, report } of await allReports()) {
        // List items start with a capital: compare in lower case.
        const letter = accessRequestLetter(report, { lang }).toLowerCase();
        const has = openTrackers(report).length > 0;
        expect(letter.includes(`- ${s.ip}`.toLowerCase()), name).toBe(has);
        expect(letter.includes(s.openTimes.toLowerCase()), name).toBe(has);
        expect(letter.includes(s.userAgent.toLowerCase()), name).toBe(has);
      }
    });

    it(`${lang}: says the fetch identifies the reader only when a finding ties it to the reader`, async () => {
      const s = stems(lang);
      for (const { name, report } of await allReports()) {
        const letter = accessRequestLetter(report, { lang });
        const ties = tiesToReader(report);
        expect(letter.includes(s.identifies), name).toBe(ties.length > 0);
        for (const finding of ties) expect(letter, name).toContain(new URL(finding.url).hostname);
      }
    });

    it(`${lang}: names each tracking company`, async () => {
      for (const { name, report } of await allReports()) {
        const letter = accessRequestLetter(report, { lang });
        for (const company of trackingCompanies(report)) expect(letter, name).toContain(company);
      }
    });

    it(`${lang}: says plainly that there is no list for a mail without trackers, and gives none`, async () => {
      const s = stems(lang);
      let clean = 0;
      for (const { name, report } of await allReports()) {
        const letter = accessRequestLetter(report, { lang });
        const tracked =
          openTrackers(report).length > 0 ||
          report.references.some((finding) => finding.trigger === 'action' && (finding.tracker || finding.identifies));
        if (tracked) continue;
        clean++;
        expect(letter, name).toContain(s.clean);
        expect(letter, name).not.toContain(s.trackersIntro);
        expect(letter, name).not.toMatch(/^- /m);
      }
      expect(clean).toBeGreaterThanOrEqual(50);
    });

    it(`${lang}: asks for purposes, recipients, retention, transfers, source and a copy, with the deadline`, async () => {
      const report = (await allReports())[0]!.report;
      const letter = accessRequestLetter(report, { lang });
      const texts = CATALOGUE[lang].letter;
      for (const request of texts.requests('Amazon.com, Inc.')) expect(letter).toContain(request.replace(/\.$/, ''));
      for (const paragraph of [texts.copy, texts.deadline, texts.object]) expect(letter).toContain(paragraph);
      expect(letter).toContain('https://autoriteitpersoonsgegevens.nl/een-tip-of-klacht-indienen-bij-de-ap');
    });
  }

  it('puts placeholders where the data is unknown, and the caller’s data where given', async () => {
    const report = (await allReports())[0]!.report;
    const blank = accessRequestLetter(report, { lang: 'nl' });
    expect(blank).toContain('[uw naam]');
    expect(blank).toContain('[uw adres]');
    expect(blank).toContain('[datum]');
    expect(accessRequestLetter(report, { lang: 'en' })).toContain('[your name]');
    const filled = accessRequestLetter(report, {
      lang: 'nl',
      readerName: 'Lotte de Vries',
      readerAddress: 'Voorbeeldstraat 1, 1234 AB Utrecht',
      senderName: 'Afdeling Privacy',
      senderAddress: 'Postbus 1, 9700 AA Groningen',
      mailDate: '16 maart 2026',
      subject: 'Een ander onderwerp',
    });
    expect(filled).not.toContain('[uw naam]');
    expect(filled).toContain('Lotte de Vries\nVoorbeeldstraat 1, 1234 AB Utrecht');
    expect(filled).toContain('Aan: Afdeling Privacy\nPostbus 1, 9700 AA Groningen');
    expect(filled).toContain('Op 16 maart 2026 stuurde u mij een e-mail met het onderwerp "Een ander onderwerp".');
  });
});
