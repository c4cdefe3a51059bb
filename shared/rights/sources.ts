// The public pages the rights texts rely on, each with what it confirms (checked when the texts were
// written; see the report of issue 11 part 3). Labels are in the text catalogues (`sourceLabel`).

export const SOURCE_PAGES = {
  /** AP, "Recht op inzage": the right is in art. 15 AVG; no reason needed; ask by letter or e-mail; answer within a month. */
  'ap-access': 'https://www.autoriteitpersoonsgegevens.nl/zelf-doen/gebruik-uw-privacyrechten/recht-op-inzage',
  /** AP, "Een tip of klacht indienen bij de AP": where a complaint about one's own data is filed. */
  'ap-complaint': 'https://autoriteitpersoonsgegevens.nl/een-tip-of-klacht-indienen-bij-de-ap',
  /** AP, "Klacht melden bij de AP": complaints rest on art. 77 AVG; contact the organisation first. */
  'ap-complaint-info':
    'https://www.autoriteitpersoonsgegevens.nl/nl/zelf-doen/gebruik-uw-privacyrechten/klacht-melden-bij-de-ap',
  /** AP, "Recht van bezwaar": objection for direct marketing and on grounds of one's particular situation. */
  'ap-object': 'https://www.autoriteitpersoonsgegevens.nl/nl/zelf-doen/gebruik-uw-privacyrechten/recht-van-bezwaar',
  /** AP, "Doorgifte binnen en buiten de EU": the EEA is one area; outside it, a transfer needs adequate
   * protection or another provision of chapter V. */
  'ap-transfers':
    'https://autoriteitpersoonsgegevens.nl/nl/onderwerpen/internationaal-gegevensverkeer/doorgifte-binnen-en-buiten-de-eu',
  /** GDPR recital 30: people may be associated with online identifiers such as internet protocol addresses,
   * which, combined with other information, may be used to create profiles and identify them. */
  'gdpr-recital-30': 'https://eur-lex.europa.eu/eli/reg/2016/679/oj',
  /** CJEU, C-582/14 Breyer, judgment of 19 Oct 2016 (operative part). */
  'cjeu-breyer':
    'https://curia.europa.eu/juris/document/document.jsf?text=&docid=186346&pageIndex=0&doclang=EN&mode=req&dir=&occ=first&part=1',
} as const;

export type SourcePage = keyof typeof SOURCE_PAGES;
