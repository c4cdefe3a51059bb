// The shape of a text catalogue for "Your rights" and the access request letter. texts-en.ts and
// texts-nl.ts each hold one object of this type: every sentence lives there, nowhere else.

import type { ArticleRef } from './gdpr-articles';
import type { IdentifyingUse, Party, RightsSectionId, StatementKey, StatementParams, UrlPlace } from './model';
import type { SourcePage } from './sources';

/** What the letter knows; every field is a placeholder such as `[uw naam]` when the caller did not say. */
export interface LetterFields {
  readonly senderName: string;
  readonly senderAddress: string;
  readonly readerName: string;
  readonly readerAddress: string;
  readonly mailDate: string;
  readonly subject: string;
  /** The address the mail was sent to. */
  readonly sentTo: string;
}

export interface RightsTexts {
  readonly sectionTitle: string;
  readonly headings: Readonly<Record<RightsSectionId, string>>;
  readonly statements: { readonly [K in StatementKey]: (params: StatementParams[K]) => string };
  readonly sourcesLabel: string;
  readonly sourceLabel: Readonly<Record<SourcePage, string>>;
  readonly citeArticle: (ref: ArticleRef) => string;
  /** `a`, `a and b`, `a, b and c`. */
  readonly list: (items: readonly string[]) => string;
  readonly countryName: (code: string) => string;
  readonly place: (place: UrlPlace) => string;
  readonly unnamedTracker: string;

  /** What the trackers would collect, said to the reader (the section) or by the reader (the letter). */
  readonly collected: {
    readonly intro: string;
    readonly none: string;
    readonly otherRemote: (count: number) => string;
    readonly ip: (hosts: string) => string;
    readonly openTimes: string;
    readonly userAgent: string;
    readonly identifying: (use: IdentifyingUse) => string;
    readonly probable: (use: IdentifyingUse) => string;
    readonly clicks: (hosts: string) => string;
  };

  readonly party: {
    readonly intro: string;
    readonly describe: (party: Party) => string;
    readonly location: (party: Party) => string;
  };

  readonly letter: {
    readonly placeholders: Readonly<Record<keyof LetterFields | 'letterDate', string>>;
    readonly header: (fields: LetterFields, letterDate: string) => string;
    readonly subjectLine: string;
    readonly salutation: string;
    readonly mailIntro: (fields: LetterFields) => string;
    readonly trackersIntro: string;
    readonly clean: string;
    readonly ip: (hosts: string) => string;
    readonly openTimes: string;
    readonly userAgent: string;
    readonly identifying: (use: IdentifyingUse) => string;
    readonly probable: (use: IdentifyingUse) => string;
    readonly clicks: (hosts: string) => string;
    readonly companiesIntro: string;
    readonly requestIntro: string;
    readonly requests: (companies: string) => readonly string[];
    readonly copy: string;
    readonly deadline: string;
    readonly object: string;
    readonly complaint: (url: string) => string;
    readonly closing: (fields: LetterFields) => string;
  };
}
