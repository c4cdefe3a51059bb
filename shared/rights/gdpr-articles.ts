// The GDPR articles the "Your rights" section and the access request letter may cite, each with its short
// official title. Checked against the Regulation's text: Regulation (EU) 2016/679,
// https://eur-lex.europa.eu/eli/reg/2016/679/oj (titles as in the English version). A text that cites an
// article missing here fails tests/rights/articles.test.ts: add the article only after reading it.

export const GDPR_ARTICLES = {
  4: 'Definitions',
  6: 'Lawfulness of processing',
  7: 'Conditions for consent',
  12: 'Transparent information, communication and modalities for the exercise of the rights of the data subject',
  15: 'Right of access by the data subject',
  21: 'Right to object',
  28: 'Processor',
  44: 'General principle for transfers',
  45: 'Transfers on the basis of an adequacy decision',
  46: 'Transfers subject to appropriate safeguards',
  47: 'Binding corporate rules',
  49: 'Derogations for specific situations',
  77: 'Right to lodge a complaint with a supervisory authority',
} as const satisfies Readonly<Record<number, string>>;

export type GdprArticle = keyof typeof GDPR_ARTICLES;

/** One place in the GDPR: `{ article: 15, paragraph: 1, points: 'a-h' }` is art. 15(1)(a)-(h). */
export interface ArticleRef {
  readonly article: GdprArticle;
  readonly paragraph?: number;
  /** A point (`c`) or a range of points (`a-h`). */
  readonly points?: string;
}

export function isGdprArticle(value: number): value is GdprArticle {
  return Object.prototype.hasOwnProperty.call(GDPR_ARTICLES, value);
}
