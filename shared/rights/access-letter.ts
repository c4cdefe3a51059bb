// A prefilled access request under GDPR art. 15, addressed to the sender, as plain text. It lists exactly
// what this mail's trackers would collect (from the findings), asks for what art. 15(1)-(3) gives, and
// names the answer period (art. 12(3)), the right to object (art. 21) and the AP's complaint page.

import type { MessageReport } from '../model/report';
import { textsFor } from './catalogue';
import type { Lang, TrackerUse } from './model';
import { rightsFacts, type RightsOptions } from './rights-facts';
import { asSentence } from './sentence';
import { SOURCE_PAGES } from './sources';
import type { LetterFields, RightsTexts } from './texts';

export interface LetterOptions extends RightsOptions {
  readonly lang: Lang;
  readonly senderName?: string;
  readonly senderAddress?: string;
  readonly readerName?: string;
  readonly readerAddress?: string;
  /** As it should appear in the letter; by default the mail's Date header, written out. */
  readonly mailDate?: string;
  readonly subject?: string;
}

const LOCALES: Readonly<Record<Lang, string>> = { nl: 'nl-NL', en: 'en-GB' };

function writtenDate(iso: string | null, lang: Lang): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  return new Intl.DateTimeFormat(LOCALES[lang], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

function given(value: string | undefined | null): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

function hostsOf(texts: RightsTexts, uses: readonly TrackerUse[]): string {
  return texts.list([...new Set(uses.map((use) => use.host).filter(Boolean))]);
}

function bullets(items: readonly string[]): string {
  return items.map((item) => `- ${asSentence(item)}`).join('\n');
}

export function accessRequestLetter(report: MessageReport, options: LetterOptions): string {
  const texts = textsFor(options.lang);
  const facts = rightsFacts(report, options);
  const placeholders = texts.letter.placeholders;
  const fields: LetterFields = {
    senderName: given(options.senderName) ?? (given(facts.sender.name) || placeholders.senderName),
    senderAddress: given(options.senderAddress) ?? (given(facts.sender.address) || placeholders.senderAddress),
    readerName: given(options.readerName) ?? placeholders.readerName,
    readerAddress: given(options.readerAddress) ?? placeholders.readerAddress,
    mailDate: given(options.mailDate) ?? writtenDate(report.date, options.lang) ?? placeholders.mailDate,
    subject: given(options.subject) ?? (given(report.subject) || placeholders.subject),
    sentTo: given(report.to[0]?.address) ?? placeholders.sentTo,
  };
  const letter = texts.letter;
  const { collected, parties } = facts;
  const paragraphs: string[] = [
    letter.header(fields, placeholders.letterDate),
    letter.subjectLine,
    letter.salutation,
    letter.mailIntro(fields),
  ];
  if (facts.clean) {
    paragraphs.push(letter.clean);
  } else {
    const data: string[] = [];
    if (collected.openTrackers.length) {
      data.push(letter.ip(hostsOf(texts, collected.openTrackers)), letter.openTimes, letter.userAgent);
    }
    data.push(...collected.identifying.map(letter.identifying));
    data.push(...collected.probable.map(letter.probable));
    if (collected.clickTrackers.length) data.push(letter.clicks(hostsOf(texts, collected.clickTrackers)));
    paragraphs.push(`${letter.trackersIntro}\n${bullets(data)}`);
    if (parties.length) {
      paragraphs.push(`${letter.companiesIntro}\n${bullets(parties.map(texts.party.describe))}`);
    }
  }
  const companies = texts.list(
    [...new Set(parties.flatMap((party) => (party.company ? [party.company] : party.services)))].sort(),
  );
  const requests = letter.requests(companies).map((request, i) => `${i + 1}. ${asSentence(request)}`);
  paragraphs.push(`${letter.requestIntro}\n${requests.join('\n')}`);
  paragraphs.push(letter.copy, letter.deadline, letter.object, letter.complaint(SOURCE_PAGES['ap-complaint']));
  paragraphs.push(letter.closing(fields));
  return `${paragraphs.join('\n\n')}\n`;
}
