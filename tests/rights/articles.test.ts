// Every article a text cites is one of the checked GDPR_ARTICLES, and no sentence says that a sender
// broke the law: MailLens states facts and rights, never a verdict.

import { describe, expect, it } from 'vitest';

import { GDPR_ARTICLES, isGdprArticle } from '../../shared/rights/gdpr-articles';
import { rightsFacts } from '../../shared/rights/rights-facts';
import { allReports, catalogueTexts, producedTexts, type ProducedText } from './texts-under-test';

/** Article numbers cited in a text: `art. 15(3)`, `artikel 12 lid 3`, `Article 46`. */
export function citedArticles(text: string): number[] {
  return [...text.matchAll(/\b(?:art\.|artikel|article)\s*(\d+)/gi)].map((match) => Number(match[1]));
}

/** Phrasings that would judge the sender; the check is on words, so URLs (a newspaper's slug) are left out. */
const FORBIDDEN = [
  /\billegal/i,
  /\bunlawful/i,
  /\bbreak(s|ing)? the law\b/i,
  /\bbroke the law\b/i,
  /\bagainst the law\b/i,
  /\bbreach(es|ed)?\b/i,
  /\bviolat(e|es|ed|ion|ions)\b/i,
  /\binfring(e|es|ed|ement)\b/i,
  /\bnot allowed\b/i,
  /\bprohibited\b/i,
  /\bforbidden\b/i,
  /\bnon-?complian/i,
  /\bonrechtmatig/i,
  /\bonwettig/i,
  /\billegaal\b/i,
  /\bin strijd met\b/i,
  /\bovertre(edt|den|ding|dingen)\b/i,
  /\bwetsovertreding/i,
  /\bschend(t|en|ing)\b/i,
  /\bniet toegestaan\b/i,
  /\bverboden\b/i,
  /\bmag dat niet\b/i,
];

function withoutUrls(text: string): string {
  return text.replace(/https?:\/\/\S+/g, ' ');
}

function judging(text: string): RegExp[] {
  const words = withoutUrls(text);
  return FORBIDDEN.filter((pattern) => pattern.test(words));
}

let produced: ProducedText[] = [];

describe('rights texts', () => {
  it('are produced for every report, in both languages', async () => {
    produced = [...catalogueTexts(), ...(await producedTexts())];
    expect(produced.length).toBeGreaterThan(300);
  }, 120_000);

  it('find the articles they cite, and flag one that is not in the table (the check itself)', () => {
    expect(citedArticles('see art. 99, artikel 12 lid 3 AVG and Article 15(3) GDPR')).toEqual([99, 12, 15]);
    expect(isGdprArticle(99)).toBe(false);
    expect(isGdprArticle(15)).toBe(true);
  });

  it('cite only articles of the checked table', () => {
    const unknown = produced.flatMap(({ where, text }) =>
      citedArticles(text)
        .filter((article) => !isGdprArticle(article))
        .map((article) => `${where}: art. ${article}`),
    );
    expect(unknown).toEqual([]);
    // The letters cite inline, the section through its sources: both must have cited something.
    expect(produced.some(({ text }) => citedArticles(text).includes(15))).toBe(true);
  });

  it('give sources whose articles are in the table', async () => {
    for (const { report } of await allReports()) {
      for (const section of rightsFacts(report).sections) {
        for (const statement of section.statements) {
          for (const source of statement.sources) {
            if (source.kind === 'gdpr') expect(Object.keys(GDPR_ARTICLES)).toContain(String(source.ref.article));
          }
        }
      }
    }
  }, 120_000);

  it('catch a judging phrase (the check itself)', () => {
    expect(judging('This tracking is unlawful.')).toHaveLength(1);
    expect(judging('Dit is in strijd met de wet.')).toHaveLength(1);
    expect(judging('Zie https://www.volkskrant.nl/duo-overtreedt-privacyregels~b4/')).toEqual([]);
  });

  it('never say that the sender broke the law', () => {
    const found = produced.flatMap(({ where, text }) => judging(text).map((pattern) => `${where}: ${pattern}`));
    expect(found).toEqual([]);
  });
});
