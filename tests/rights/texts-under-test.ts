// Every text the rights code can produce on real data: the section (as text) and the letter, in both
// languages, for the vector fixtures, the corpus newsletters and the DUO-like fixture; plus every
// catalogue sentence called directly. The article and wording tests read them all.

import { accessRequestLetter } from '../../shared/rights/access-letter';
import { CATALOGUES } from '../../shared/rights/catalogue';
import type { Lang, Party, IdentifyingUse, StatementKey, StatementParams } from '../../shared/rights/model';
import { renderRightsHtml } from '../../shared/rights/render-rights';
import { rightsFacts } from '../../shared/rights/rights-facts';
import { duoLikeReport, newsletterReports, vectorReports, type NamedReport } from './reports';

export const LANGS: readonly Lang[] = ['en', 'nl'];

export interface ProducedText {
  readonly where: string;
  readonly text: string;
}

/** The text of an HTML fragment: tags dropped, the few entities decoded. */
export function textOfHtml(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

const SAMPLE_PARTIES: readonly Party[] = [
  {
    company: 'Example Inc.',
    services: ['Example'],
    hosts: ['t.example.com'],
    country: 'US',
    eea: false,
    senderDomain: null,
    isSender: false,
    triggers: ['open'],
  },
  {
    company: 'Voorbeeld B.V.',
    services: ['Voorbeeld'],
    hosts: ['t.example.nl'],
    country: 'NL',
    eea: true,
    senderDomain: 'example.nl',
    isSender: true,
    triggers: ['action'],
  },
  {
    company: null,
    services: ['Unconfirmed'],
    hosts: ['u.example.org'],
    country: 'ZZ',
    eea: null,
    senderDomain: null,
    isSender: false,
    triggers: ['open'],
  },
  {
    company: null,
    services: [],
    hosts: ['x.example.net'],
    country: 'ZZ',
    eea: null,
    senderDomain: null,
    isSender: false,
    triggers: ['open'],
  },
];

const SAMPLE_USES: readonly IdentifyingUse[] = [
  {
    host: 't.example.com',
    service: 'Example',
    trigger: 'open',
    how: 'address',
    where: { kind: 'parameter', name: 'e' },
  },
  {
    host: 't.example.com',
    service: 'Example',
    trigger: 'action',
    how: 'recipient-id',
    where: { kind: 'path', segment: 2 },
  },
  { host: 't.example.com', service: null, trigger: 'open', how: 'probable-token', where: { kind: 'fragment' } },
  { host: 't.example.com', service: null, trigger: 'action', how: 'recipient-id', where: { kind: 'host' } },
];

const SAMPLE_PARAMS: { readonly [K in StatementKey]: StatementParams[K] } = {
  controller: { sender: 'Example' },
  processor: {},
  ownController: {},
  noParties: {},
  transferRules: {},
  headquartersOnly: {},
  allInsideEea: {},
  consent: {},
  otherGrounds: {},
  ipRecital: {},
  ipCourt: {},
  onlineIdentifier: {},
  access: {},
  answerTime: {},
  object: {},
  complain: { url: 'https://example.org/' },
};

/** Every catalogue sentence, called with sample parameters. */
export function catalogueTexts(): ProducedText[] {
  const out: ProducedText[] = [];
  for (const lang of LANGS) {
    const texts = CATALOGUES[lang];
    const add = (where: string, text: string) => out.push({ where: `${lang} ${where}`, text });
    for (const key of Object.keys(SAMPLE_PARAMS) as StatementKey[]) {
      const say = texts.statements[key] as (params: unknown) => string;
      add(`statements.${key}`, say(SAMPLE_PARAMS[key]));
      if (key === 'controller') add('statements.controller (no sender)', say({ sender: '' }));
    }
    add('collected.intro', texts.collected.intro);
    add('collected.none', texts.collected.none);
    add('collected.otherRemote', texts.collected.otherRemote(1) + texts.collected.otherRemote(3));
    add('collected.ip', texts.collected.ip('t.example.com'));
    add('collected.clicks', texts.collected.clicks('t.example.com'));
    for (const use of SAMPLE_USES) {
      add('collected.identifying', texts.collected.identifying(use));
      add('collected.probable', texts.collected.probable(use));
      add('letter.identifying', texts.letter.identifying(use));
      add('letter.probable', texts.letter.probable(use));
    }
    for (const party of SAMPLE_PARTIES) {
      add('party.describe', texts.party.describe(party));
      add('party.location', texts.party.location(party));
    }
    const letter = texts.letter;
    for (const [key, value] of Object.entries(letter)) if (typeof value === 'string') add(`letter.${key}`, value);
    add('letter.requests', letter.requests('Example Inc.').join('\n') + letter.requests('').join('\n'));
    add('letter.complaint', letter.complaint('https://example.org/'));
    add('sourceLabel', Object.values(texts.sourceLabel).join('\n'));
    add('headings', Object.values(texts.headings).join('\n') + texts.sectionTitle);
  }
  return out;
}

let reports: Promise<NamedReport[]> | undefined;

export function allReports(): Promise<NamedReport[]> {
  reports ??= (async () => [
    { name: 'duo-like', report: await duoLikeReport() },
    ...(await vectorReports()),
    ...(await newsletterReports()),
  ])();
  return reports;
}

/** The section and the letter for every report, in both languages. */
export async function producedTexts(): Promise<ProducedText[]> {
  const out: ProducedText[] = [];
  for (const { name, report } of await allReports()) {
    const facts = rightsFacts(report);
    for (const lang of LANGS) {
      out.push({ where: `${name} section ${lang}`, text: textOfHtml(renderRightsHtml(facts, lang)) });
      out.push({ where: `${name} letter ${lang}`, text: accessRequestLetter(report, { lang }) });
    }
  }
  return out;
}
