// Small choices about the access-request letter: its default language and the file name suggested when
// it is saved (letters, digits, dashes and dots only, as main's save-text check wants).

import type { Lang } from '../../../shared/rights/model';
import type { MessageReport } from '../../../shared/model/report';

/** Kept simple on purpose: a Dutch (.nl) sender or a subject ending in .nl gets a Dutch letter. */
export function defaultLetterLang(report: MessageReport): Lang {
  const address = report.from[0]?.address ?? '';
  const domain = address.slice(address.lastIndexOf('@') + 1).trim();
  return /\.nl$/i.test(domain) || /\.nl$/i.test(report.subject.trim()) ? 'nl' : 'en';
}

/** `inzageverzoek-studiefinanciering.example.txt`; the domain's other characters become dashes. */
export function letterFileName(base: string, senderDomain: string): string {
  const domain = senderDomain
    .toLowerCase()
    .replace(/[^a-z0-9.-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/\.{2,}/g, '.')
    .replace(/^[.-]+|[.-]+$/g, '')
    .slice(0, 80);
  return domain ? `${base}-${domain}.txt` : `${base}.txt`;
}
