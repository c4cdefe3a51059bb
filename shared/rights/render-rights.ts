// The "Your rights" section as an HTML fragment for the evidence report (shared/report/ takes it as one of
// its `extraSections`). Already escaped: every string, the mail's own above all, goes through `escapeHtml`.
// Sources are shown as plain-text URLs (links with rel="noreferrer"); nothing is fetched.

import { escapeHtml } from '../report/html-text';
import { textsFor } from './catalogue';
import type { Lang, RightsFacts, RightsSection, RightsSource, Statement, TrackerUse } from './model';
import { asSentence } from './sentence';
import { SOURCE_PAGES } from './sources';
import type { RightsTexts } from './texts';

export function rightsSectionTitle(lang: Lang): string {
  return textsFor(lang).sectionTitle;
}

function sourceHtml(texts: RightsTexts, source: RightsSource): string {
  if (source.kind === 'gdpr') return escapeHtml(texts.citeArticle(source.ref));
  const url = escapeHtml(SOURCE_PAGES[source.page]);
  return `${escapeHtml(texts.sourceLabel[source.page])}: <a href="${url}" rel="noreferrer">${url}</a>`;
}

function statementText(texts: RightsTexts, statement: Statement): string {
  // The catalogue's functions are typed per key; the union needs one cast to call the right one.
  const say = texts.statements[statement.key] as (params: Statement['params']) => string;
  return say(statement.params);
}

function statementHtml(texts: RightsTexts, statement: Statement): string {
  const sources = statement.sources.length
    ? ` <small class="ml-rights-sources">${escapeHtml(texts.sourcesLabel)}: ${statement.sources
        .map((source) => sourceHtml(texts, source))
        .join('; ')}</small>`
    : '';
  return `<p>${escapeHtml(statementText(texts, statement))}${sources}</p>`;
}

function listHtml(items: readonly string[]): string {
  return items.length ? `<ul>${items.map((item) => `<li>${escapeHtml(asSentence(item))}</li>`).join('')}</ul>` : '';
}

function hosts(texts: RightsTexts, uses: readonly TrackerUse[]): string {
  return texts.list([...new Set(uses.map((use) => use.host).filter(Boolean))]);
}

function collectedHtml(texts: RightsTexts, facts: RightsFacts): string {
  if (facts.clean) {
    const other = facts.collected.otherRemote
      ? `<p>${escapeHtml(texts.collected.otherRemote(facts.collected.otherRemote))}</p>`
      : '';
    return `<p>${escapeHtml(texts.collected.none)}</p>${other}`;
  }
  const { collected } = facts;
  const items: string[] = [];
  if (collected.openTrackers.length) {
    items.push(texts.collected.ip(hosts(texts, collected.openTrackers)), texts.collected.openTimes);
    items.push(texts.collected.userAgent);
  }
  items.push(...collected.identifying.map(texts.collected.identifying));
  items.push(...collected.probable.map(texts.collected.probable));
  if (collected.clickTrackers.length) items.push(texts.collected.clicks(hosts(texts, collected.clickTrackers)));
  return `<p>${escapeHtml(texts.collected.intro)}</p>${listHtml(items)}`;
}

function sectionHtml(texts: RightsTexts, facts: RightsFacts, section: RightsSection): string {
  let body: string;
  if (section.id === 'collected') body = collectedHtml(texts, facts);
  else if (section.id === 'responsible' && facts.parties.length) {
    const [first, ...rest] = section.statements;
    body =
      (first ? statementHtml(texts, first) : '') +
      `<p>${escapeHtml(texts.party.intro)}</p>${listHtml(facts.parties.map(texts.party.describe))}` +
      rest.map((statement) => statementHtml(texts, statement)).join('');
  } else if (section.id === 'transfers') {
    body =
      listHtml(facts.parties.map(texts.party.location)) +
      section.statements.map((s) => statementHtml(texts, s)).join('');
  } else {
    body = section.statements.map((statement) => statementHtml(texts, statement)).join('');
  }
  const id = `ml-rights-${section.id}`;
  return `<h3 id="${id}">${escapeHtml(texts.headings[section.id])}</h3>${body}`;
}

/** The section's HTML: a <section> with one <h3> per part (the report gives the title, `rightsSectionTitle`). */
export function renderRightsHtml(facts: RightsFacts, lang: Lang): string {
  const texts = textsFor(lang);
  const parts = facts.sections.map((section) => sectionHtml(texts, facts, section)).join('\n');
  return `<section class="ml-rights" lang="${lang}">\n${parts}\n</section>`;
}
