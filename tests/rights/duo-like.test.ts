// The DUO-like fixture (tests/fixtures/duo-like/): the engine finds its pixel as identifying the reader
// (the address in the URL) and its tracked link to the student portal; the rights facts and both letters
// say so, name Amazon SES's owner and its country outside the EEA, and never call the code of the link
// the reader's own.

import { describe, expect, it } from 'vitest';

import { accessRequestLetter } from '../../shared/rights/access-letter';
import { rightsFacts } from '../../shared/rights/rights-facts';
import { duoLikeReport } from './reports';

describe('DUO-like fixture', () => {
  it('is found by the engine: an identifying pixel and a tracked link to the portal', async () => {
    const report = await duoLikeReport();
    const pixel = report.references.find((finding) => finding.trigger === 'open' && finding.vector === 'img-src');
    expect(pixel?.tracker?.name).toBe('Amazon SES');
    expect(pixel?.identifies).toBe('address');
    expect(pixel?.recipientLeak[0]?.address).toBe('lotte.devries@student.example');
    expect(report.links).toHaveLength(1);
    expect(report.links[0]?.tracker?.name).toBe('Amazon SES');
    expect(report.links[0]?.destination).toBe('https://mijn.studiefinanciering.example/betalingen?jaar=2026');
    expect(report.verdict?.level).toBe('identifies');
  });

  it('gives the facts: the sender as controller, Amazon in the US, outside the EEA', async () => {
    const facts = rightsFacts(await duoLikeReport());
    expect(facts.sender).toEqual({
      name: 'Dienst Studiefinanciering',
      address: 'noreply@studiefinanciering.example',
      domain: 'studiefinanciering.example',
    });
    expect(facts.parties).toEqual([
      expect.objectContaining({ company: 'Amazon.com, Inc.', country: 'US', eea: false, senderDomain: null }),
    ]);
    expect(facts.collected.identifying).toEqual([
      expect.objectContaining({ how: 'address', trigger: 'open', where: { kind: 'parameter', name: 'e' } }),
    ]);
    const transfers = facts.sections.find((section) => section.id === 'transfers');
    expect(transfers?.statements.map((statement) => statement.key)).toContain('transferRules');
  });

  it('writes the Dutch letter to the sender about this mail', async () => {
    const letter = accessRequestLetter(await duoLikeReport(), { lang: 'nl' });
    expect(letter).toContain('Aan: Dienst Studiefinanciering\nnoreply@studiefinanciering.example');
    expect(letter).toContain('Op 16 maart 2026 stuurde u mij een e-mail met het onderwerp');
    expect(letter).toContain('U stuurde die e-mail naar lotte.devries@student.example.');
    expect(letter).toMatch(/- Mijn e-mailadres: dat staat in het webadres van een plaatje van Amazon SES op /);
    expect(letter).toContain('Ik weet niet zeker of die code bij mij hoort');
    expect(letter).toContain('ook de bedrijven achter de trackers: Amazon.com, Inc.\n');
  });
});
